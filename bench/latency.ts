import { randomUUID } from 'node:crypto';
import { dynamoClientConfig } from '../src/storage/dynamoClient';
import type { LocalStack } from '../src/local/stack';
import type { HttpResult } from '../src/http/types';
import { recordDynamoCalls, type RecordedCall } from '../test/helpers/faults';
import { FloorHandler } from './floor';
import { invokeMessages, invokeSms, messagesEvent, signedSmsEvent, smsForm, webActivity } from './lib/lambda';
import { ALL_COUNTIES, countyConversation, texterPhone } from './lib/conversations';
import { median, percentile } from './report';

export interface LatencyOptions {
  /** Conversations per channel measured (each five turns), after the warm-up. */
  conversations: number;
  warmupConversations: number;
}

export interface ChannelLatency {
  channel: 'sms' | 'web';
  turns: number;
  botMedianMs: number;
  botP99Ms: number;
  floorMedianMs: number;
  floorP99Ms: number;
  medianRatio: number;
  p99Ratio: number;
  /** Mean DynamoDB calls per turn (bot = floor by construction). */
  dynamoCallsPerTurn: number;
  /** Turns whose reply did not match the script (must be 0: a fast wrong answer is no answer). */
  wrongReplies: number;
}

/**
 * Warm turn latency: handler time of the real Lambda handlers invoked in-process with API
 * Gateway v2 events (no HTTP), against DynamoDB Local, beside the floor (bench/floor.ts) doing
 * the very same DynamoDB calls. Bot and floor turns alternate so both see the same machine load.
 */
export async function benchLatency(stack: LocalStack, options: LatencyOptions): Promise<ChannelLatency[]> {
  const client = stack.runtime.dynamo.client;
  const recorder = recordDynamoCalls(client, { capacity: false, keepInput: true });
  const floor = new FloorHandler(dynamoClientConfig(stack.runtime.config));
  // The floor's client goes through the same recording middleware, so both sides pay the same overhead.
  const floorRecorder = recordDynamoCalls(floor.dynamo, { capacity: false, keepInput: true });
  try {
    const results: ChannelLatency[] = [];
    for (const channel of ['sms', 'web'] as const) {
      const run = async (conversations: number, offset: number, samples?: Samples) => {
        for (let i = 0; i < conversations; i++) {
          const n = offset + i;
          const county = ALL_COUNTIES[n % ALL_COUNTIES.length];
          const phone = texterPhone(n, channel === 'sms' ? 556 : 557);
          const conversationId = randomUUID();
          for (const turn of countyConversation(county, channel)) {
            const event = channel === 'sms' ? signedSmsEvent(smsForm(phone, turn.say)) : messagesEvent(webActivity(conversationId, turn.say));
            recorder.reset();
            const started = performance.now();
            const result = await (channel === 'sms' ? invokeSms(event) : invokeMessages(event));
            const botMs = performance.now() - started;
            const plan = recorder.calls
              .filter((c): c is RecordedCall & { input: Record<string, any> } => Boolean(c.input))
              .map((c) => ({ command: c.command, input: c.input }));
            const floorStarted = performance.now();
            await floor.handle(event, plan);
            const floorMs = performance.now() - floorStarted;
            floorRecorder.reset();
            if (!samples) continue;
            samples.bot.push(botMs);
            samples.floor.push(floorMs);
            samples.calls.push(plan.length);
            if (!replyMatches(result, channel, turn.expect)) samples.wrong++;
          }
        }
      };
      await run(options.warmupConversations, 0);
      const samples: Samples = { bot: [], floor: [], calls: [], wrong: 0 };
      await run(options.conversations, 10_000, samples);
      const botMedianMs = median(samples.bot);
      const floorMedianMs = median(samples.floor);
      results.push({
        channel,
        turns: samples.bot.length,
        botMedianMs,
        botP99Ms: percentile(samples.bot, 99),
        floorMedianMs,
        floorP99Ms: percentile(samples.floor, 99),
        medianRatio: botMedianMs / floorMedianMs,
        p99Ratio: percentile(samples.bot, 99) / percentile(samples.floor, 99),
        dynamoCallsPerTurn: samples.calls.reduce((a, b) => a + b, 0) / samples.calls.length,
        wrongReplies: samples.wrong,
      });
    }
    return results;
  } finally {
    recorder.remove();
    floorRecorder.remove();
    floor.destroy();
  }
}

interface Samples {
  bot: number[];
  floor: number[];
  calls: number[];
  wrong: number;
}

function replyMatches(result: HttpResult, channel: 'sms' | 'web', expect: RegExp[]): boolean {
  if (result.statusCode !== 200 || !result.body) return false;
  const text =
    channel === 'sms'
      ? result.body
      : JSON.stringify((JSON.parse(result.body).activities ?? []).map((a: { text?: string; attachments?: unknown }) => [a.text, a.attachments]));
  return expect.every((pattern) => pattern.test(text.replace(/&apos;/g, "'").replace(/\\n/g, '\n')));
}
