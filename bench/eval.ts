import { randomUUID } from 'node:crypto';
import { startLocalStack } from '../src/local/stack';
import { sendSms } from '../test/helpers/twilio';
import { visibleText, webConversation } from '../test/helpers/botframework';
import { judgeTurn, loadEvalCases, type EvalCase } from './evalCases';
import { NodeNlpBaseline } from './nodeNlpBaseline';
import { median, printTable, writeResults } from './report';

/**
 * `npm run eval`: every eval case through the real handlers (signed Twilio webhooks, Bot
 * Framework expectReplies) on DynamoDB Local, scored per category, beside a node-nlp baseline
 * trained on the same content and asked the same knowledge questions.
 */
async function main(): Promise<void> {
  const cases = loadEvalCases();
  const stack = await startLocalStack();
  const latencies: number[] = [];
  const results: { c: EvalCase; failure?: string }[] = [];
  try {
    for (const c of cases) results.push({ c, failure: await runCase(stack.baseUrl, c, latencies) });
  } finally {
    await stack.close();
  }

  const baseline = await NodeNlpBaseline.train();
  const knowledgeCategories = new Set(['faq', 'contacts', 'spanish', 'off-topic']);
  const baselineResults: { c: EvalCase; failure?: string }[] = [];
  for (const c of cases.filter((x) => knowledgeCategories.has(x.category) && x.turns.length === 1)) {
    baselineResults.push({ c, failure: judgeTurn(c.turns[0], [await baseline.reply(c.turns[0].say)]) });
  }

  const rows = [...new Set(cases.map((c) => c.category))].sort().map((category) => {
    const ours = results.filter((r) => r.c.category === category);
    const base = baselineResults.filter((r) => r.c.category === category);
    return {
      category,
      cases: ours.length,
      navigator: pct(ours),
      baseline: base.length ? pct(base) : 'n/a',
    };
  });
  const oursOnBaselineSet = results.filter((r) => baselineResults.some((b) => b.c === r.c));
  rows.push({ category: 'ALL', cases: results.length, navigator: pct(results), baseline: 'n/a' });
  rows.push({ category: 'knowledge subset', cases: baselineResults.length, navigator: pct(oursOnBaselineSet), baseline: pct(baselineResults) });
  printTable(rows);
  const turnMedianMs = median(latencies);
  console.log(`median answer time: ${turnMedianMs.toFixed(1)} ms over ${latencies.length} turns (handlers + DynamoDB Local, in-process HTTP)`);
  for (const r of results.filter((x) => x.failure)) console.log(`FAIL ${r.c.source}/${r.c.id}: ${r.failure}`);
  writeResults('eval', { rows, turnMedianMs, failures: results.filter((r) => r.failure).map((r) => ({ id: r.c.id, failure: r.failure })) });
}

function pct(rs: { failure?: string }[]): string {
  const passed = rs.filter((r) => !r.failure).length;
  return `${((100 * passed) / rs.length).toFixed(1)}% (${passed}/${rs.length})`;
}

async function runCase(baseUrl: string, c: EvalCase, latencies: number[]): Promise<string | undefined> {
  const phone = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const web = webConversation(baseUrl, randomUUID());
  for (const [i, turn] of c.turns.entries()) {
    const started = performance.now();
    const replies =
      c.channel === 'sms'
        ? (await sendSms(baseUrl, { From: phone, Body: turn.say })).messages
        : [visibleText((await web.say(turn.say)).activities)].filter(Boolean);
    latencies.push(performance.now() - started);
    const failure = judgeTurn(turn, replies);
    if (failure) return `turn ${i + 1} "${turn.say}": ${failure} — got: ${replies.join(' | ').slice(0, 240)}`;
  }
  return undefined;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
