import vocabulary from '../../../content/crisis-vocabulary.json';
import faq from '../../../content/faq.json';
import messages from '../../../content/messages.json';
import { crisisVocabularySchema } from '../../../src/safety/schema';
import { normalizeText } from '../../../src/safety/normalizeText';

/** content/crisis-vocabulary.json is reviewed data: checked here so a bad edit fails the build, not a family. */
describe('content/crisis-vocabulary.json', () => {
  it('matches the schema (every concept in both languages)', () => {
    expect(() => crisisVocabularySchema.parse(vocabulary)).not.toThrow();
  });

  it('rejects a term with accents or capitals, which normalized text never contains', () => {
    const bad = structuredClone(vocabulary);
    bad.concepts.householdProduct.es.push('Lejía');
    expect(crisisVocabularySchema.safeParse(bad).success).toBe(false);
  });

  it('writes every term as normalizeText leaves it, so each one can match', () => {
    const terms = Object.values(vocabulary.concepts).flatMap((concept) => [...concept.en, ...concept.es]);
    const unmatched = terms.filter((term) => normalizeText(term.replace(/\*/g, '')) !== term.replace(/\*/g, ''));
    expect(unmatched).toEqual([]);
  });

  it('never "corrects" a correctly spelled word of the content into another word', () => {
    const words = new Set(
      JSON.stringify([faq, messages])
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/'/g, '')
        .split(/[^a-z]+/)
        .filter((word) => word.length >= 6),
    );
    const rewritten = [...words].filter((word) => normalizeText(word) !== word).map((word) => `${word} -> ${normalizeText(word)}`);
    expect(rewritten).toEqual([]);
  });

  it('corrects one-letter typos of product names', () => {
    expect(normalizeText('bleech')).toBe('bleach');
    expect(normalizeText('detergant')).toBe('detergent');
    expect(normalizeText('antifreze')).toBe('antifreeze');
  });
});
