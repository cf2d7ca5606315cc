import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
 * options. Goals: the bot functions (sms, messages) within 3× the floor, every other one 1.5×,
 * judged on CPU time: on a shared machine a load's wall clock also counts the time other
 * processes held the cores, so it moves with the load average; the CPU time a load spends does
 * much less. Both are printed, as medians over the runs, beside the load average.
 */

export interface ColdStartOptions {
  runs: number;
  dynamoEndpoint: string;
  tableName: string;
}

export interface BundleResult {
  fn: string;
  variant: 'packaged' | 'floor';
  /** JavaScript read at start: the handler, the chunks it imports statically and the CommonJS files it requires while loading. */
  bytes: number;
  loadMedianMs: number;
  /** CPU time (user + system, every thread) the process spent loading it. */
  loadCpuMedianMs: number;
  firstResponseMedianMs?: number;
  /** Load time (wall clock) over the floor's. */
  loadRatio: number;
  /** Load CPU time over the floor's: what the goal is judged on. */
  cpuRatio: number;
  /** The most `cpuRatio` may be. */
  goalRatio?: number;
  runs: number;
  failures: number;
  firstError?: string;
}

export interface ColdStartResult {
  bundles: BundleResult[];
  /** Largest packages in the packaged sms handler's own file, for deciding what to trim next. */
  biggestPackages: { pkg: string; kB: number }[];
  /** The machine's 1-minute load average when the runs began and when they ended. */
  loadAverage: { atStart: number; atEnd: number };
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

/** serverless.yml's custom.esbuild options (format, splitting, mainFields, banner, minify, alias, plugins...), for the floor and the size report. */
export function serverlessEsbuildOptions(): BuildOptions {
  const yml = readFileSync(join(ROOT, 'serverless.yml'), 'utf8');
  const section = /\n {2}esbuild:\n((?: {4}.*\n|\s*#.*\n)+)/.exec(yml)?.[1] ?? '';
  const value = (key: string) => new RegExp(`^ {4}${key}:[ \\t]*(\\S.*)$`, 'm').exec(section)?.[1].trim();
  const alias = Object.fromEntries([...section.matchAll(/^ {6}'([^']+)':\s*(\S+)/gm)].map((m) => [m[1], join(ROOT, m[2])]));
  const banner = /^ {4}banner:\n {6}js:[ \t]*(.+)$/m.exec(section)?.[1];
  const mainFields = value('mainFields')
    ?.replace(/^\[|\]$/g, '')
    .split(',')
    .map((f) => f.trim());
  const extension = value('outputFileExtension');
  const pluginsFile = value('plugins');
  return {
    bundle: true,
    minify: value('minify') !== 'false',
    sourcemap: value('sourcemap') === 'true',
    target: value('target') ?? 'node20',
    platform: 'node',
    format: value('format') === 'esm' ? 'esm' : 'cjs',
    splitting: value('splitting') === 'true',
    ...(mainFields ? { mainFields } : {}),
    ...(banner ? { banner: { js: banner } } : {}),
    ...(extension && extension !== '.js' ? { outExtension: { '.js': extension } } : {}),
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
    files[fn] = ['.mjs', '.js'].map((ext) => join(into, entry.replace(/\.ts$/, ext))).find((file) => existsSync(file)) ?? join(into, entry);
  }
  return files;
}

/** Builds `entry` into `outdir`; the path of its own output file, and the metafile. */
async function bundle(entry: string, outdir: string, options: BuildOptions): Promise<{ file: string; metafile: Metafile }> {
  const result = await build({ ...options, absWorkingDir: ROOT, entryPoints: [join(ROOT, entry)], outdir, metafile: true, logLevel: 'error', write: true });
  const [file] = Object.entries(result.metafile!.outputs).find(([, out]) => out.entryPoint === entry)!;
  return { file: join(ROOT, file), metafile: result.metafile! };
}

/** Bytes of JavaScript a cold start reads: the handler and the chunks it imports statically (not those loaded with `import()`). */
export function startupBytes(file: string, seen = new Set<string>()): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const chunks = [...code.matchAll(/\bimport\s*(?:[\w${},*\s]+from\s*)?["'](\.\.?\/[^"']+)["']/g)].map((m) => join(dirname(file), m[1]));
  return statSync(file).size + chunks.reduce((sum, chunk) => sum + startupBytes(chunk, seen), 0);
}

/** Bytes per package in the handler's own output file (lazily imported chunks left out). */
function packageSizes(metafile: Metafile, entry: string): { pkg: string; kB: number }[] {
  const out = Object.values(metafile.outputs).find((o) => o.entryPoint === entry)!;
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
  loadCpu: number[];
  first: number[];
  /** CommonJS files of the bundle its loading required (counted once in `bytes`). */
  required: Set<string>;
  failures: number;
  firstError?: string;
}

export async function benchColdStart(options: ColdStartOptions): Promise<ColdStartResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ccs-coldstart-'));
  try {
    const esbuildOptions = serverlessEsbuildOptions();
    const floorFile = (await bundle('bench/coldstart/floorHandler.ts', join(dir, 'floor'), esbuildOptions)).file;
    const targets: Target[] = [
      { fn: 'floor', variant: 'floor', file: floorFile, bytes: startupBytes(floorFile), load: [], loadCpu: [], first: [], required: new Set(), failures: 0 },
    ];
    for (const [fn, file] of Object.entries(packageFunctions(dir)))
      targets.push({ fn, variant: 'packaged', file, bytes: startupBytes(file), load: [], loadCpu: [], first: [], required: new Set(), failures: 0 });
    const smsMetafile = (await bundle(handlerFiles().sms, join(dir, 'sms-metafile'), esbuildOptions)).metafile;

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
    const loadAverageAtStart = loadavg()[0];
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
        let parsed: {
          loadMs?: number;
          loadCpuMs?: number;
          requiredAtLoad?: string[];
          firstInvokeMs?: number;
          totalMs?: number;
          statusCode?: number;
          body?: string;
          error?: string;
        } = {};
        try {
          parsed = JSON.parse(line);
        } catch {
          parsed = { error: `no result (exit ${child.status}): ${child.stderr.slice(0, 500)}` };
        }
        if (parsed.loadMs !== undefined) target.load.push(parsed.loadMs);
        if (parsed.loadCpuMs !== undefined) target.loadCpu.push(parsed.loadCpuMs);
        for (const file of parsed.requiredAtLoad ?? [])
          if (!target.required.has(file)) {
            target.required.add(file);
            target.bytes += statSync(file).size;
          }
        const ok = first && !parsed.error && parsed.statusCode === 200 && (!first.expect || first.expect.test(parsed.body ?? ''));
        if (first && ok && parsed.totalMs !== undefined) target.first.push(parsed.totalMs);
        if (first && !ok) {
          target.failures++;
          target.firstError ??= parsed.error ?? `status ${parsed.statusCode}: ${(parsed.body ?? '').slice(0, 200)}`;
        }
      }
    }

    const floor = targets.find((t) => t.variant === 'floor')!;
    const [floorLoad, floorCpu] = [median(floor.load), median(floor.loadCpu)];
    return {
      bundles: targets.map((t) => ({
        fn: t.fn,
        variant: t.variant,
        bytes: t.bytes,
        loadMedianMs: median(t.load),
        loadCpuMedianMs: median(t.loadCpu),
        firstResponseMedianMs: t.first.length ? median(t.first) : undefined,
        loadRatio: median(t.load) / floorLoad,
        cpuRatio: median(t.loadCpu) / floorCpu,
        goalRatio: t.variant === 'packaged' ? goalRatio(t.fn) : undefined,
        runs: t.load.length,
        failures: t.failures,
        firstError: t.firstError,
      })),
      biggestPackages: packageSizes(smsMetafile, handlerFiles().sms),
      loadAverage: { atStart: loadAverageAtStart, atEnd: loadavg()[0] },
      esbuild: { ...esbuildOptions, plugins: esbuildOptions.plugins?.map((p) => p.name) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
