import MiniSearch from 'minisearch';
import { faq, type FaqEntry, type Lang } from '../content';
import { analyze, weighedKeys, type Clauses } from './normalize';

interface FaqDoc {
  id: string;
  questions: string;
  keywords: string;
  title: string;
}

export interface FaqHit {
  entry: FaqEntry;
  score: number;
  /** Share of the query's meaningful words that this entry matched (0 to 1). */
  coverage: number;
  /** How many of the query's meaningful words it matched. */
  matched: number;
  /** How many of them say what the question is about: "ccs" alone, in a CCS bot, does not. */
  topical: number;
  /** Whether one of them comes from a clause that asks, not only from the context around it. */
  asked: boolean;
}

/** Words that rank an entry but say nothing about its topic. */
const UNTOPICAL = new Set(['what_is', 'ccs']);

const entries = new Map(faq.map((e) => [e.id, e]));
const indexes = new Map<Lang, { index: MiniSearch<FaqDoc>; vocabulary: Set<string> }>();

/** One index per language over the entries' paraphrases, keywords and titles; built on first use. */
function indexFor(lang: Lang): { index: MiniSearch<FaqDoc>; vocabulary: Set<string> } {
  const built = indexes.get(lang);
  if (built) return built;
  const vocabulary = new Set<string>();
  const index = new MiniSearch<FaqDoc>({
    fields: ['questions', 'keywords', 'title'],
    tokenize: (text) => analyze(text, lang),
    processTerm: (term) => term,
    searchOptions: {
      boost: { questions: 1, keywords: 1.2, title: 1.5 },
      // Typos on longer words only: short words are too close to each other to guess.
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      prefix: (term) => term.length >= 5,
      weights: { fuzzy: 0.4, prefix: 0.6 },
    },
  });
  const docs = faq.map((e) => ({
    id: e.id,
    questions: e.questions[lang].join('\n'),
    keywords: (e.keywords?.[lang] ?? []).join('\n'),
    title: e.title[lang],
  }));
  index.addAll(docs);
  for (const doc of docs) for (const term of analyze(`${doc.questions} ${doc.keywords} ${doc.title}`, lang)) vocabulary.add(term);
  indexes.set(lang, { index, vocabulary });
  return { index, vocabulary };
}

/**
 * FAQ entries ranked for a message, best first. The rank weighs the search score by coverage squared, so
 * an entry that matched every meaningful word beats one that matched a single frequent word. A
 * word the FAQ never uses ("tacos", "weather") counts half against coverage: it may be filler, or
 * a sign that the message is about something else. A word only the message's context clauses use
 * ranks and covers as little as the clause weighs.
 */
export function searchFaq(query: string | Clauses, lang: Lang): FaqHit[] {
  const weights = new Map([...weighedKeys(query, (text) => new Map(analyze(text, lang).map((t) => [t, 1])))].map(([term, { weight }]) => [term, weight]));
  const weightOf = (terms: string[]) => terms.reduce((sum, t) => sum + (weights.get(t) ?? 0), 0);
  const heaviest = Math.max(...weights.values());
  // "what is" helps rank definitions but says nothing about the topic, so it does not count as coverage.
  const topical = [...weights.keys()].filter((t) => t !== 'what_is');
  if (topical.length === 0) return [];
  const { index, vocabulary } = indexFor(lang);
  const unknown = topical.filter((t) => !vocabulary.has(t));
  return index
    .search([...weights.keys()].join(' '), { boostTerm: (term) => weights.get(term) ?? 1 })
    .flatMap((r) => {
      const entry = entries.get(r.id as string);
      if (!entry) return [];
      const unmatchedUnknown = unknown.filter((t) => !r.queryTerms.includes(t));
      const matchedTerms = r.queryTerms.filter((t) => t !== 'what_is');
      const coverage = weightOf(matchedTerms) / (weightOf(topical) - weightOf(unmatchedUnknown) / 2);
      const topicalTerms = r.queryTerms.filter((t) => !UNTOPICAL.has(t));
      const asked = topicalTerms.some((t) => weights.get(t) === heaviest);
      return [{ entry, score: r.score * coverage * coverage, coverage, matched: matchedTerms.length, topical: topicalTerms.length, asked }];
    })
    .sort((a, b) => b.score - a.score);
}

export function faqById(id: string): FaqEntry | undefined {
  return entries.get(id);
}
