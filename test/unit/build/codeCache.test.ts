import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverlessEsbuildOptions } from '../../../bench/coldStart';
import { serverlessFunctions } from '../../../src/local/serverlessFunctions';
import {
  bundleProbe,
  cacheFileOf,
  CODE_CACHED_FUNCTIONS,
  CONNECTOR_CODE_CACHE_USE as cacheUse,
  CONNECTOR_FILE,
  lambdaV8Flags,
  makeCodeCache,
} from '../../helpers/bundleProbe';

const ROOT = join(__dirname, '../../..');

/** Runs `script` (an ES module) in a fresh node started with `v8Flags`; its one JSON line. */
function run(v8Flags: string[], script: string, cwd: string): unknown {
  const out = execFileSync(process.execPath, [...v8Flags, '--input-type=module', '-e', script], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, STAGE: 'local', NODE_NO_WARNINGS: '1' },
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe("The connector file's V8 code cache (build/codeCache.cjs, build/esbuildPlugins.cjs connector-code-cache)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('over the bundled Bot Framework auth', () => {
    const lambdaFlags = lambdaV8Flags(1024);
    let probe: string;
    /** Loads the probe, authenticates an activity with the connector's code (no app id: anonymous) and says what the cache did. */
    const authenticate = (v8Flags: string[]) =>
      run(
        v8Flags,
        `const m = await import('${probe}');
const { claimsIdentity } = await m.auth.authenticateRequest({ type: 'message', channelId: 'webchat', serviceUrl: 'https://webchat.botframework.com/' }, '');
console.log(JSON.stringify({ cache: ${cacheUse}, authenticated: claimsIdentity.isAuthenticated }));`,
        dir,
      );

    beforeAll(async () => {
      probe = await bundleProbe(
        join(dir, 'probe'),
        // Built at load, as the web chat's adapter is: the load reads the connector's file (which makeCodeCache caches).
        [
          "import { ConfigurationBotFrameworkAuthentication } from 'botbuilder-core';",
          'export const auth = new ConfigurationBotFrameworkAuthentication({});',
        ].join('\n'),
      );
    });

    it('without a cache the file compiles from its source, as before', () => {
      expect(existsSync(cacheFileOf(join(dir, 'probe', CONNECTOR_FILE)))).toBe(false);
      expect(authenticate(lambdaFlags)).toEqual({ cache: 'absent', authenticated: true });
    });

    it('a cache made under the V8 flags the process runs with is accepted, and the connector runs from it', () => {
      expect(makeCodeCache(join(dir, 'probe', 'stdin.mjs'), lambdaFlags)).toEqual([cacheFileOf(join(dir, 'probe', CONNECTOR_FILE))]);
      expect(authenticate(lambdaFlags)).toEqual({ cache: 'accepted', authenticated: true });
    });

    it('under other V8 flags (another memory size, or none) V8 rejects it and the file compiles from its source: nothing breaks', () => {
      expect(authenticate([])).toEqual({ cache: 'rejected', authenticated: true });
      expect(authenticate(lambdaV8Flags(512))).toEqual({ cache: 'rejected', authenticated: true });
    });

    it("another Node version's or architecture's cache is never handed to V8 (which can accept another Node 20 patch's and crash): the file compiles from its source", () => {
      const own = cacheFileOf(join(dir, 'probe', CONNECTOR_FILE));
      const another = own.replace(`.${process.version}-${process.arch}.`, '.v20.0.0-arm64.');
      renameSync(own, another);
      try {
        expect(authenticate(lambdaFlags)).toEqual({ cache: 'absent', authenticated: true });
      } finally {
        renameSync(another, own);
      }
    });
  });

  it('the messages build ships a cache made under the flags Lambda starts its node with (for its memory in serverless.yml), which V8 accepts there; the SMS build, which never reads the connector, ships none', async () => {
    // The flags the cache is made under follow from the function's memory.
    expect(serverlessFunctions().find((f) => f.name === 'messages')?.memorySize).toBe(CODE_CACHED_FUNCTIONS.messages);
    for (const fn of ['messages', 'sms'])
      await build({
        ...serverlessEsbuildOptions(),
        absWorkingDir: ROOT,
        entryPoints: [`functions/${fn}.ts`],
        outdir: join(dir, 'package', 'functions'),
        logLevel: 'error',
        write: true,
      });
    const messages = join(dir, 'package', '__only_messages', 'functions');
    expect(existsSync(cacheFileOf(join(messages, CONNECTOR_FILE)))).toBe(true);
    expect(existsSync(cacheFileOf(join(dir, 'package', '__only_sms', 'functions', CONNECTOR_FILE)))).toBe(false);
    const load = `await import('${pathToFileURL(join(messages, 'messages.mjs')).href}'); console.log(JSON.stringify(${cacheUse}));`;
    expect(run(lambdaV8Flags(CODE_CACHED_FUNCTIONS.messages), load, dir)).toBe('accepted');
    expect(run([], load, dir)).toBe('rejected');
  });
});
