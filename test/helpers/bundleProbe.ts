import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverlessEsbuildOptions } from '../../bench/coldStart';

const ROOT = join(__dirname, '../..');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugins = require('../../build/esbuildPlugins.cjs') as {
  CONNECTOR_FILE: string;
  CODE_CACHED_FUNCTIONS: Record<string, number>;
  lambdaV8Flags: (memoryMb: number) => string[];
  makeCodeCache: (entry: string, v8Flags: string[]) => string[];
};
/** The connector's code cache as the build makes it (build/esbuildPlugins.cjs connector-code-cache). */
export const { CONNECTOR_FILE, CODE_CACHED_FUNCTIONS, lambdaV8Flags, makeCodeCache } = plugins;
/** A file's code cache beside it, for this Node version and architecture (build/codeCache.cjs). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { cacheFileOf } = require('../../build/codeCache.cjs') as { cacheFileOf: (file: string) => string };

/** In a probe's script: what became of the connector file's code cache in its process ('accepted', 'rejected', 'absent'; build/codeCache.cjs). */
export const CONNECTOR_CODE_CACHE_USE = `Object.values((await import('node:module')).default._cache).find((m) => m.filename.endsWith('/${CONNECTOR_FILE}'))?.v8CodeCache`;

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
