import messages from '../../../content/messages.json';
import { LANGS, t, type MessageKey } from '../../../src/i18n';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const keys = Object.keys(messages.en) as MessageKey[];

describe('Function: t (a bot message in the conversation language)', () => {
  it('fills each placeholder, in English and in Spanish', () => {
    expect(t('countyCardTitle', 'en', { county: 'Kern' })).toBe('Kern County CCS office');
    expect(t('countyCardTitle', 'es', { county: 'Kern' })).toBe('Oficina de CCS del condado de Kern');
    expect(t('smsReplyNumber', 'es', { n: 2, title: 'Buscar una oficina' })).toBe('Responda 2 para Buscar una oficina');
  });

  it('fills a placeholder everywhere it occurs', () => {
    const text = t('otherOrganizationCounty', 'en', { organization: 'Valley Clinic', county: 'Tulare' });
    expect(text.match(/Tulare/g)?.length).toBe(messages.en.otherOrganizationCounty.match(/\{county\}/g)?.length);
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('leaves a placeholder nobody filled visible as {name}, so a missing value is caught in review instead of read as blank', () => {
    expect(t('countyCardTitle', 'en')).toBe('{county} County CCS office');
    expect(t('smsReplyNumber', 'en', { n: 1 })).toBe('Reply 1 for {title}');
  });

  it('puts what a person typed into a message as typed: no $-patterns or braces in it are expanded', () => {
    expect(t('countyCardTitle', 'en', { county: "$& $1 $' {county}" })).toBe("$& $1 $' {county} County CCS office");
  });

  it('leaves a message without placeholders as written, whatever values are passed', () => {
    expect(t('menuPrompt', 'en', { county: 'Kern' })).toBe(messages.en.menuPrompt);
  });
});

describe('content/messages.json', () => {
  it('has every message in both languages, with the same placeholders, none empty', () => {
    expect(Object.keys(messages.es).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect({ key, es: placeholders(messages.es[key]) }).toEqual({ key, es: placeholders(messages.en[key]) });
      for (const lang of LANGS) expect({ key, lang, empty: messages[lang][key].trim() === '' }).toEqual({ key, lang, empty: false });
    }
  });

  it('says each message in Spanish in Spanish (no English copy left behind)', () => {
    const untranslated = keys.filter((key) => messages.es[key] === messages.en[key] && /[a-z]{4,}/i.test(messages.en[key].replace(/\{\w+\}/g, '')));
    expect(untranslated).toEqual([]);
  });

  it('never asks anyone to text CANCEL, QUIT or another carrier stop word to go back (on SMS that unsubscribes them)', () => {
    for (const lang of LANGS) {
      for (const key of keys) {
        const text = messages[lang][key];
        const stopWords = text.match(/\b(cancel|quit|unsubscribe|stopall|revoke|optout)\b/gi) ?? [];
        // STOP is named only to say how to opt out.
        const stop = /\bSTOP\b/.test(text) ? /\bSTOP\b[^.]{0,40}(opt out|darse de baja|no recibir)/i.test(text) : true;
        expect({ key, lang, stopWords, stopOnlyToOptOut: stop }).toEqual({ key, lang, stopWords: [], stopOnlyToOptOut: true });
      }
    }
  });
});
