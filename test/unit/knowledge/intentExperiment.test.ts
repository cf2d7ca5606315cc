import { faq } from '../../../src/content';
import { autoLabel, NONE, readIntentWith, train, type LabelledIntent } from '../../../scripts/train-intent-model';

/** The intent classifier experiment (scripts/train-intent-model.ts, bench/intentLobo.ts): what its labels and readings are. */
describe('intent classifier experiment', () => {
  const entry = (id: string) => faq.find((e) => e.id === id)!;
  const paraphrases = (id: string): LabelledIntent[] =>
    (['en', 'es'] as const).flatMap((lang) => entry(id).questions[lang].map((text) => ({ text, lang, label: id, origin: 'faq' })));

  it('reads a misspelled question it was never trained on as the entry whose paraphrases it resembles', () => {
    const model = train([...paraphrases('ccs-what'), ...paraphrases('ccs-age-limit')]);
    expect(readIntentWith(model, 'wat is califrnia childrens servises', 'en')[0].id).toBe('ccs-what');
    expect(readIntentWith(model, 'hasta que edad lo cubre ccs a mi hijo', 'es')[0].id).toBe('ccs-age-limit');
  });

  it('labels a turn with the entry the engine passes it with, none when the engine fails it, and NONE for an off-topic turn it passes as not understood', () => {
    expect(autoLabel({ say: 'what is ccs?', expect: ['\\bstate\\b'] }, 'en')).toBe('ccs-what');
    expect(autoLabel({ say: 'what is ccs?', expect: ['a pattern no answer has: zqxj'] }, 'en')).toBeUndefined();
    expect(autoLabel({ say: 'whats the weather like tomorrow', expect: ['understand|sure'] }, 'en')).toBe(NONE);
  });
});
