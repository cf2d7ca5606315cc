import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** One eval case: a conversation whose every turn's reply must match `expect` and not `reject` (JS regexes, case-insensitive). */
const turnSchema = z.object({
  say: z.string(),
  expect: z.array(z.string()).optional(),
  reject: z.array(z.string()).optional(),
  /** The bot must send nothing (e.g. after STOP). */
  silence: z.boolean().optional(),
});
export const evalCaseSchema = z.object({
  id: z.string(),
  channel: z.enum(['sms', 'web']),
  category: z.string().optional(),
  turns: z.array(turnSchema).min(1),
});
export type EvalCase = z.infer<typeof evalCaseSchema> & { category: string; source: string };
export type EvalTurn = z.infer<typeof turnSchema>;

const fileSchema = z.object({ cases: z.array(evalCaseSchema) });

/** Categories for cases that do not name one, from their id. */
export function categoryOf(id: string): string {
  if (/^crisis|false-alarm/.test(id)) return 'crisis';
  if (/-kw$/.test(id)) return 'sms keywords';
  if (/^human/.test(id)) return 'handoff';
  if (/^es-/.test(id)) return 'spanish';
  if (/^off-topic/.test(id)) return 'off-topic';
  if (/phone|fax|county|^hn-/.test(id)) return 'contacts';
  return 'faq';
}

/**
 * The shared dev set (../shared/eval/dev-set.json) plus the project's own cases under test/eval/.
 * `only` (from EVAL_ONLY, comma-separated) keeps the files whose name contains one of its parts,
 * e.g. `EVAL_ONLY=blind-2026-12-01 npm run eval` scores one blind batch on its own.
 */
export function loadEvalCases(root = resolve(__dirname, '..'), only = process.env.EVAL_ONLY): EvalCase[] {
  const all = [
    resolve(root, '../shared/eval/dev-set.json'),
    ...readdirSync(join(root, 'test/eval'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(root, 'test/eval', f)),
  ];
  const parts = (only ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const files = parts.length ? all.filter((file) => parts.some((p) => file.includes(p))) : all;
  if (files.length === 0) throw new Error(`EVAL_ONLY=${only} matches no eval file`);
  return files.flatMap((file) => {
    const { cases } = fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const source = file.includes('shared') ? 'dev-set' : 'project';
    return cases.map((c) => ({ ...c, category: c.category ?? categoryOf(c.id), source }));
  });
}

/** Does this reply satisfy the turn? Returns the reason when not. */
export function judgeTurn(turn: EvalTurn, replies: string[]): string | undefined {
  const text = replies.join('\n');
  if (turn.silence) return replies.length === 0 ? undefined : 'expected silence';
  for (const pattern of turn.expect ?? []) if (!new RegExp(pattern, 'i').test(text)) return `missing /${pattern}/`;
  for (const pattern of turn.reject ?? []) if (new RegExp(pattern, 'i').test(text)) return `has /${pattern}/`;
  return undefined;
}
