import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface QualityResult {
  /** The rows `npm run eval` printed and wrote to bench/results/eval.json: per category, the bot beside the node-nlp baseline. */
  rows: { category: string; cases: number; navigator: string; baseline: string }[];
  failures: { id: string; failure: string }[];
  ranAt?: string;
  error?: string;
}

/** Answer quality: runs `npm run eval` (bench/eval.ts, its own local stack) and reads the figures it wrote. */
export function benchQuality(): QualityResult {
  const file = join(__dirname, 'results/eval.json');
  const before = existsSync(file) ? statSync(file).mtimeMs : 0;
  const child = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, 'eval.ts')], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, LOG_LEVEL: 'ERROR' },
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  if (!existsSync(file) || statSync(file).mtimeMs === before) {
    return {
      rows: [],
      failures: [],
      error: `npm run eval did not write bench/results/eval.json (exit ${child.status}): ${(child.stderr || child.stdout).slice(-800)}`,
    };
  }
  const json = JSON.parse(readFileSync(file, 'utf8'));
  return { rows: json.rows ?? [], failures: json.failures ?? [], ranAt: json.at, ...(child.status ? { error: `eval exited ${child.status}` } : {}) };
}
