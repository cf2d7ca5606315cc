import content from '../../../content/safety.json';
import { safetyMessage, ssnNotice } from '../../../src/safety';
import type { CrisisKind, Lang } from '../../../src/safety';
import { safetyContentSchema } from '../../../src/safety/schema';

const kinds: CrisisKind[] = ['medical', 'poisoning', 'behavioral'];
const langs: Lang[] = ['en', 'es'];
const CARES = '1-800-345-9049';

describe('content/safety.json', () => {
  it('matches the schema (sources, length, no SMS opt-out words)', () => {
    expect(() => safetyContentSchema.parse(content)).not.toThrow();
  });

  it('rejects text that suggests an SMS opt-out word', () => {
    const bad = structuredClone(content);
    bad.crisis.followUp.en = 'Text CANCEL to leave this chat.';
    expect(safetyContentSchema.safeParse(bad).success).toBe(false);
  });
});

describe('safetyMessage', () => {
  it.each([
    ['medical', 'en', ['911']],
    ['medical', 'es', ['911', 'Llame']],
    ['poisoning', 'en', ['911', '1-800-222-1222', 'Poison Control']],
    ['poisoning', 'es', ['911', '1-800-222-1222', 'Envenenamientos']],
    ['behavioral', 'en', ['988', 'Suicide & Crisis Lifeline', '911']],
    ['behavioral', 'es', ['988', 'Línea de Prevención del Suicidio y Crisis', 'AYUDA', '911']],
  ] as const)('%s in %s names the right lines', (kind, lang, expected) => {
    const text = safetyMessage({ kinds: [kind], illinois: false }, lang);
    for (const fragment of expected) expect(text).toContain(fragment);
    expect(text).not.toContain(CARES);
  });

  it.each([
    ['en', ['911', '1-800-222-1222', '988']],
    ['es', ['911', '1-800-222-1222', '988', 'Envenenamientos']],
  ] as const)('gives every line, first, for unclear words that sound urgent (%s)', (lang, expected) => {
    const text = safetyMessage({ kinds: ['unclear'], illinois: false }, lang);
    for (const fragment of expected) expect(text.split('\n')[0]).toContain(fragment);
    expect(text).not.toContain(CARES);
    expect(safetyMessage({ kinds: ['unclear'], illinois: true }, lang)).toContain(CARES);
  });

  it.each(langs)('adds the Illinois CARES line to behavioral or unclear crises only (%s)', (lang) => {
    expect(safetyMessage({ kinds: ['behavioral'], illinois: true }, lang)).toContain(CARES);
    expect(safetyMessage({ kinds: ['medical'], illinois: true }, lang)).not.toContain(CARES);
    expect(safetyMessage({ kinds: ['poisoning'], illinois: true }, lang)).not.toContain(CARES);
  });

  it('ends with the staff follow-up and fits in 320 characters', () => {
    for (const kind of kinds) {
      for (const lang of langs) {
        for (const illinois of [false, true]) {
          const text = safetyMessage({ kinds: [kind], illinois }, lang);
          expect(text.endsWith(content.crisis.followUp[lang])).toBe(true);
          expect(text.length).toBeLessThanOrEqual(320);
        }
      }
    }
  });

  it('has a Spanish text distinct from the English one', () => {
    for (const kind of kinds) {
      expect(safetyMessage({ kinds: [kind], illinois: true }, 'es')).not.toBe(safetyMessage({ kinds: [kind], illinois: true }, 'en'));
    }
    expect(safetyMessage({ kinds: ['behavioral'], illinois: false }, 'es')).toContain('seguimiento');
  });
});

describe('ssnNotice', () => {
  it('says the number was not stored, in both languages', () => {
    expect(ssnNotice('en')).toMatch(/did not store/);
    expect(ssnNotice('es')).toMatch(/No guardamos/);
  });
});

describe('safetyMessage for several kinds', () => {
  it.each(langs)('gives each number once, most urgent first, CARES for a behavioral kind in Illinois, then the follow-up (%s)', (lang) => {
    const text = safetyMessage({ kinds: ['poisoning', 'behavioral'], illinois: true }, lang);
    expect(text.match(/\b911\b|\b988\b|1-800-222-1222|1-800-345-9049/g)).toEqual(['911', '1-800-222-1222', '988', '1-800-345-9049']);
    expect(text.endsWith(content.crisis.followUp[lang])).toBe(true);
  });
});
