import { judgeTurn } from './evalCases';
import { printTable, writeResults } from './report';
import { faqById } from '../src/knowledge';
import { analyze } from '../src/knowledge/normalize';
import { answer, type KnowledgeAnswer } from '../src/knowledge/answer';
import {
  autoLabel,
  knowledgeTurns,
  L2,
  labelledMessages,
  NONE,
  readableReply,
  readIntentWith,
  train,
  type IntentModel,
  type KnowledgeTurn,
  type LabelledIntent,
} from '../scripts/train-intent-model';

/**
 * `npx tsx bench/intentLobo.ts [letters] [--l2=penalty]`: the FAQ intent classifier measured leave-one-batch-out.
 * For each blind batch X, a model is trained on every labelled message not derived from X (X's
 * own eval cases, and any paraphrase or fixture question nearly the same words as one of X's
 * messages, since FAQ paraphrases were written from earlier batches' misses) and X's first
 * knowledge turns are scored:
 *   (a) the classifier alone: its top entry's answer (or "not understood" for NONE) judged by the case's patterns;
 *   (a') the same on the turns the engine passes with an FAQ entry or "not understood": top class = that label;
 *   (b) the current engine (optimistic: its rules were tuned on X after X's untuned score);
 *   (c) the engine with the classifier as a reader where the engine is unsure (did-you-mean, not
 *       understood, not in our sources) and the classifier's top entry reaches a threshold.
 * Replies are judged as the knowledge layer renders them (bench/eval.ts runs the whole bot).
 * For an untuned figure, run it in an export of the commit the batch was first scored on
 * (`git archive <commit> | tar -x -C dir`), with the batch file, this file and the training
 * scripts copied in: the README's untuned rows were measured so.
 * "regr." counts turns (b) passes and (c) fails; "numbers" counts failing (c) replies that give a phone or fax number.
 */

const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7];
/** Word sets this similar (Jaccard) are the same question: a paraphrase this close to a held-out message was derived from it. */
const NEAR_DUPLICATE = 0.8;
const UNSURE = new Set<KnowledgeAnswer['kind']>(['clarify', 'unknown', 'noInfo']);
const NUMBER = /\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/;

const wordSet = (m: { text: string; lang: LabelledIntent['lang'] }) => new Set(analyze(m.text, m.lang));
function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The classifier's reading as the knowledge answer it would give. */
function classifierAnswer(model: IntentModel, text: string, lang: LabelledIntent['lang']): { result: KnowledgeAnswer; probability: number } {
  const [top] = readIntentWith(model, text, lang);
  const entry = top.id === NONE ? undefined : faqById(top.id);
  return { result: entry ? { kind: 'faq', entry, score: 0 } : { kind: 'unknown' }, probability: top.probability };
}

interface Scored {
  a: boolean;
  /** The entry (or NONE) the engine passes the turn with, and whether the classifier's top class is it. */
  label?: string;
  labelRead: boolean;
  b: boolean;
  /** `read`: the classifier's entry replaced the engine's answer. */
  c: { pass: boolean; number: boolean; read: boolean }[];
}

function scoreTurn(model: IntentModel, k: KnowledgeTurn): Scored {
  const passes = (result: KnowledgeAnswer) => {
    const reply = readableReply(result, k.lang);
    return { pass: !judgeTurn(k.turn, [reply]), number: NUMBER.test(reply) };
  };
  const engine = answer(k.turn.say, k.lang);
  const classified = classifierAnswer(model, k.turn.say, k.lang);
  const b = passes(engine);
  const label = autoLabel(k.turn, k.lang);
  return {
    a: passes(classified.result).pass,
    label,
    labelRead: label !== undefined && readIntentWith(model, k.turn.say, k.lang)[0].id === label,
    b: b.pass,
    c: THRESHOLDS.map((threshold) => {
      const read = UNSURE.has(engine.kind) && classified.result.kind === 'faq' && classified.probability >= threshold;
      return read ? { ...passes(classified.result), read } : { ...b, read };
    }),
  };
}

