import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { apiGatewayEvent, messagesEvent, signedSmsEvent, smsForm, webActivity } from './lib/lambda';
import { median } from './report';
import { serverlessFunctions } from '../src/local/serverlessFunctions';

const ROOT = join(__dirname, '..');

/**
 * Cold start of what `serverless package` builds: the bench runs it (offline, stage ci), unzips
 * each function's artifact, and times loading it (`require`) in fresh `node` processes, then
 * answering its first event against DynamoDB Local. Beside it, the floor: a bare handler that only
 * imports the DynamoDB client (bench/coldstart/floorHandler.ts), bundled with the same esbuild
 * options. Goals: the bot functions (sms, messages) within 3× the floor, every other one 1.5×.
 */

export interface ColdStartOptions {
  runs: number;
  dynamoEndpoint: string;
  tableName: string;
}

export interface BundleResult {
  fn: string;
  variant: 'packaged' | 'floor';
  bytes: number;
  loadMedianMs: number;
  firstResponseMedianMs?: number;
  /** Load time over the floor's. */
  loadRatio: number;
  /** The most `loadRatio` may be. */
  goalRatio?: number;
  runs: number;
  failures: number;
  firstError?: string;
}

export interface ColdStartResult {
  bundles: BundleResult[];
  /** Largest packages in the packaged sms bundle, for deciding what to trim next. */
  biggestPackages: { pkg: string; kB: number }[];
  esbuild: Record<string, unknown>;
}

/** The functions that run the bot (botbuilder and the dialogs); the rest must stay close to the floor. */
export const BOT_FUNCTIONS: ReadonlySet<string> = new Set(['sms', 'messages']);

export function goalRatio(fn: string): number {
  return BOT_FUNCTIONS.has(fn) ? 3 : 1.5;
}

/** Function name → handler source file, from serverless.yml. */
export function handlerFiles(): Record<string, string> {
  return Object.fromEntries(serverlessFunctions().map((f) => [f.name, `${f.module}.ts`]));
}

