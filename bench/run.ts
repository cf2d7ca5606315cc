import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startDynamoLocal } from '../src/local/dynamoLocal';
import { startLocalStack, type LocalStack } from '../src/local/stack';
import { benchLatency, type ChannelLatency } from './latency';
import { benchColdStart, type ColdStartResult } from './coldStart';
import { benchUnderstandingStart, type UnderstandingStartResult } from './understandingStart';
import { benchCost, type CostResult } from './cost';
import { benchLoad, type LoadResult } from './load';
import { benchQuality, type QualityResult } from './quality';
import { printTable, writeResults } from './report';

const SECTIONS = ['latency', 'cold', 'cost', 'load', 'quality'] as const;
type Section = (typeof SECTIONS)[number];

interface Args {
  sections: Section[];
  quick: boolean;
  texters: number;
  concurrency: number;
  referralEvery: number;
  runs: number;
  conversations: number;
}

export function parseArgs(argv: string[]): Args {
  const flags = new Map<string, string | undefined>(
    argv
      .filter((a) => a.startsWith('--'))
      .map((a) => {
        const [name, value] = a.replace(/^--/, '').split('=');
        return [name, value];
      }),
  );
  const named = argv.filter((a) => !a.startsWith('--'));
  for (const name of named)
    if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`Unknown section "${name}"; choose from ${SECTIONS.join(', ')}`);
  const quick = flags.has('quick');
  const num = (name: string, fallback: number) => (flags.get(name) ? Number(flags.get(name)) : fallback);
  return {
    sections: named.length ? (named as Section[]) : [...SECTIONS],
    quick,
    texters: num('texters', quick ? 50 : 200),
    concurrency: num('concurrency', 32),
    referralEvery: num('referral-every', 4),
    runs: num('runs', quick ? 3 : 7),
    conversations: num('conversations', quick ? 20 : 60),
  };
}

function readPrevious(): Record<string, any> {
  try {
    return JSON.parse(readFileSync(join(__dirname, 'results/bench.json'), 'utf8'));
  } catch {
    return {};
  }
}

const f1 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(1));
const ratio = (n: number) => `${n.toFixed(2)}×`;

