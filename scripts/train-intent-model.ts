import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import audit from '../test/fixtures/knowledge/paraphrase-audit.json';
import seedCoverage from '../test/fixtures/knowledge/seed-coverage.json';
import { judgeTurn, loadEvalCases, type EvalTurn } from '../bench/evalCases';
import { knowledgeReplies } from '../src/bot/knowledgeReplies';
import { faq, type Lang } from '../src/content';
import { t } from '../src/i18n';
import { answer, detectLanguage, type KnowledgeAnswer } from '../src/knowledge';
import { analyze, fold } from '../src/knowledge/normalize';
import { understand } from '../src/nlu/understand';
import { minimize } from './minimize';
import { softmaxObjective } from './softmaxRegression';

/**
 * An experiment for issue 18: a trained reader of which FAQ entry a message asks, measured
 * leave-one-batch-out by bench/intentLobo.ts. It is not wired into the bot: held out, it read
 * about 2 in 3 first turns right where the rules read 9 in 10 or more, and as a reader where the
 * untuned engine was unsure it fixed 3 of 327 turns (README, understanding section).
 * Run: npx tsx scripts/train-intent-model.ts (trains on everything, prints the model's size).
 *
 * Labelled messages: every FAQ paraphrase (content/faq.json, en/es), the paraphrase audit's
 * questions (their entry is known), and the first turn of every knowledge eval case and seed
 * coverage question the current engine passes, labelled with the entry it answers (off-topic
 * ones it passes as not understood are NONE). County, contact and crisis answers are the rules'
 * and get no label. Softmax regression with an L2 penalty (scripts/softmaxRegression.ts, every
 * message weighing the same) fitted by full-batch L-BFGS (scripts/minimize.ts), then weights near 0 are dropped (as a committed model would be).
 */

const ROOT = resolve(__dirname, '..');

/** A trained model: per feature, pairs of class index and weight (weights near 0 are left out). */
export interface IntentModel {
  about: string;
  /** Entry ids, and NONE for a message no entry answers. */
  classes: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

/** The class of messages no FAQ entry answers (off-topic). */
export const NONE = '-';

export interface IntentReading {
  id: string;
  probability: number;
}

/** The features of a message, each once; prefixes keep words, word pairs and letter runs apart. */
export function intentFeatures(text: string, lang: Lang): string[] {
  const words = analyze(text, lang);
  const features = new Set<string>();
  words.forEach((word, i) => {
    features.add(`w:${word}`);
    if (i > 0) features.add(`b:${words[i - 1]} ${word}`);
  });
  const padded = fold(text);
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) features.add(`c:${padded.slice(i, i + n)}`);
  return [...features];
}

/** Class probabilities, best first. Binary features are scaled to unit length, so a long message is not surer for being long. */
export function readIntentWith(model: IntentModel, text: string, lang: Lang): IntentReading[] {
  const features = intentFeatures(text, lang);
  const logits = [...model.bias];
  const scale = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
  for (const feature of features) {
    const pairs = model.weights[feature];
    if (!pairs) continue;
    for (let k = 0; k < pairs.length; k += 2) logits[pairs[k]] += pairs[k + 1] * scale;
  }
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return model.classes.map((id, c) => ({ id, probability: exps[c] / total })).sort((a, b) => b.probability - a.probability);
}

export interface LabelledIntent {
  text: string;
  lang: Lang;
  label: string;
  /** Where the message comes from: 'faq', 'audit', 'seed-coverage' or an eval file's name without .json. */
  origin: string;
}

/** A knowledge eval case's first turn, with the file it comes from. */
export interface KnowledgeTurn {
  id: string;
  origin: string;
  turn: EvalTurn;
  lang: Lang;
}

const KNOWLEDGE_CATEGORIES = new Set(['faq', 'contacts', 'spanish', 'off-topic']);

/** The first turn of every knowledge eval case that the knowledge layer answers (no command, no goal such as the intake), by file. */
export function knowledgeTurns(): KnowledgeTurn[] {
  const files = [...readdirSync(join(ROOT, 'test/eval')).filter((f) => f.endsWith('.json')), 'dev-set.json'];
  return files.flatMap((file) =>
    loadEvalCases(ROOT, file)
      .filter((c) => KNOWLEDGE_CATEGORIES.has(c.category) && c.turns[0].expect?.length)
      .filter((c) => {
        const reading = understand(c.turns[0].say, detectLanguage(c.turns[0].say) ?? 'en');
        return !reading.command && !reading.goal;
      })
      .map((c) => ({ id: c.id, origin: file.replace(/\.json$/, ''), turn: c.turns[0], lang: detectLanguage(c.turns[0].say) ?? 'en' })),
  );
}

/** What a person reads for a knowledge answer, as the main dialog sends it (text, cards' titles and lines, buttons). */
export function readableReply(result: KnowledgeAnswer, lang: Lang): string {
  if (result.kind === 'unknown') return t('notUnderstood', lang);
  if (result.kind === 'countyNeeded') return t('countyPrompt', lang);
  return knowledgeReplies(result, lang)
    .flatMap((a) => [
      a.text ?? '',
      ...(a.attachments ?? []).flatMap((att) => {
        const content = att.content as { title?: string; text?: string; buttons?: { title?: string }[] } | undefined;
        return [content?.title, content?.text, ...(content?.buttons ?? []).map((b) => b.title)];
      }),
      ...(a.suggestedActions?.actions ?? []).map((s) => s.title),
    ])
    .filter(Boolean)
    .join('\n');
}