/** serverless.yml's custom.esbuild options (minify, sourcemap, target, platform, alias, plugins), for the floor and the size report. */
function serverlessEsbuildOptions(): BuildOptions {
  const yml = readFileSync(join(ROOT, 'serverless.yml'), 'utf8');
  const section = /\n {2}esbuild:\n((?: {4}.*\n|\s*#.*\n)+)/.exec(yml)?.[1] ?? '';
  const value = (key: string) => new RegExp(`^ {4}${key}:\\s*(\\S+)`, 'm').exec(section)?.[1];
  const alias = Object.fromEntries([...section.matchAll(/^ {6}'([^']+)':\s*(\S+)/gm)].map((m) => [m[1], join(ROOT, m[2])]));
  const pluginsFile = value('plugins');
  return {
    bundle: true,
    minify: value('minify') !== 'false',
    sourcemap: value('sourcemap') === 'true',
    target: value('target') ?? 'node20',
    platform: 'node',
    alias,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    plugins: pluginsFile ? (require(join(ROOT, pluginsFile)) as Plugin[]) : [],
  };
}

/** `serverless package` into `dir` (offline), then each function's bundle unzipped: function name → its .js file. */
function packageFunctions(dir: string): Record<string, string> {
  const out = join(dir, 'package');
  const sls = spawnSync(join(ROOT, 'node_modules/.bin/serverless'), ['package', '--stage', 'ci', '--package', out], {
    cwd: ROOT,
    env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (sls.status !== 0) throw new Error(`serverless package failed: ${sls.stdout.slice(-800)}${sls.stderr.slice(-800)}`);
  const files: Record<string, string> = {};
  for (const [fn, entry] of Object.entries(handlerFiles())) {
    const into = join(dir, 'unzipped', fn);
    mkdirSync(into, { recursive: true });
    const unzip = spawnSync('unzip', ['-q', '-o', join(out, `${fn}.zip`), '-d', into], { encoding: 'utf8' });
    if (unzip.status !== 0) throw new Error(`unzip ${fn}.zip failed (is unzip installed?): ${unzip.stderr}`);
    files[fn] = join(into, entry.replace(/\.ts$/, '.js'));
  }
  return files;
}

async function bundle(entry: string, outfile: string, options: BuildOptions): Promise<{ bytes: number; metafile: Metafile }> {
  const result = await build({ ...options, entryPoints: [join(ROOT, entry)], outfile, metafile: true, logLevel: 'error', write: true });
  return { bytes: statSync(outfile).size, metafile: result.metafile! };
}

function packageSizes(metafile: Metafile): { pkg: string; kB: number }[] {
  const out = Object.values(metafile.outputs)[0];
  const sizes: Record<string, number> = {};
  for (const [path, info] of Object.entries(out.inputs)) {
    const pkg =
      /^(?:.*\/)?(node_modules\/.*)$/
        .exec(path)?.[1]
        ?.replace(/^((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+).*$/, '$1')
        .replace(/\/$/, '') ?? 'project code';
    sizes[pkg] = (sizes[pkg] ?? 0) + info.bytesInOutput;
  }
  return Object.entries(sizes)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([pkg, bytes]) => ({ pkg: pkg.replace(/node_modules\//g, '').replace(/\/$/, ''), kB: Math.round(bytes / 1000) }));
}

/** The first event for a function, and what its answer must contain to count as a real turn. */
function firstEvent(fn: string): { event: unknown; expect?: RegExp } | undefined {
  switch (fn) {
    case 'sms':
      return { event: signedSmsEvent(smsForm(`+1558${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`, 'hi')), expect: /How can I help/ };
    case 'messages':
      return { event: messagesEvent(webActivity(randomUUID(), 'What is CCS?')), expect: /California Children/ };
    case 'health':
      return { event: apiGatewayEvent({ method: 'GET', path: '/health' }, 'GET /health'), expect: /"ok"/ };
    case 'floor':
      return { event: {} };
    default:
      return undefined;
  }
}

interface Target {
  fn: string;
  variant: BundleResult['variant'];
  file: string;
  bytes: number;
  load: number[];
  first: number[];
  failures: number;
  firstError?: string;
}

export async function benchColdStart(options: ColdStartOptions): Promise<ColdStartResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ccs-coldstart-'));
  try {
    const esbuildOptions = serverlessEsbuildOptions();
    const floorFile = join(dir, 'floor.js');
    await bundle('bench/coldstart/floorHandler.ts', floorFile, esbuildOptions);
    const targets: Target[] = [{ fn: 'floor', variant: 'floor', file: floorFile, bytes: statSync(floorFile).size, load: [], first: [], failures: 0 }];
    for (const [fn, file] of Object.entries(packageFunctions(dir)))
      targets.push({ fn, variant: 'packaged', file, bytes: statSync(file).size, load: [], first: [], failures: 0 });
    const smsMetafile = (await bundle(handlerFiles().sms, join(dir, 'sms-metafile.js'), esbuildOptions)).metafile;

    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      STAGE: 'local',
      TABLE_NAME: options.tableName,
      DYNAMODB_ENDPOINT: options.dynamoEndpoint,
      TWILIO_FROM_NUMBER: '+15555550100',
      LOG_LEVEL: 'ERROR',
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
      NODE_NO_WARNINGS: '1',
    };
    // Round-robin so every bundle sees the same machine load over the run.
    for (let run = 0; run < options.runs; run++) {
      for (const target of targets) {
        const first = firstEvent(target.fn);
        const eventFile = join(dir, `event-${target.fn}.json`);
        writeFileSync(eventFile, JSON.stringify(first?.event ?? {}));
        const child = spawnSync(process.execPath, [join(__dirname, 'coldstart/runner.cjs'), target.file, eventFile], {
          env,
          encoding: 'utf8',
          timeout: 60_000,
        });
        const line = child.stdout.trim().split('\n').pop() ?? '';
        let parsed: { loadMs?: number; firstInvokeMs?: number; totalMs?: number; statusCode?: number; body?: string; error?: string } = {};
        try {
          parsed = JSON.parse(line);
        } catch {
          parsed = { error: `no result (exit ${child.status}): ${child.stderr.slice(0, 500)}` };
        }
        if (parsed.loadMs !== undefined) target.load.push(parsed.loadMs);
        const ok = first && !parsed.error && parsed.statusCode === 200 && (!first.expect || first.expect.test(parsed.body ?? ''));
        if (first && ok && parsed.totalMs !== undefined) target.first.push(parsed.totalMs);
        if (first && !ok) {
          target.failures++;
          target.firstError ??= parsed.error ?? `status ${parsed.statusCode}: ${(parsed.body ?? '').slice(0, 200)}`;
        }
      }
    }

    const floorLoad = median(targets.find((t) => t.variant === 'floor')!.load);
    return {
      bundles: targets.map((t) => ({
        fn: t.fn,
        variant: t.variant,
        bytes: t.bytes,
        loadMedianMs: median(t.load),
        firstResponseMedianMs: t.first.length ? median(t.first) : undefined,
        loadRatio: median(t.load) / floorLoad,
        goalRatio: t.variant === 'packaged' ? goalRatio(t.fn) : undefined,
        runs: t.load.length,
        failures: t.failures,
        firstError: t.firstError,
      })),
      biggestPackages: packageSizes(smsMetafile),
      esbuild: { ...esbuildOptions, plugins: esbuildOptions.plugins?.map((p) => p.name) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
