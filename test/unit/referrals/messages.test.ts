import messages from '../../../content/referral-messages.json';
import { rt } from '../../../src/referrals/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('content/referral-messages.json', () => {
  it('has every message in English and Spanish, with the same placeholders', () => {
    expect(Object.keys(messages.es).sort()).toEqual(Object.keys(messages.en).sort());
    for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[]) {
      expect({ key, vars: placeholders(messages.es[key]) }).toEqual({ key, vars: placeholders(messages.en[key]) });
    }
  });

  it('never tells anyone to send CANCEL, QUIT or STOP to leave (on SMS those unsubscribe)', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const text of Object.values(messages[lang])) expect(text).not.toMatch(/\b(cancel|quit|stop|cancelar|salir del programa)\b/i);
    }
  });

  it('fills placeholders', () => {
    expect(rt('submitted', 'en', { destination: 'Kern County CCS office', code: 'CCS-7K3F9Q' })).toBe(
      'Thank you! Your referral was sent to the Kern County CCS office. Your confirmation code is CCS-7K3F9Q.',
    );
  });
});
