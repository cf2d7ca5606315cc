import { serverlessFunctions } from '../../../src/local/serverlessFunctions';

type EsbuildPlugin = { name: string; setup(build: { initialOptions: Record<string, unknown> }): void };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugins = require('../../../build/esbuildPlugins.cjs') as EsbuildPlugin[];
const chunksPerFunction = plugins.find((plugin) => plugin.name === 'chunks-per-function')!;

/** What the plugin makes of serverless-esbuild's options for one function's build. */
function outdirFor(entry: string, options: Record<string, unknown> = { splitting: true }): unknown {
  const initialOptions = { ...options, entryPoints: [entry], outdir: `/svc/.esbuild/.build/${entry.slice(0, entry.lastIndexOf('/'))}` };
  chunksPerFunction.setup({ initialOptions });
  return initialOptions.outdir;
}

describe('Packaging (serverless.yml custom.esbuild, build/esbuildPlugins.cjs)', () => {
  it("writes a function's handler and chunks where serverless-esbuild zips them for that function alone", () => {
    expect(outdirFor('functions/sms.ts')).toBe('/svc/.esbuild/.build/__only_sms/functions');
    // Without splitting there are no chunks, and the handler stays where serverless-esbuild puts it.
    expect(outdirFor('functions/sms.ts', {})).toBe('/svc/.esbuild/.build/functions');
  });

  it('names every function as its handler file, so its zip holds its handler (the folder above is named by the file)', () => {
    const functions = serverlessFunctions();
    expect(functions.length).toBeGreaterThan(10);
    expect(functions.filter((f) => f.module !== `functions/${f.name}`)).toEqual([]);
  });
});
