/**
 * Normalizes a texted message so the crisis lexicon can stay small: people in a hurry type
 * "siezure", "unconcious", "nooo", "cant breath", "kms" or write Spanish without accents.
 */
import { NOT_TYPOS, TYPO_TARGETS } from './crisisVocabulary';

// Texting shorthand, rewritten to the words the lexicon is written in.
const SHORTHAND: Record<string, string> = {
  r: 'are',
  u: 'you',
  ur: 'your',
  rn: 'right now',
  wanna: 'want to',
  gonna: 'going to',
  tryna: 'trying to',
  ima: 'im going to',
  imma: 'im going to',
  kms: 'kill myself',
  pls: 'please',
  plz: 'please',
  cannot: 'cant',
  od: 'overdosed',
  oded: 'overdosed',
  q: 'que',
  xq: 'porque',
  stoy: 'estoy',
  sta: 'esta',
  porfavor: 'por favor',
};

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '@': 'a', $: 's' };

/**
 * Words whose typos matter for detection: these, and the names of products, medicines and
 * conditions in content/crisis-vocabulary.json. Only words of 6+ letters, and none with a common
 * one-letter neighbour ("choking"/"cooking", "bleeding"/"breeding"), so a typo fix cannot turn an
 * ordinary word into an alarm word; the vocabulary's notTypos lists such neighbours.
 */
const FUZZY_VOCABULARY = [
  ...new Set([
    'breathing',
    'breathe',
    'seizure',
    'seizures',
    'seizing',
    'unconscious',
    'unresponsive',
    'overdose',
    'overdosed',
    'suicide',
    'suicidal',
    'poisoned',
    'swallowed',
    'antifreeze',
    'myself',
    'himself',
    'herself',
    'yourself',
    'themselves',
    'respirar',
    'respira',
    'respirando',
    'convulsion',
    'convulsiones',
    'convulsionando',
    'inconsciente',
    'sobredosis',
    'envenenado',
    'envenenada',
    'desmayado',
    'desmayada',
    'suicidio',
    'suicidar',
    'suicidarse',
    'suicidarme',
    'pastillas',
    'limpiador',
    ...TYPO_TARGETS,
  ]),
];
const VOCABULARY_SET = new Set(FUZZY_VOCABULARY);

/** Optimal-string-alignment distance, stopping early once it exceeds 1 (all we need). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      row.push(d);
    }
    if (Math.min(...row) > 1) return false;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] <= 1;
}

function correctTypo(token: string): string {
  if (token.length < 6 || VOCABULARY_SET.has(token) || NOT_TYPOS.has(token)) return token;
  return FUZZY_VOCABULARY.find((word) => withinOneEdit(token, word)) ?? token;
}

/**
 * Lowercase, accents stripped (ñ becomes n), apostrophes dropped ("can't" -> "cant"), leetspeak undone,
 * letters repeated 3+ times collapsed ("nooo" -> "no"), punctuation turned into spaces,
 * shorthand expanded and typos of alarm words corrected.
 */
export function normalizeText(text: string): string {
  const cleaned = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    // "od'd" and "he'll" must be expanded before apostrophes go, or they would read as "odd", "hell".
    .replace(/\bod'd\b/g, ' overdosed ')
    .replace(/'ll\b/g, ' will')
    .replace(/'/g, '')
    // Filter-dodging spellings: "s*icide", "su1c1de", "k1ll".
    .replace(/(?<=[a-z])\*+(?=[a-z])/g, '')
    .replace(/\b(?=(?:[0-9@$]*[a-z]){3})[a-z]*[013@$][a-z0-9@$]*/g, (word) => word.replace(/[013@$]/g, (c) => LEET[c]))
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return cleaned
    .split(' ')
    .map((token) => SHORTHAND[token] ?? correctTypo(token))
    .join(' ');
}
