import { faq, type FaqEntry, type Lang } from '../content';
import { asksOf } from './asks';
import { analyze, isNegated, weighedKeys, type Clauses } from './normalize';

/**
 * A second, independent reading of a message: TF-IDF vectors over its words and their character
 * 4-grams, compared by cosine with every paraphrase of every FAQ entry (nearest neighbour). It is
 * built from content/faq.json when first used (a few milliseconds; `npm run bench` prints it), so
 * nothing is downloaded and a new paraphrase in the content teaches it at once.
 *
 * Why beside the keyword index: character n-grams meet typos and Spanish word endings
 * ("califrnia", "calificar"/"califica") without a dictionary, and a nearest paraphrase is not
 * diluted by chatty framing the way coverage of every word is ("hi sorry to bother, ...").
 */

type Vector = Map<string, number>;

interface Model {
  idf: Map<string, number>;
  /** Every paraphrase (questions and the title) of every entry, as unit vectors. */
  examples: { entry: FaqEntry; vector: Vector }[];
}

export interface SimilarHit {
  entry: FaqEntry;
  /** Cosine of the message and the entry's nearest paraphrase, 0 to 1. */
  similarity: number;
}

/** Character n-grams weigh less than whole words: they say "close to", not "is". */
const GRAM = { n: 4, weight: 0.35 };
/** What the question asks ("who", "have to"): it weighs more than a word, since the topic words of neighbouring entries are often the same. */
const ASKS_WEIGHT = 1.5;
/** A word the model never saw still counts against similarity, but less than a known one (it may be filler). */
const UNSEEN_IDF = 1;

const models = new Map<Lang, Model>();

/** Words and weighted character n-grams of one text. */
function features(text: string, lang: Lang): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, amount: number) => counts.set(key, (counts.get(key) ?? 0) + amount);
  if (isNegated(text)) add('w:not', 1);
  for (const kind of asksOf(text)) add(`a:${kind}`, 1);
  for (const word of analyze(text, lang)) {
    add(`w:${word}`, 1);
    if (word.length < GRAM.n || /[0-9_]/.test(word)) continue;
    const padded = `<${word}>`;
    const grams = padded.length - GRAM.n + 1;
    for (let i = 0; i < grams; i++) add(`g:${padded.slice(i, i + GRAM.n)}`, GRAM.weight / grams);
  }
  return counts;
}

/** Unit TF-IDF vector; a feature also weighs as much as the heaviest clause it comes from (a clause that asks, or context). */
function weigh(keys: Map<string, { count: number; weight: number }>, idf: Map<string, number>): Vector {
  const vector: Vector = new Map();
  let norm = 0;
  for (const [key, { count, weight: clause }] of keys) {
    const weight = clause * (key.startsWith('a:') ? ASKS_WEIGHT : 1) * (1 + Math.log(1 + count)) * (idf.get(key) ?? UNSEEN_IDF);
    vector.set(key, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [key, weight] of vector) vector.set(key, weight / norm);
  return vector;
}

function modelFor(lang: Lang): Model {
  const built = models.get(lang);
  if (built) return built;
  const texts = faq.flatMap((entry) =>
    [...entry.questions[lang], entry.title[lang]].map((text) => ({ entry, keys: weighedKeys(text, (t) => features(t, lang)) })),
  );
  // Document frequency per entry, not per paraphrase: a word every paraphrase of one entry uses is that entry's word.
  const perEntry = new Map<string, Set<string>>();
  for (const { entry, keys } of texts) for (const key of keys.keys()) perEntry.set(key, (perEntry.get(key) ?? new Set()).add(entry.id));
  const idf = new Map<string, number>();
  for (const [key, ids] of perEntry) idf.set(key, Math.log((faq.length + 1) / (ids.size + 0.5)));
  const model = { idf, examples: texts.map(({ entry, keys }) => ({ entry, vector: weigh(keys, idf) })) };
  models.set(lang, model);
  return model;
}

/** FAQ entries by their nearest paraphrase's similarity to the message, best first (one hit per entry). */
export function similarEntries(text: string | Clauses, lang: Lang): SimilarHit[] {
  const model = modelFor(lang);
  const query = weigh(
    weighedKeys(text, (t) => features(t, lang)),
    model.idf,
  );
  if (query.size === 0) return [];
  const best = new Map<string, SimilarHit>();
  for (const { entry, vector } of model.examples) {
    let dot = 0;
    for (const [key, weight] of query) dot += weight * (vector.get(key) ?? 0);
    const seen = best.get(entry.id);
    if (!seen || dot > seen.similarity) best.set(entry.id, { entry, similarity: dot });
  }
  return [...best.values()].sort((a, b) => b.similarity - a.similarity);
}
