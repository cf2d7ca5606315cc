import { createHash } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalStack } from '../src/local/stack';
import { sendSms } from '../test/helpers/twilio';
import { ALL_COUNTIES, completeReferral, countyConversation, texterPhone } from './lib/conversations';
import { median, percentile } from './report';
import { contactIndexKey, stateKey } from '../src/storage/keys';

export interface LoadOptions {
  texters: number;
  /** Requests in flight at once, across all texters (each texter waits for its reply before texting again). */
  concurrency: number;
  /** Every `referralEvery`-th texter also completes a referral after the county conversation (0: none). */
  referralEvery: number;
}

export interface LoadResult {
  texters: number;
  concurrency: number;
  turns: number;
  seconds: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Replies that were not this texter's expected answer (wrong county, missing number, an error). */
  wrongReplies: number;
  /** Non-200 answers from the webhook. */
  errors: number;
  /** Turns whose MessageSid has no completed retry-guard record, or has more than one. */
  turnsNotRecordedOnce: number;
  referralsConfirmed: number;
  /** Referrals confirmed to a texter with no stored item, or stored more than once, or stored without confirmation. */
  referralsNotStoredOnce: number;
  /** Texters whose conversation state is missing from the table. */
  statesMissing: number;
  failuresSample: string[];
}

/**
 * N simulated texters, each running a multi-turn conversation (greeting, county lookup with a
 * county of their own, a question, the menu; some then a whole referral) at the same time
 * against the local stack over HTTP with signed Twilio webhooks. Every reply is checked to be the
 * texter's own, and afterwards the table is checked: one completed retry-guard record per text,
 * one state item per texter, and every confirmed referral stored exactly once.
 */
export async function benchLoad(stack: LocalStack, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const failures: string[] = [];
  let wrongReplies = 0;
  let errors = 0;
  const sids = new Map<string, string>(); // MessageSid -> phone
  const confirmed = new Map<string, string>(); // phone -> code

  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const acquire = async () => {
    if (inFlight >= options.concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    inFlight++;
  };
  const release = () => {
    inFlight--;
    waiting.shift()?.();
  };

  const text = async (phone: string, body: string): Promise<string[]> => {
    await acquire();
    const sid = `SM${createHash('md5').update(`${phone}:${sids.size}:${body}:${Math.random()}`).digest('hex')}`;
    sids.set(sid, phone);
    const started = performance.now();
    try {
      const reply = await sendSms(stack.baseUrl, { From: phone, Body: body, MessageSid: sid });
      latencies.push(performance.now() - started);
      if (reply.status !== 200) {
        errors++;
        failures.push(`${phone} "${body}": HTTP ${reply.status}`);
      }
      return reply.messages;
    } finally {
      release();
    }
  };

  const texter = async (n: number) => {
    const phone = texterPhone(n, 560);
    const county = ALL_COUNTIES[n % ALL_COUNTIES.length];
    for (const [i, turn] of countyConversation(county, 'sms').entries()) {
      const reply = (await text(phone, turn.say)).join('\n');
      const firstNotice = /Msg & data rates may apply/.test(reply);
      if (!turn.expect.every((p) => p.test(reply)) || firstNotice !== (i === 0)) {
        wrongReplies++;
        if (failures.length < 10) failures.push(`${phone} (${county.name}) "${turn.say}": ${reply.slice(0, 200)}`);
      }
    }
    if (options.referralEvery > 0 && n % options.referralEvery === 0) {
      try {
        const { code } = await completeReferral(async (body) => (await text(phone, body)).join('\n'), { n, county: county.name });
        confirmed.set(phone, code);
      } catch (error) {
        wrongReplies++;
        if (failures.length < 10) failures.push(`${phone} referral: ${(error as Error).message.slice(0, 300)}`);
      }
    }
  };

  const started = performance.now();
  await Promise.all(Array.from({ length: options.texters }, (_, n) => texter(n)));
  const seconds = (performance.now() - started) / 1000;

  // What the table holds afterwards.
  const items: Record<string, any>[] = [];
  let ExclusiveStartKey: Record<string, any> | undefined;
  do {
    const page = await stack.runtime.dynamo.documentClient.send(new ScanCommand({ TableName: stack.tableName, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);

  const guardStatus = new Map<string, string[]>();
  for (const item of items.filter((i) => String(i.pk).startsWith('IDEMPOTENCY#'))) {
    const list = guardStatus.get(item.pk) ?? [];
    list.push(item.status);
    guardStatus.set(item.pk, list);
  }
  // Powertools keys the record by a hash of the MessageSid; count records rather than match keys.
  const completedGuards = [...guardStatus.values()].filter((s) => s.length === 1 && s[0] === 'COMPLETED').length;
  const turnsNotRecordedOnce = Math.abs(sids.size - completedGuards);

  const phones = Array.from({ length: options.texters }, (_, n) => texterPhone(n, 560));
  const statesMissing = phones.filter((p) => !items.some((i) => i.pk === stateKey(stack.runtime.keyHash, `sms/conversations/${p}/`).pk)).length;

  const referralItems = items.filter((i) => String(i.pk).startsWith('REFERRAL#'));
  let referralsNotStoredOnce = 0;
  for (const phone of phones) {
    const stored = referralItems.filter((r) => r.gsi2pk === contactIndexKey({ channel: 'sms', key: phone }));
    const code = confirmed.get(phone);
    const ok = code ? stored.length === 1 && stored[0].code === code : stored.length === 0;
    if (!ok) {
      referralsNotStoredOnce++;
      if (failures.length < 10) failures.push(`${phone}: confirmed ${code ?? 'none'}, stored ${stored.map((r) => r.code).join(',') || 'none'}`);
    }
  }

  return {
    texters: options.texters,
    concurrency: options.concurrency,
    turns: latencies.length,
    seconds,
    turnsPerSecond: latencies.length / seconds,
    p50Ms: median(latencies),
    p99Ms: percentile(latencies, 99),
    maxMs: Math.max(...latencies),
    wrongReplies,
    errors,
    turnsNotRecordedOnce,
    referralsConfirmed: confirmed.size,
    referralsNotStoredOnce,
    statesMissing,
    failuresSample: failures.slice(0, 10),
  };
}
