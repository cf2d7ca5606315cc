import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverlessEsbuildOptions } from '../../bench/coldStart';

const ROOT = join(__dirname, '../..');

/**
 * Bundles `contents` (TypeScript, importing from the repository's root) as serverless.yml's
 * custom.esbuild builds the functions, into `dir` with the files it writes beside a handler;
 * the bundle's file URL, for a fresh node process to import.
 */
export async function bundleProbe(dir: string, contents: string): Promise<string> {
  await build({
    ...serverlessEsbuildOptions(),
    absWorkingDir: ROOT,
    stdin: { contents, resolveDir: ROOT, sourcefile: 'probe.ts', loader: 'ts' },
    outdir: dir,
    logLevel: 'error',
    write: true,
  });
  return pathToFileURL(join(dir, 'stdin.mjs')).href;
}
