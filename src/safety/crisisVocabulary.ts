import vocabulary from '../../content/crisis-vocabulary.json';
import type { CrisisConcept } from './schema';

/**
 * The reviewed word lists of content/crisis-vocabulary.json as regex sources the crisis rules
 * compose. English and Spanish are matched together, because families mix them ("se comio un tide pod"). Read at build
 * time only: the modules composed from it are evaluated by the build (build/esbuildPlugins.cjs CRISIS_DATA_MODULES).
 */

const escapeTerm = (term: string) => term.replace(/\*/g, '\\w*');

/** Longest first, so "laundry pod" is tried before "pod". */
export const alternation = (terms: readonly string[]) =>
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
