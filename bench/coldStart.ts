import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { apiGatewayEvent, messagesEvent, signedSmsEvent, smsForm, webActivity } from './lib/lambda';
import { median } from './report';

const ROOT = join(__dirname, '..');

/**
 * Cold start: each function in serverless.yml bundled with esbuild as serverless-esbuild does
 * (bundle, minify, platform node, target node20, source maps as configured), its size, and the
 * median time to load it (`require`) in a fresh `node` process, then to answer its first event
 * against DynamoDB Local. Beside it, the floor: a bare handler that only imports the DynamoDB
 * client (bench/coldstart/floorHandler.ts).
 *
 * Two builds of the product's functions: as deployed today, and "trimmed" with what the bot
 * does not use taken out in the bundler alone (no code change): botbuilder-dialogs' text
 * recognizers (stubbed; only ChoicePrompt/ConfirmPrompt/NumberPrompt/DateTimePrompt call them)
 * and the duplicate nested copies of zod 3 (one copy instead of five). The trimmed build is run
 * on real turns, so a trim that breaks the bot shows up as a failed first response.
 */

export interface ColdStartOptions {
  runs: number;
  dynamoEndpoint: string;
  tableName: string;
}

export interface BundleResult {
  fn: string;
  variant: 'deployed' | 'trimmed' | 'floor';
  bytes: number;
  loadMedianMs: number;
  firstResponseMedianMs?: number;
  /** Load time over the floor's. */
  loadRatio: number;
  runs: number;
  failures: number;
  firstError?: string;
}

export interface ColdStartResult {
  bundles: BundleResult[];
  /** Largest packages in the deployed sms bundle, for deciding what to trim next. */
  biggestPackages: { pkg: string; kB: number }[];
  esbuild: Record<string, unknown>;
}

/** Function name → handler source, from serverless.yml (`handler: functions/x.handler`). */
export function serverlessFunctions(): Record<string, string> {
  const yml = readFileSync(join(ROOT, 'serverless.yml'), 'utf8');
  const functions: Record<string, string> = {};
  for (const m of yml.matchAll(/^ {2}(\w+):\s*\n(?: {4}.*\n)*? {4}handler:\s*(\S+)\.handler/gm)) functions[m[1]] = `${m[2]}.ts`;
  return functions;
}

/** serverless.yml's custom.esbuild options that change the bundle (minify, sourcemap, target, platform). */
function deployedEsbuildOptions(): BuildOptions {
  const yml = readFileSync(join(ROOT, 'serverless.yml'), 'utf8');
  const section = /\n {2}esbuild:\n((?: {4}.*\n|\s*#.*\n)+)/.exec(yml)?.[1] ?? '';
  const value = (key: string) => new RegExp(`^ {4}${key}:\\s*(\\S+)`, 'm').exec(section)?.[1];
  return {
    bundle: true,
    minify: value('minify') !== 'false',
    sourcemap: value('sourcemap') === 'true',
    target: value('target') ?? 'node20',
    platform: 'node',
  };
}

/** The bundler plugins of the trimmed build (build/esbuildPlugins.cjs, usable as is by serverless-esbuild). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dedupeNestedZod } = require('../build/esbuildPlugins.cjs') as { dedupeNestedZod: (root?: string) => Plugin };

const RECOGNIZERS = [
  '@microsoft/recognizers-text',
  '@microsoft/recognizers-text-suite',
  '@microsoft/recognizers-text-choice',
  '@microsoft/recognizers-text-date-time',
  '@microsoft/recognizers-text-number',
  '@microsoft/recognizers-text-number-with-unit',
  '@microsoft/recognizers-text-sequence',
];

/** The esbuild options the bench adds for the trimmed build; serverless-esbuild accepts the same (see the report). */
export function trimmedOptions(): Pick<BuildOptions, 'alias' | 'plugins'> {
  const stub = join(__dirname, '../build/recognizersStub.cjs');
  return { alias: Object.fromEntries(RECOGNIZERS.map((name) => [name, stub])), plugins: [dedupeNestedZod(ROOT)] };
}

async function bundle(entry: string, outfile: string, options: BuildOptions): Promise<{ bytes: number; metafile: Metafile }> {
  const result = await build({ ...options, entryPoints: [join(ROOT, entry)], outfile, metafile: true, logLevel: 'error', write: true });
  return { bytes: statSync(outfile).size, metafile: result.metafile! };
}

function packageSizes(metafile: Metafile): { pkg: string; kB: number }[] {
  const out = Object.values(metafile.outputs)[0];
  const sizes: Record<string, number> = {};
  for (const [path, info] of Object.entries(out.inputs)) {
    const pkg = /^(?:.*\/)?(node_modules\/.*)$/.exec(path)?.[1]?.replace(/^((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+).*$/, '$1').replace(/\/$/, '') ?? 'project code';
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
    const base = deployedEsbuildOptions();
    const targets: Target[] = [];
    const add = async (fn: string, variant: Target['variant'], entry: string, extra: BuildOptions = {}) => {
      const file = join(dir, variant, `${fn}.js`);
      mkdirSync(dirname(file), { recursive: true });
      const { bytes, metafile } = await bundle(entry, file, { ...base, ...extra });
      targets.push({ fn, variant, file, bytes, load: [], first: [], failures: 0 });
      return metafile;
    };
    await add('floor', 'floor', 'bench/coldstart/floorHandler.ts');
    let smsMetafile: Metafile | undefined;
    for (const [fn, entry] of Object.entries(serverlessFunctions())) {
      const metafile = await add(fn, 'deployed', entry);
      if (fn === 'sms') smsMetafile = metafile;
      await add(fn, 'trimmed', entry, trimmedOptions());
    }

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
        const child = spawnSync(process.execPath, [join(__dirname, 'coldstart/runner.cjs'), target.file, eventFile], { env, encoding: 'utf8', timeout: 60_000 });
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
        runs: t.load.length,
        failures: t.failures,
        firstError: t.firstError,
      })),
      biggestPackages: smsMetafile ? packageSizes(smsMetafile) : [],
      esbuild: { ...base, trimmed: { alias: RECOGNIZERS.map((r) => `${r} -> build/recognizersStub.cjs`), plugins: ['dedupe-nested-zod'] } },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
