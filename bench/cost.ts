import { randomUUID } from 'node:crypto';
import type { LocalStack } from '../src/local/stack';
import { recordDynamoCalls, type RecordedCall } from '../test/helpers/faults';
import { smsTurn, webTurn } from './lib/lambda';
import { ALL_COUNTIES, completeReferral, countyConversation, texterPhone } from './lib/conversations';

/**
 * DynamoDB on-demand prices. Source: aws.amazon.com/dynamodb/pricing/on-demand/, us-east-1 (and
 * us-west-2, where serverless.yml deploys by default, at the same price), Standard table class,
 * after AWS's 1 November 2024 on-demand price reduction; as stated in issue 8, not re-checked
 * from this machine (no network). Change these if AWS changes them.
 */
export const PRICES = {
  source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (us-east-1 = us-west-2, Standard table class, prices from 1 Nov 2024)',
  usdPerMillionReadRequestUnits: 0.125,
  usdPerMillionWriteRequestUnits: 0.625,
  usdPerGbMonth: 0.25,
};

export interface CostLine {
  what: string;
  /** How many of `what` were measured. */
  samples: number;
  dynamoCalls: number;
  readUnits: number;
  writeUnits: number;
  /** Of writeUnits, those the GSIs consumed (referral items are projected into two). */
  gsiWriteUnits: number;
  usdPer1000: number;
}

export interface CostResult {
  prices: typeof PRICES;
  lines: CostLine[];
  /** Per turn, where the units go: by kind of item (the `pk` prefix: STATE, IDEMPOTENCY, TRANSCRIPT, ...). */
  perTurnByItem: { channel: 'sms' | 'web'; item: string; readUnits: number; writeUnits: number }[];
  assumptions: string[];
}

/**
 * Billable request units, as AWS counts them on demand: what DynamoDB reports with
 * ReturnConsumedCapacity, except that a strongly consistent read of a key that does not exist
 * still costs 1 RRU on AWS (DynamoDB Local reports 0 for a missing key in BatchGetItem).
 */
export function billable(call: RecordedCall): { read: number; write: number; gsiWrite: number } {
  const isRead = /Get|Query|Scan/.test(call.command);
  // Every read the product makes is of one key (GetItem, or BatchGetItem of the one state key).
  const read = isRead ? Math.max(call.read, 1) : call.read;
  const gsiWrite = Object.values(call.indexes).reduce((a, b) => a + b, 0);
  return { read, write: call.write, gsiWrite: isRead ? 0 : gsiWrite };
}

function usd(read: number, write: number): number {
  return (read * PRICES.usdPerMillionReadRequestUnits + write * PRICES.usdPerMillionWriteRequestUnits) / 1e6;
}

function line(what: string, samples: number, calls: RecordedCall[]): CostLine {
  const units = calls.map(billable);
  const readUnits = units.reduce((a, u) => a + u.read, 0) / samples;
  const writeUnits = units.reduce((a, u) => a + u.write, 0) / samples;
  return {
    what,
    samples,
    dynamoCalls: calls.length / samples,
    readUnits,
    writeUnits,
    gsiWriteUnits: units.reduce((a, u) => a + u.gsiWrite, 0) / samples,
    usdPer1000: usd(readUnits, writeUnits) * 1000,
  };
}

/**
 * Reads and writes per turn and per completed referral, from the capacity DynamoDB reports for
 * every call the real handlers make (the runtime's client, recorded with test/helpers/faults.ts),
 * priced at on-demand rates.
 */
export async function benchCost(stack: LocalStack, { conversations = 20, referrals = 5 } = {}): Promise<CostResult> {
  const recorder = recordDynamoCalls(stack.runtime.dynamo.client);
  const lines: CostLine[] = [];
  const perTurnByItem: CostResult['perTurnByItem'] = [];
  const assumptions = [
    'A conversation is the five-turn script the load test uses (greeting, county lookup, county, a question, menu).',
    'A strongly consistent read of a missing key is billed 1 RRU (AWS rule; DynamoDB Local reports 0 for BatchGetItem).',
    'Retry-guard records and conversation state expire by TTL (deletes by TTL are free); DynamoDB Streams reads by Lambda are free.',
    'Storage ($0.25/GB-month) is left out: a conversation stores a few KB for 30 days, under $0.000001 each.',
  ];
  try {
    for (const channel of ['sms', 'web'] as const) {
      const perTurn: RecordedCall[] = [];
      const perConversation: RecordedCall[] = [];
      let turns = 0;
      for (let i = 0; i < conversations; i++) {
        const county = ALL_COUNTIES[(i * 7) % ALL_COUNTIES.length];
        const phone = texterPhone(20_000 + i, 559);
        const conversationId = randomUUID();
        for (const turn of countyConversation(county, channel)) {
          recorder.reset();
          if (channel === 'sms') await smsTurn(phone, turn.say);
          else await webTurn(conversationId, turn.say);
          perTurn.push(...recorder.calls);
          perConversation.push(...recorder.calls);
          turns++;
        }
      }
      lines.push(line(`${channel} turn`, turns, perTurn));
      const byItem = new Map<string, { read: number; write: number }>();
      for (const call of perTurn) {
        const item = (call.pk ?? '?').replace(/#.*$/, '');
        const sum = byItem.get(item) ?? { read: 0, write: 0 };
        const units = billable(call);
        sum.read += units.read;
        sum.write += units.write;
        byItem.set(item, sum);
      }
      for (const [item, sum] of byItem) perTurnByItem.push({ channel, item, readUnits: sum.read / turns, writeUnits: sum.write / turns });
      lines.push(line(`${channel} conversation (5 turns)`, conversations, perConversation));
    }

    const notify: RecordedCall[] = [];
    let notified = 0;
    for (const channel of ['sms', 'web'] as const) {
      const intake: RecordedCall[] = [];
      let intakeTurns = 0;
      for (let i = 0; i < referrals; i++) {
        const phone = texterPhone(21_000 + i, 559);
        const conversationId = randomUUID();
        const county = ALL_COUNTIES[(i * 11) % ALL_COUNTIES.length].name;
        recorder.reset();
        const { code, turns } = await completeReferral(
          async (text) => (channel === 'sms' ? (await smsTurn(phone, text)).messages.join('\n') : (await webTurn(conversationId, text)).texts.join('\n')),
          { n: 21_000 + i, county },
        );
        intake.push(...recorder.calls);
        intakeTurns += turns;
        // The staff notification the table's stream triggers (functions/notifyStaff.ts), when the runtime has it.
        const notifier = (stack.runtime as { staffNotifier?: { notify(id: string): Promise<unknown> } }).staffNotifier;
        if (notifier) {
          recorder.reset();
          await notifier.notify(code);
          notify.push(...recorder.calls);
          notified++;
        }
      }
      lines.push(line(`${channel} referral intake (${(intakeTurns / referrals).toFixed(0)} turns, to confirmation)`, referrals, intake));
    }
    if (notified) lines.push(line('staff notification of a referral (stream → notifier)', notified, notify));
    else assumptions.push('No staff notifier in the runtime: notification cost not measured.');
  } finally {
    recorder.remove();
  }
  return { prices: PRICES, lines, perTurnByItem, assumptions };
}
