import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverlessEsbuildOptions } from '../../../bench/coldStart';

const ROOT = join(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CONNECTOR_FILE, PHONE_NUMBERS_FILE, commonJsWrappersAsFunctions } = require('../../../build/esbuildPlugins.cjs') as {
  CONNECTOR_FILE: string;
  PHONE_NUMBERS_FILE: string;
  commonJsWrappersAsFunctions: (code: string, fileName: string) => { code: string };
};

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

/** Sets `globalThis.connectorEvaluated` when botframework-connector's auth constants (which all its auth reads) are evaluated. */
const markConnector: Plugin = {
  name: 'mark-connector',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /node_modules\/botframework-connector\/lib\/auth\/authenticationConstants\.js$/ }, (args) => ({
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

  it.each(['functions/sms.ts', 'functions/messages.ts'])(
    "%s carries neither libphonenumber-js (its own file, read on the first phone answer or formatting) nor zod's classic API (the intake's checks are zod/mini's)",
    async (entry) => {
      const inputs = [...(await startupInputs(entry)).keys()];
      expect(inputs.filter((input) => /node_modules\/libphonenumber-js\/|node_modules\/zod\/v4\/classic\//.test(input))).toEqual([]);
    },
  );

  it.each(['functions/sms.ts', 'functions/messages.ts'])(
    '%s ships the crisis rules and word lists as literals: neither the vocabulary file nor the terms() that composes it from it (crisisDataAtBuild.test.ts)',
    async (entry) => {
      const inputs = [...(await startupInputs(entry)).keys()];
      expect(inputs).toEqual(expect.arrayContaining(['src/safety/crisisRules.ts', 'src/safety/crisisWordLists.ts']));
      expect(inputs.filter((input) => /src\/safety\/crisisVocabulary\.ts$|content\/crisis-vocabulary\.json$/.test(input))).toEqual([]);
    },
  );

  it('libphonenumber-js is read from beside the handler on first use: the SMS function starts without it, and the bundled phone answers and formatting work through it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'startup-phone-'));
    try {
      const options = serverlessEsbuildOptions();
      const probe = [
        "export { handler } from './functions/sms';",
        "export { check, formatPhone, usPhoneSchema, faxSchema } from './src/referrals/validation';",
      ].join('\n');
      await build({
        ...options,
        stdin: { contents: probe, resolveDir: ROOT, sourcefile: 'probe.ts', loader: 'ts' },
        absWorkingDir: ROOT,
        outdir: dir,
        logLevel: 'error',
        write: true,
      });
      expect(existsSync(join(dir, PHONE_NUMBERS_FILE))).toBe(true);
      const read = `Object.keys((await import('node:module')).createRequire(import.meta.url).cache).some((file) => file.endsWith('/${PHONE_NUMBERS_FILE}'))`;
      const script = [
        `const m = await import('${pathToFileURL(join(dir, 'stdin.mjs')).href}');`,
        `const atStart = ${read};`,
        "const answers = [m.check(m.usPhoneSchema, '(559) 555-0134'), m.check(m.usPhoneSchema, '555-01'), m.check(m.faxSchema, '916.555.0199')];",
        `console.log(JSON.stringify({ atStart, answers, formatted: m.formatPhone('+15595550134'), afterUse: ${read} }));`,
      ].join('\n');
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, STAGE: 'local' },
      });
      expect(JSON.parse(out)).toEqual({
        atStart: false,
        answers: [
          { ok: true, value: '+15595550134' },
          { ok: false, error: { key: 'phoneRetry' } },
          { ok: true, value: '+19165550199' },
        ],
        formatted: '(559) 555-0134',
        afterUse: true,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['functions/sms.ts', 'functions/messages.ts'])(
    "%s carries no Bot Framework connector code (its own file, read on first use), no NumberPrompt number data, no lodash (a Recognizer's), no choice, confirm or date prompt and no TestAdapter, in under 1.8 MB",
    async (entry) => {
      const inputs = await startupInputs(entry);
      // The connector and what only it uses: MSAL, Azure's identity and HTTP stack, axios, node-fetch's URL tables, jsonwebtoken.
      const connectorCode =
        /node_modules\/(botframework-connector|@azure|axios|node-fetch|whatwg-url|tr46|jsonwebtoken|mime-db)\/|botbuilder-stdlib\/lib\/azureCoreHttpCompat/;
      const numberPrompt = /node_modules\/(globalize|cldrjs)\/|botbuilder-dialogs\/vendor\/cldr-data\//;
      // Stand-ins that fail loudly (build/esbuildPlugins.cjs trim-unused-bot-framework-parts): no product code names them (trims.test.ts).
      const unusedParts = /botbuilder-dialogs\/lib\/prompts\/(choice|confirm|datetime)Prompt\.js$|botbuilder-core\/lib\/testAdapter\.js$/;
      expect(
        [...inputs.keys()].filter(
          (input) => connectorCode.test(input) || numberPrompt.test(input) || /node_modules\/lodash\//.test(input) || unusedParts.test(input),
        ),
      ).toEqual([]);
      // 3.25 MB when the connector was in the SMS file (deferred, but compiled at every cold start).
      expect([...inputs.values()].reduce((sum, bytes) => sum + bytes, 0)).toBeLessThan(1_800_000);
    },
  );

  it('a minified CommonJS module wrapper becomes a function expression unless its body reads its own this or arguments (the same module either way)', () => {
    const helper = 'var c=(a,b)=>()=>{try{return b||a((b={exports:{}}).exports,b),b.exports}catch(d){throw b=0,d}};';
    const wrappers = [
      'var x=c((e,t)=>{t.exports=class{v=this;m(){return this}}}),',
      'y=c(e=>{e.v=this}),',
      'z=c((e,t)=>{t.exports=()=>arguments.length}),',
      'w=c((e,t)=>{t.exports=function(){return this}});',
    ].join('');
    expect(commonJsWrappersAsFunctions(helper + wrappers, 'x.mjs').code).toBe(
      `${helper}var x=c(function(e,t){t.exports=class{v=this;m(){return this}}}),y=c(e=>{e.v=this}),z=c((e,t)=>{t.exports=()=>arguments.length}),w=c(function(e,t){t.exports=function(){return this}});`,
    );
  });

  it("the product's JSON is bundled as JSON text for JSON.parse, not as an object literal, with the same values (the crisis model, the FAQ)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'startup-json-'));
    try {
      const probe = ["import model from './src/safety/crisisModel.json';", "import faq from './content/faq.json';", 'export const data = { model, faq };'].join(
        '\n',
      );
      await build({
        ...serverlessEsbuildOptions(),
        stdin: { contents: probe, resolveDir: ROOT, sourcefile: 'probe.ts', loader: 'ts' },
        absWorkingDir: ROOT,
        outdir: dir,
        logLevel: 'error',
        write: true,
      });
      const code = readFileSync(join(dir, 'stdin.mjs'), 'utf8');
      // As an object literal the model's weights are written `weights:{...}`; as JSON text its keys keep their quotes.
      expect(code).not.toMatch(/weights:\{/);
      expect(code.match(/JSON\.parse\(/g)).toHaveLength(2);
      const out = execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `console.log(JSON.stringify((await import('${pathToFileURL(join(dir, 'stdin.mjs')).href}')).data));`],
        {
          encoding: 'utf8',
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      const file = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
      expect(JSON.parse(out)).toEqual({ model: file('src/safety/crisisModel.json'), faq: file('content/faq.json') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("the web function carries neither the SMS channel's TwiML (src/app/smsRuntime.ts) nor CloudAdapter's streaming connections (botframework-streaming, ws, the legacy adapter) nor, in the connector's file, managed identity, skill calls, the Teams API, proxy agents or a second zod 3 and botframework-schema", async () => {
    const inputs = [...(await startupInputs('functions/messages.ts')).keys()];
    const notForTheWeb =
      /node_modules\/(botframework-streaming|ws|xmlbuilder)\/|node_modules\/twilio\/lib\/twiml\/|botbuilder\/lib\/(botFrameworkAdapter|streaming\/)|src\/channels\/sms\/smsService/;
    expect(inputs.filter((input) => notForTheWeb.test(input))).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'startup-web-'));
    try {
      await build({
        ...serverlessEsbuildOptions(),
        absWorkingDir: ROOT,
        entryPoints: [join(ROOT, 'functions/messages.ts')],
        outdir: dir,
        logLevel: 'error',
        write: true,
      });
      const connectorFile = readFileSync(join(dir, CONNECTOR_FILE), 'utf8');
      // Each is a stand-in that fails loudly (build/failingModule.cjs); the real parts were ~0.6 MB of the file's 1.33 MB.
      for (const part of [
        '@azure/identity (managed-identity sign-in)',
        'axios (calling a skill)',
        './teams (the Teams API)',
        'https-proxy-agent (sending through an HTTPS proxy)',
        'http-proxy-agent (sending through an HTTP proxy)',
        'https-proxy-agent (key discovery through a proxy)',
      ])
        expect(connectorFile).toContain(`${part} was trimmed from this bundle`);
      // zod 3 and botframework-schema are the bundle's, passed in when the bundle reads the file (~90 kB that were a second copy).
      expect(connectorFile).toContain("was loaded without the bundle's zod");
      expect(connectorFile).not.toMatch(/ZodIssueCode|MessageReactionTypes/);
      expect(connectorFile.length).toBeLessThan(700_000);
      // Its CommonJS modules are function expressions, which V8 pre-parses (an arrow's body it parsed whole at every start).
      expect(connectorFile).toMatch(/=[\w$]+\(function\([\w$]*,[\w$]*\)\{/);
      expect(commonJsWrappersAsFunctions(connectorFile, CONNECTOR_FILE).code).toBe(connectorFile);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the SMS function starts without reading the connector file or loading Node's web streams (middy's streamed responses'); Bot Framework auth loads the connector from beside the handler when the web adapter reads it", async () => {
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
      /** Whether this process has required the connector's file (it is CommonJS, so Node's require cache holds it once read). */
      const connectorFileRead = `Object.keys((await import('node:module')).createRequire(import.meta.url).cache).some((file) => file.endsWith('/${CONNECTOR_FILE}'))`;
      const sms = pathToFileURL(join(dir, 'sms.mjs')).href;
      expect(
        await run(
          { entryPoints: [join(ROOT, 'functions/sms.ts')] },
          `await import('${sms}'); console.log(JSON.stringify({ evaluated: globalThis.connectorEvaluated ?? false, read: ${connectorFileRead}, webStreams: process.moduleLoadList.includes('NativeModule stream/web') }));`,
        ),
      ).toEqual({ evaluated: false, read: false, webStreams: false });
      expect(existsSync(join(dir, CONNECTOR_FILE))).toBe(true);

      const probe = pathToFileURL(join(dir, 'stdin.mjs')).href;
      const contents = [
        "import { ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder-core';",
        "import { DialogSet } from 'botbuilder-dialogs';",
        'export const loadedAtStart = globalThis.connectorEvaluated ?? false;',
        'export const auth = () => new ConfigurationBotFrameworkAuthentication({});',
        'export { DialogSet, TurnContext };',
      ].join('\n');
      const script = `const m = await import('${probe}'); const before = m.loadedAtStart; const auth = m.auth(); const anonymous = await auth.authenticateRequest({ type: 'message', channelId: 'webchat', serviceUrl: 'https://webchat.botframework.com/' }, ''); console.log(JSON.stringify({ before, after: globalThis.connectorEvaluated, read: ${connectorFileRead}, authenticated: anonymous.claimsIdentity.isAuthenticated, dialogs: typeof m.DialogSet }));`;
      expect(await run({ stdin: { contents, resolveDir: ROOT, sourcefile: 'probe.ts', loader: 'ts' } }, script)).toEqual({
        before: false,
        after: true,
        read: true,
        // No app id (local, the Emulator): the connector's auth accepts the request as an anonymous identity.
        authenticated: true,
        dialogs: 'function',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
