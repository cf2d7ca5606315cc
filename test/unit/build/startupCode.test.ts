import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** Sets `globalThis.connectorEvaluated` when botframework-connector's index is evaluated. */
const markConnector: Plugin = {
  name: 'mark-connector',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /node_modules\/botframework-connector\/lib\/index\.js$/ }, (args) => ({
      contents: `globalThis.connectorEvaluated = true;\n${readFileSync(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

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

  it('the bot functions load the dialogs at start (a first turn needs them) and leave the SSM client for later; SMS leaves the web chat adapter out', async () => {
    const inputs = [...(await startupInputs('functions/sms.ts')).keys()];
    expect(inputs.some((input) => input.startsWith('dialogs/'))).toBe(true);
    expect(inputs.filter((input) => /client-ssm/.test(input))).toEqual([]);
    // botbuilder's own code (CloudAdapter, Teams, skills, the speech middleware's HTML parser; the one zod 3 copy sits in its folder); the bot needs botbuilder-core.
    expect(inputs.filter((input) => /node_modules\/botbuilder\/(?!node_modules\/)/.test(input) || input.startsWith('src/channels/web/'))).toEqual([]);
  });

  it('the SMS function starts without evaluating botframework-connector, which Bot Framework auth still loads when the web adapter reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'startup-connector-'));
    try {
      const run = async (entry: BuildOptions, script: string): Promise<unknown> => {
        const options = serverlessEsbuildOptions();
        await build({
          ...options,
          ...entry,
          plugins: [markConnector, ...(options.plugins ?? [])],
          absWorkingDir: ROOT,
          outdir: dir,
          logLevel: 'error',
          write: true,
        });
        return JSON.parse(
          execFileSync(process.execPath, ['--input-type=module', '-e', script], {
            cwd: dir,
            encoding: 'utf8',
            env: { PATH: process.env.PATH, STAGE: 'local' },
          }),
        );
      };
      const sms = pathToFileURL(join(dir, 'sms.mjs')).href;
      expect(
        await run(
          { entryPoints: [join(ROOT, 'functions/sms.ts')] },
          `await import('${sms}'); console.log(JSON.stringify(globalThis.connectorEvaluated ?? false));`,
        ),
      ).toBe(false);

      const probe = pathToFileURL(join(dir, 'stdin.mjs')).href;
      const contents = [
        "import { ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder-core';",
        "import { DialogSet } from 'botbuilder-dialogs';",
        'export const loadedAtStart = globalThis.connectorEvaluated ?? false;',
        'export const auth = () => new ConfigurationBotFrameworkAuthentication({});',
        'export { DialogSet, TurnContext };',
      ].join('\n');
      const script = `const m = await import('${probe}'); const before = m.loadedAtStart; const auth = m.auth(); console.log(JSON.stringify({ before, after: globalThis.connectorEvaluated, authenticates: typeof auth.authenticateRequest, dialogs: typeof m.DialogSet }));`;
      expect(await run({ stdin: { contents, resolveDir: ROOT, sourcefile: 'probe.ts', loader: 'ts' } }, script)).toEqual({
        before: false,
        after: true,
        authenticates: 'function',
        dialogs: 'function',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
