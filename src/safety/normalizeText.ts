/**
 * Normalizes a texted message so the crisis lexicon can stay small: people in a hurry type
 * "siezure", "unconcious", "nooo", "cant breath", "kms" or write Spanish without accents.
 */
import { NOT_TYPOS, TYPO_TARGETS } from './crisisWordLists';

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
  kiero: 'quiero',
  kiere: 'quiere',
  kieres: 'quieres',
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
const NOT_TYPO_SET = new Set(NOT_TYPOS);

/**
 * Whether two words are at most one edit apart (optimal string alignment: one letter changed,
 * added, dropped, or two neighbours swapped). Linear, since the bot's own wording is normalized
 * against the whole vocabulary the first time a message is checked against it (botWords.ts).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  if (a.length !== b.length) {
    const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
    return longer.slice(i + 1) === shorter.slice(i);
  }
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function correctTypo(token: string): string {
  if (token.length < 6 || VOCABULARY_SET.has(token) || NOT_TYPO_SET.has(token)) return token;
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
