import { build, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { serverlessEsbuildOptions } from '../../../bench/coldStart';

const ROOT = join(__dirname, '../../..');

/** The source files in what a cold start of `entry` loads (its own file and the chunks it imports statically), with their bytes. */
async function startupInputs(entry: string): Promise<Map<string, number>> {
  const { metafile } = await build({
    ...serverlessEsbuildOptions(),
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outdir: '/startup-code-test',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const outputs = (metafile as Metafile).outputs;
  const loaded = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const next of outputs[path].imports) if (next.kind === 'import-statement' && outputs[next.path]) visit(next.path);
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint === entry)!);
  return new Map([...loaded].flatMap((path) => Object.entries(outputs[path].inputs).map(([input, { bytesInOutput }]) => [input, bytesInOutput] as const)));
}

/** What a staff, stream or schedule function must not load before it needs it. */
const NOT_AT_START = [
  /node_modules\/botbuilder/,
  /node_modules\/botframework-/,
  /node_modules\/zod\/v4\/classic\//,
  /client-ssm/,
  /client-sesv2/,
  /content\/faq\.json/,
  /^dialogs\//,
];

describe('What a cold start loads (serverless.yml custom.esbuild, as npm run bench -- cold measures it)', () => {
  it.each(['functions/staffReferral.ts', 'functions/staffMessages.ts', 'functions/notifyFamily.ts', 'functions/dailySummary.ts', 'functions/health.ts'])(
    '%s starts without botbuilder, classic zod, the SSM or SES client or the FAQ, in under 0.6 MB',
    async (entry) => {
      const inputs = await startupInputs(entry);
      expect([...inputs.keys()].filter((input) => NOT_AT_START.some((pattern) => pattern.test(input)))).toEqual([]);
      expect([...inputs.values()].reduce((sum, bytes) => sum + bytes, 0)).toBeLessThan(600_000);
    },
  );

  it('the bot functions load the dialogs at start (a first turn needs them) and leave the SSM client for later', async () => {
    const inputs = [...(await startupInputs('functions/sms.ts')).keys()];
    expect(inputs.some((input) => input.startsWith('dialogs/'))).toBe(true);
    expect(inputs.filter((input) => /client-ssm/.test(input))).toEqual([]);
  });
});
