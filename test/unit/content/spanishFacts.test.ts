import { contacts, counties, faq } from '../../../src/content';
import { fold } from '../../../src/knowledge/normalize';

/**
 * The Spanish is written by hand, so it can drift from its English twin. Whatever the wording, each
 * Spanish answer must carry the same facts: every number (phones, ages, amounts, percentages,
 * years, days), web address, email, program acronym and proper name of its English twin.
 */

/** Names that stay the same in both languages (folded: no accents, lowercase). */
const NAMES = [
  ...counties.map((c) => c.name),
  ...new Set(counties.flatMap((c) => c.wcm?.plans.map((p) => p.name) ?? [])),
  'Partnership HealthPlan',
  'CalOptima',
  'CenCal',
  'Kaiser',
  'Health Net',
  'Molina',
  'Medi-Cal',
  'Medicaid',
  'Pathways to Success',
  'Illinois',
  'California',
  'WebCM',
  'IM+CANS',
];
/** Names the Spanish may translate: the English form, and what the Spanish says instead. */
const TRANSLATED: Record<string, RegExp> = { ZIP: /codigo postal/, FAQ: /preguntas frecuentes/, MTP: /terapia medica/, HSA: /agencia de servicios de salud/ };

const numbers = (text: string) => [...text.matchAll(/\d[\d,.]*\d|\d/g)].map((m) => m[0].replace(/[.,]$/, '')).sort();
const links = (text: string) => (text.match(/https?:\/\/[^\s),]+|[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []).map((l) => l.replace(/[.]$/, '').toLowerCase()).sort();
const acronyms = (text: string) => [...new Set(text.match(/\b[A-Z][A-Za-z0-9+]*[A-Z0-9+]\b/g) ?? [])].sort();
const names = (text: string) => NAMES.filter((n) => fold(text).includes(fold(n)));

/** What the Spanish lacks (or adds) compared with the English. */
function factGaps(en: string, es: string) {
  const esFolded = fold(es);
  const gaps = {
    numbers: { en: numbers(en), es: numbers(es) },
    links: { en: links(en), es: links(es) },
    acronymsMissing: acronyms(en).filter((a) => !new RegExp(`\\b${a.replace(/[+]/g, '\\+')}\\b`).test(es) && !TRANSLATED[a]?.test(esFolded)),
    namesMissing: names(en).filter((n) => !esFolded.includes(fold(n))),
  };
  return gaps;
}

const twins = [
  ...faq.flatMap((e) => [
    { where: `faq ${e.id} answer`, en: e.answer.en, es: e.answer.es },
    { where: `faq ${e.id} title`, en: e.title.en, es: e.title.es },
  ]),
  ...contacts.map((c) => ({ where: `contact ${c.id}`, en: `${c.name.en}. ${c.appliesTo.en}`, es: `${c.name.es}. ${c.appliesTo.es}` })),
  ...counties.flatMap((c) =>
    [c.office, ...(c.otherNumbers ?? [])].flatMap((n) => (n ? [{ where: `county ${c.name} source`, en: n.sourceName.en, es: n.sourceName.es }] : [])),
  ),
];

describe('Content: Spanish says what its English twin says', () => {
  it('checks every FAQ answer and title, contact and county source name', () => {
    expect(twins.length).toBeGreaterThan(faq.length * 2);
  });

  it.each(twins.map((t) => [t.where, t] as const))('%s: same numbers, links, acronyms and names', (_where, { en, es }) => {
    const gaps = factGaps(en, es);
    expect(gaps.numbers.es).toEqual(gaps.numbers.en);
    expect(gaps.links.es).toEqual(gaps.links.en);
    expect(gaps.acronymsMissing).toEqual([]);
    expect(gaps.namesMissing).toEqual([]);
  });

  it('catches a Spanish answer that drops a fact', () => {
    const gaps = factGaps('Under 21, family AGI of $40,000 or less, call 1-800-345-9049 in Kern.', 'Menores de 21 años, ingresos de $40,000 o menos.');
    expect(gaps.numbers.es).not.toEqual(gaps.numbers.en);
    expect(gaps.acronymsMissing).toEqual(['AGI']);
    expect(gaps.namesMissing).toEqual(['Kern']);
  });
});
