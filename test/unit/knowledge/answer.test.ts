import { answer, detectLanguage, faqById, findCounty, type KnowledgeAnswer } from '../../../src/knowledge';
import { faq, type Lang } from '../../../src/content';
import { devCases, runDevCase } from './evalCases';
import paraphrases from './paraphrases.json';

interface Paraphrase {
  say: string;
  lang: string;
  faq?: string | string[];
  county?: string;
  wants?: string;
  contact?: string;
  countyNeeded?: boolean;
  unknown?: boolean;
  unknownOrClarify?: boolean;
}

function matches(p: Paraphrase, r: KnowledgeAnswer): boolean {
  if (p.faq) return r.kind === 'faq' && ([] as string[]).concat(p.faq).includes(r.entry.id);
  if (p.county) return r.kind === 'county' && r.county.name === p.county && (!p.wants || r.wants === p.wants);
  if (p.contact) return r.kind === 'contact' && r.contact.id === p.contact;
  if (p.countyNeeded) return r.kind === 'countyNeeded';
  if (p.unknownOrClarify) return r.kind === 'unknown' || r.kind === 'clarify';
  return r.kind === 'unknown';
}

const describeResult = (r: KnowledgeAnswer) =>
  r.kind === 'faq' ? `faq ${r.entry.id}` : r.kind === 'county' ? `county ${r.county.name}` : r.kind === 'contact' ? `contact ${r.contact.id}` : r.kind;

describe('Function: answer', () => {
  it('passes at least 95% of the dev set (knowledge cases)', () => {
    // Prepare
    const cases = devCases();
    // Act
    const results = cases.map((c) => runDevCase(c, detectLanguage));
    // Assess
    const passed = results.filter((r) => r.ok).length;
    console.log(`dev set: ${passed}/${cases.length} (${((100 * passed) / cases.length).toFixed(1)}%)\n${results.filter((r) => !r.ok).map((r) => r.detail).join('\n')}`);
    expect(passed / cases.length).toBeGreaterThanOrEqual(0.95);
  });

  it('passes at least 95% of the held-out-style paraphrases', () => {
    // Prepare
    const cases = paraphrases.cases as Paraphrase[];
    // Act
    const failures = cases
      .map((p) => ({ p, r: answer(p.say, p.lang as Lang) }))
      .filter(({ p, r }) => !matches(p, r))
      .map(({ p, r }) => `"${p.say}" -> ${describeResult(r)}`);
    // Assess
    const rate = (cases.length - failures.length) / cases.length;
    console.log(`paraphrases: ${cases.length - failures.length}/${cases.length} (${(100 * rate).toFixed(1)}%)\n${failures.join('\n')}`);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('never answers an off-topic message that names a place with a county number', () => {
    for (const text of ["what's the weather in Fresno", 'best tacos in San Diego', 'va a llover en Fresno mañana', 'traffic on the way to Bakersfield']) {
      expect(answer(text, detectLanguage(text) ?? 'en').kind).toBe('unknown');
    }
  });

  it('answers a bare county, city or ZIP with the county office', () => {
    expect(answer('San Diego', 'en')).toMatchObject({ kind: 'county', wants: 'both' });
    expect(answer('kern ccs', 'en')).toMatchObject({ kind: 'county', county: { name: 'Kern' } });
    expect(answer('93301', 'es')).toMatchObject({ kind: 'county', county: { name: 'Kern' } });
  });

  it('reads which number is wanted', () => {
    expect(answer('Kern County CCS fax number', 'en')).toMatchObject({ kind: 'county', wants: 'fax' });
    expect(answer('LA county ccs phone number', 'en')).toMatchObject({ kind: 'county', wants: 'phone' });
  });

  it('asks for the county when the office is wanted but no county is named', () => {
    expect(answer('i need my county ccs office', 'en').kind).toBe('countyNeeded');
    expect(answer('numero de telefono de ccs', 'es').kind).toBe('countyNeeded');
  });

  it('does not send Illinois questions to a California county', () => {
    expect(answer('who do I call about SASS in Illinois', 'en').kind).not.toBe('countyNeeded');
    expect(answer('Bureau of Behavioral Health phone number', 'en')).toMatchObject({ kind: 'contact', contact: { id: 'il-bbh' } });
  });

  it('offers up to three choices with titles in the asked language when unsure', () => {
    const result = answer('ccs case management', 'es');
    if (result.kind !== 'clarify') return;
    expect(result.options.length).toBeLessThanOrEqual(3);
    for (const option of result.options) expect(option.title).toBe(faqById(option.id)?.title.es);
  });

  it('answers the first question of every entry with that entry (what a "did you mean" choice sends)', () => {
    for (const lang of ['en', 'es'] as const) {
      const wrong = faq.filter((e) => {
        const r = answer(e.questions[lang][0], lang);
        return !(r.kind === 'faq' && r.entry.id === e.id) && !(r.kind === 'contact' || r.kind === 'county');
      });
      expect(wrong.map((e) => `${lang}: ${e.id}`)).toEqual([]);
    }
  });

  it('does not mistake words in FAQ questions for places', () => {
    const false_ = faq.flatMap((e) => [...e.questions.en, ...e.questions.es]).filter((q) => findCounty(q));
    expect(false_).toEqual([]);
  });

  it('returns unknown for empty or symbol-only messages', () => {
    expect(answer('', 'en').kind).toBe('unknown');
    expect(answer('?!', 'en').kind).toBe('unknown');
  });
});