export async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))) };
  console.log(
    `CCS Navigator benchmarks: ${args.sections.join(', ')}${args.quick ? ' (quick)' : ''} — ${machine.cpus} CPUs, load average ${machine.loadAverageAtStart.join(' ')}, Node ${machine.node}`,
  );
  const dynamo = await startDynamoLocal();
  const results: {
    machine: typeof machine;
    args: Args;
    latency?: ChannelLatency[];
    coldStart?: ColdStartResult;
    understandingStart?: UnderstandingStartResult;
    cost?: CostResult;
    load?: LoadResult;
    quality?: QualityResult;
  } = { machine, args };
  const withStack = async <T>(fn: (stack: LocalStack) => Promise<T>): Promise<T> => {
    const stack = await startLocalStack({ dynamoEndpoint: dynamo.endpoint, tableName: `bench-${randomUUID().slice(0, 8)}` });
    try {
      return await fn(stack);
    } finally {
      await stack.close();
    }
  };

  try {
    if (args.sections.includes('latency')) {
      console.log(`\n== Warm turn latency: handler time, in-process, ${args.conversations} conversations × 5 turns per channel`);
      results.latency = await withStack((stack) => benchLatency(stack, { conversations: args.conversations, warmupConversations: args.quick ? 5 : 15 }));
      printTable(
        results.latency.map((r) => ({
          channel: r.channel,
          turns: r.turns,
          'bot p50 ms': f1(r.botMedianMs),
          'floor p50 ms': f1(r.floorMedianMs),
          'p50 ratio': ratio(r.medianRatio),
          'bot p99 ms': f1(r.botP99Ms),
          'floor p99 ms': f1(r.floorP99Ms),
          'p99 ratio': ratio(r.p99Ratio),
          'DynamoDB calls/turn': r.dynamoCallsPerTurn.toFixed(2),
          'wrong replies': r.wrongReplies,
        })),
      );
      console.log('Goal: the bot adds at most 2× the floor (a bare handler making the same DynamoDB calls).');
    }

    if (args.sections.includes('cold')) {
      console.log(`\n== Cold start: what \`serverless package\` builds, median of ${args.runs} fresh node processes`);
      const tableName = `bench-cold-${randomUUID().slice(0, 8)}`;
      const { ensureTable } = await import('../src/local/dynamoLocal');
      await ensureTable(dynamo.endpoint, tableName);
      results.coldStart = await benchColdStart({ runs: args.runs, dynamoEndpoint: dynamo.endpoint, tableName });
      printTable(
        results.coldStart.bundles.map((b) => ({
          function: b.fn,
          build: b.variant,
          'size MB': (b.bytes / 1e6).toFixed(2),
          'load CPU p50 ms': f1(b.loadCpuMedianMs),
          'CPU vs floor': ratio(b.cpuRatio),
          goal: b.goalRatio ? `≤ ${b.goalRatio}× ${b.cpuRatio <= b.goalRatio ? 'met' : 'NOT met'}` : '',
          'load wall p50 ms': f1(b.loadMedianMs),
          'wall vs floor': ratio(b.loadRatio),
          'first answer p50 ms': f1(b.firstResponseMedianMs),
          failures: b.failures,
        })),
      );
      for (const b of results.coldStart.bundles.filter((x) => x.firstError)) console.log(`  ${b.fn}/${b.variant} failed: ${b.firstError}`);
      const { atStart, atEnd } = results.coldStart.loadAverage;
      console.log(
        `Medians of ${results.coldStart.bundles[0].runs} loads each, load average ${atStart.toFixed(2)} at the start, ${atEnd.toFixed(2)} at the end (${cpus().length} CPUs).`,
      );
      console.log(
        'Goal, judged on load CPU time (wall clock also counts the time other processes held the cores): the bot functions within 3× the floor (a handler that only imports the DynamoDB client), every other function within 1.5×.',
      );
      console.log(`Largest packages in the packaged sms bundle: ${results.coldStart.biggestPackages.map((p) => `${p.pkg} ${p.kB} kB`).join(', ')}`);
      results.understandingStart = benchUnderstandingStart(args.runs);
      const u = results.understandingStart;
      console.log(
        `Understanding layer (models built from content/ on first use, nothing downloaded), median of ${u.runs} fresh processes: load ${f1(u.loadMs)} ms, first English question ${f1(u.firstEnglishMs)} ms, first Spanish ${f1(u.firstSpanishMs)} ms, a later question ${f1(u.warmMs)} ms.`,
      );
    }

    if (args.sections.includes('cost')) {
      console.log('\n== Cost: DynamoDB request units (reported by DynamoDB with ReturnConsumedCapacity), on-demand prices');
      results.cost = await withStack((stack) => benchCost(stack, { conversations: args.quick ? 5 : 20, referrals: args.quick ? 2 : 5 }));
      printTable(
        results.cost.lines.map((l) => ({
          what: l.what,
          measured: l.samples,
          'calls each': l.dynamoCalls.toFixed(1),
          RRU: l.readUnits.toFixed(1),
          WRU: l.writeUnits.toFixed(1),
          'of which GSI WRU': l.gsiWriteUnits.toFixed(1),
          'USD per 1,000': `$${l.usdPer1000.toFixed(4)}`,
        })),
      );
      console.log('Per turn, by item:');
      printTable(results.cost.perTurnByItem.map((r) => ({ channel: r.channel, item: r.item, RRU: r.readUnits.toFixed(2), WRU: r.writeUnits.toFixed(2) })));
      console.log(
        `Prices: $${results.cost.prices.usdPerMillionReadRequestUnits}/M RRU, $${results.cost.prices.usdPerMillionWriteRequestUnits}/M WRU (${results.cost.prices.source}).`,
      );
      for (const a of results.cost.assumptions) console.log(`  - ${a}`);
    }

    if (args.sections.includes('load')) {
      console.log(`\n== Load: ${args.texters} texters at once over HTTP (signed webhooks), at most ${args.concurrency} requests in flight`);
      results.load = await withStack((stack) => benchLoad(stack, { texters: args.texters, concurrency: args.concurrency, referralEvery: args.referralEvery }));
      const l = results.load;
      printTable([
        {
          texters: l.texters,
          turns: l.turns,
          seconds: l.seconds.toFixed(1),
          'turns/s': l.turnsPerSecond.toFixed(1),
          'p50 ms': f1(l.p50Ms),
          'p99 ms': f1(l.p99Ms),
          'wrong replies': l.wrongReplies,
          'HTTP errors': l.errors,
          'texts not recorded once': l.turnsNotRecordedOnce,
          'referrals confirmed': l.referralsConfirmed,
          'referrals not stored once': l.referralsNotStoredOnce,
          'states missing': l.statesMissing,
        },
      ]);
      for (const f of l.failuresSample) console.log(`  ${f}`);
    }

    if (args.sections.includes('quality')) {
      console.log('\n== Answer quality: npm run eval (the bot beside the node-nlp baseline)');
      results.quality = benchQuality();
      if (results.quality.error) console.log(`  ${results.quality.error}`);
      printTable(results.quality.rows);
    }
  } finally {
    await dynamo.stop();
  }
  // A run of some sections updates those and keeps the others' last numbers (each section records its own args and machine).
  const previous = args.sections.length < SECTIONS.length ? readPrevious() : {};
  writeResults('bench', {
    ...previous,
    ...results,
    sections: { ...(previous.sections ?? {}), ...Object.fromEntries(args.sections.map((s) => [s, { at: new Date().toISOString(), machine, args }])) },
  });
  console.log('\nAll numbers: bench/results/bench.json');
}
