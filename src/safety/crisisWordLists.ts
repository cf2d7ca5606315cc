import vocabulary from '../../content/crisis-vocabulary.json';
import { alternation } from './crisisVocabulary';
import type { CrisisConcept } from './schema';

/**
 * The lists of content/crisis-vocabulary.json read at run time (normalizeText, the detector). Data only: the build
 * evaluates this module and ships its values as literals (build/esbuildPlugins.cjs CRISIS_DATA_MODULES).
 */

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
export const NOT_TYPOS: readonly string[] = vocabulary.notTypos;

export const ILLINOIS_PLACES = new RegExp(alternation(vocabulary.illinoisPlaces));
