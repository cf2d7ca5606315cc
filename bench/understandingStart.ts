import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './report';

export interface UnderstandingStartResult {
  runs: number;
  loadMs: number;
  /** The first English and the first Spanish question: the models are built then, once per process. */
  firstEnglishMs: number;
  firstSpanishMs: number;
  /** A later question, for comparison. */
  warmMs: number;
}

/**
 * Cold-start cost of the understanding layer (src/nlu, src/knowledge): the models are built from
 * content/ when first used, nothing is downloaded. Median of fresh processes (tsx, so module
 * loading includes compiling; the model building is what the two "first" figures show).
 */
export function benchUnderstandingStart(runs: number): UnderstandingStartResult {
  const samples = Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, 'coldstart/understandingProbe.ts')], {
      cwd: join(__dirname, '..'),
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`understanding probe failed: ${child.stderr.slice(-400)}`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Omit<UnderstandingStartResult, 'runs'>;
  });
  const pick = (key: keyof Omit<UnderstandingStartResult, 'runs'>) => median(samples.map((s) => s[key]));
  return { runs, loadMs: pick('loadMs'), firstEnglishMs: pick('firstEnglishMs'), firstSpanishMs: pick('firstSpanishMs'), warmMs: pick('warmMs') };
}
