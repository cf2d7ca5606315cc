import vocabulary from '../../content/crisis-vocabulary.json';
import type { CrisisConcept } from './schema';

/**
 * The reviewed word lists of content/crisis-vocabulary.json as regex sources the crisis rules
 * compose. English and Spanish are matched together, because families mix them ("se comio un tide pod").
 */

const escapeTerm = (term: string) => term.replace(/\*/g, '\\w*');

/** Longest first, so "laundry pod" is tried before "pod". */
const alternation = (terms: readonly string[]) =>
  `\\b(?:${[...new Set(terms)]
    .sort((a, b) => b.length - a.length)
    .map(escapeTerm)
    .join('|')})\\b`;

/** `\b(?:term|term|...)\b` for one or more concepts, both languages. */
export function terms(...concepts: CrisisConcept[]): string {
  return alternation(concepts.flatMap((name) => [...vocabulary.concepts[name].en, ...vocabulary.concepts[name].es]));
}

/** `\b(?:...)\b` for one language of one concept (English possessives and Spanish relatives sit differently). */
export function termsIn(concept: CrisisConcept, lang: 'en' | 'es'): string {
  return alternation(vocabulary.concepts[concept][lang]);
}

/**
 * Concepts of names (products, medicines, conditions), whose typos are worth correcting. Verbs and
 * everyday words ("locked", "scared", "burning") sit one letter from too many ordinary words.
 */
const NAMED_THINGS: readonly CrisisConcept[] = [
  'householdProduct',
  'plant',
  'alcohol',
  'drug',
  'swallowedObject',
  'medicine',
  'rescueMedicine',
  'seizure',
  'fever',
  'bleeding',
];

/** Single words of 6+ letters naming things: their one-letter typos are corrected (normalizeText). */
export const TYPO_TARGETS: readonly string[] = [
  ...new Set(NAMED_THINGS.flatMap((name) => [...vocabulary.concepts[name].en, ...vocabulary.concepts[name].es]).filter((term) => /^[a-z]{6,}$/.test(term))),
];

/** Real words one letter away from a vocabulary word ("batter", "breach"): never "corrected". */
export const NOT_TYPOS: ReadonlySet<string> = new Set(vocabulary.notTypos);

export const ILLINOIS_PLACES = new RegExp(alternation(vocabulary.illinoisPlaces));