function main(args: string[]): void {
  const l2 = Number(args.find((a) => a.startsWith('--l2='))?.slice(5) ?? L2);
  const letters = args.filter((a) => !a.startsWith('--'));
  const turns = knowledgeTurns();
  const messages = labelledMessages(turns);
  const batchOf = (origin: string) => /^blind-2026-12-01(?:-([a-z]))?$/.exec(origin)?.[1] ?? (origin === 'blind-2026-12-01' ? 'a' : undefined);
  const batches = [...new Set(turns.map((k) => k.origin).filter((o) => batchOf(o) !== undefined))]
    .map((origin) => ({ origin, letter: /-([a-z])$/.exec(origin)?.[1] ?? 'a' }))
    .filter((b) => letters.length === 0 || letters.includes(b.letter))
    .sort((x, y) => x.letter.localeCompare(y.letter));
  const words = messages.map(wordSet);
  const rows: Record<string, string | number>[] = [];
  const total = { n: 0, a: 0, b: 0, labelled: 0, labelRead: 0, c: THRESHOLDS.map(() => ({ pass: 0, regressions: 0, numbers: 0 })) };
  for (const { origin, letter } of batches) {
    const held = turns.filter((k) => k.origin === origin);
    const heldWords = held.map((k) => wordSet({ text: k.turn.say, lang: k.lang }));
    const training = messages.filter((m, i) => m.origin !== origin && !heldWords.some((h) => jaccard(h, words[i]) >= NEAR_DUPLICATE));
    const model = train(training, l2);
    const scored = held.map((k) => scoreTurn(model, k));
    const count = (f: (s: Scored) => boolean) => scored.filter(f).length;
    const row: Record<string, string | number> = {
      batch: letter,
      turns: held.length,
      'left out': messages.length - training.length,
      '(a) clf': count((s) => s.a),
      "(a') label": `${count((s) => s.labelRead)}/${count((s) => s.label !== undefined)}`,
      '(b) engine': count((s) => s.b),
    };
    THRESHOLDS.forEach((threshold, i) => {
      const pass = count((s) => s.c[i].pass);
      const regressions = count((s) => s.b && !s.c[i].pass);
      const numbers = count((s) => s.c[i].read && !s.c[i].pass && s.c[i].number);
      row[`(c)@${threshold}`] = `${pass} -${regressions}`;
      total.c[i].pass += pass;
      total.c[i].regressions += regressions;
      total.c[i].numbers += numbers;
    });
    total.n += held.length;
    total.a += count((s) => s.a);
    total.labelled += count((s) => s.label !== undefined);
    total.labelRead += count((s) => s.labelRead);
    total.b += count((s) => s.b);
    rows.push(row);
  }
  const pct = (n: number) => `${n} (${((100 * n) / total.n).toFixed(1)}%)`;
  const all: Record<string, string | number> = {
    batch: 'ALL',
    turns: total.n,
    'left out': '',
    '(a) clf': pct(total.a),
    "(a') label": `${total.labelRead}/${total.labelled} (${((100 * total.labelRead) / total.labelled).toFixed(1)}%)`,
    '(b) engine': pct(total.b),
  };
  THRESHOLDS.forEach((threshold, i) => (all[`(c)@${threshold}`] = `${pct(total.c[i].pass)} -${total.c[i].regressions}`));
  rows.push(all);
  console.log(`L2 ${l2}`);
  printTable(rows);
  console.log(
    `(c)@t: passes, then -regressions (turns the engine passed that the reader made fail). Failing replies the reader gave that show a phone or fax number: ${THRESHOLDS.map((th, i) => `@${th} ${total.c[i].numbers}`).join(', ')}`,
  );
  writeResults('intentLobo', { rows, thresholds: THRESHOLDS, numbers: total.c.map((c) => c.numbers) });
}

main(process.argv.slice(2));