/** The entry (or NONE) a passing turn was answered with; undefined when it fails or was answered by county, contact or crisis rules. */
export function autoLabel(turn: EvalTurn, lang: Lang): string | undefined {
  const result = answer(turn.say, lang);
  if (judgeTurn(turn, [readableReply(result, lang)])) return undefined;
  if (result.kind === 'faq' && !result.urgent) return result.entry.id;
  return result.kind === 'unknown' ? NONE : undefined;
}

export function labelledMessages(turns = knowledgeTurns()): LabelledIntent[] {
  const paraphrases = faq.flatMap((e) =>
    (['en', 'es'] as Lang[]).flatMap((lang) => e.questions[lang].map((text) => ({ text, lang, label: e.id, origin: 'faq' }))),
  );
  const audited = [audit.entries, audit.heldOut].flatMap((set) =>
    Object.entries(set as Record<string, Record<Lang, string[]>>).flatMap(([label, byLang]) =>
      (['en', 'es'] as Lang[]).flatMap((lang) => (byLang[lang] ?? []).map((text) => ({ text, lang, label, origin: 'audit' }))),
    ),
  );
  const seeds = (seedCoverage.cases as { say: string; lang: Lang; expect?: string[]; reject?: string[] }[]).flatMap((c) => {
    const label = autoLabel(c, c.lang);
    return label ? [{ text: c.say, lang: c.lang, label, origin: 'seed-coverage' }] : [];
  });
  const evals = turns.flatMap((k) => {
    const label = autoLabel(k.turn, k.lang);
    return label ? [{ text: k.turn.say, lang: k.lang, label, origin: k.origin }] : [];
  });
  return [...paraphrases, ...audited, ...seeds, ...evals];
}

/** L2 penalty on the weights of the mean cross-entropy (the bias is not penalized). */
export const L2 = 1e-4;
const TOLERANCE = 1e-6;
const MAX_ITERATIONS = 300;
/** A feature seen in fewer messages than this is noise. */
const MIN_MESSAGES_PER_FEATURE = 2;
/** Weights are stored to 2 decimals; smaller ones are dropped (they move no reading). */
const KEEP_WEIGHT = 0.05;

export function train(messages: readonly LabelledIntent[], l2 = L2): IntentModel & { iterations: number; converged: boolean } {
  const classes = [...new Set(messages.map((m) => m.label))].sort();
  const C = classes.length;
  const docs = messages.map((m) => ({ features: intentFeatures(m.text, m.lang), label: classes.indexOf(m.label) }));
  const seenIn = new Map<string, number>();
  for (const doc of docs) for (const f of doc.features) seenIn.set(f, (seenIn.get(f) ?? 0) + 1);
  const features = [...seenIn].filter(([, n]) => n >= MIN_MESSAGES_PER_FEATURE).map(([f]) => f);
  const index = new Map(features.map((f, i) => [f, i]));
  const rows = docs.map((doc) => ({
    known: Int32Array.from(doc.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))),
    scale: 1 / Math.sqrt(doc.features.length || 1),
    label: doc.label,
    weight: 1,
  }));
  const biasAt = features.length * C;
  const objective = softmaxObjective(rows, features.length, C, l2);
  const minimum = minimize(objective, new Float64Array(biasAt + C), { tolerance: TOLERANCE, maxIterations: MAX_ITERATIONS });
  const theta = minimum.x;
  const round = (x: number) => Math.round(x * 100) / 100;
  const weights: Record<string, number[]> = {};
  features.forEach((f, i) => {
    const pairs = classes.flatMap((_, c) => (Math.abs(theta[i * C + c]) >= KEEP_WEIGHT ? [c, round(theta[i * C + c])] : []));
    if (pairs.length) weights[f] = pairs;
  });
  return {
    about:
      'FAQ intent classifier (softmax regression over index terms, their pairs and character 3-5-grams). Generated by scripts/train-intent-model.ts; do not edit by hand.',
    classes,
    bias: classes.map((_, c) => round(theta[biasAt + c])),
    weights,
    iterations: minimum.iterations,
    converged: minimum.converged,
  };
}

if (require.main === module) {
  const messages = labelledMessages();
  const { iterations, converged, ...model } = train(messages);
  const bytes = Buffer.byteLength(JSON.stringify(model));
  const right = messages.filter((m) => readIntentWith(model, m.text, m.lang)[0].id === m.label).length;
  console.log(
    `${messages.length} messages, ${model.classes.length} classes, ${Object.keys(model.weights).length} features kept (${(bytes / 1024).toFixed(0)} kB as JSON); ${iterations} iterations${converged ? '' : ' (not converged)'}; training messages read right: ${right}/${messages.length}`,
  );
}
