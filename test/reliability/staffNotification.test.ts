import { randomUUID } from 'node:crypto';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { firstPk, injectDynamoFaults, tally } from '../helpers/faults';
import { webTurn } from '../../bench/lib/lambda';
import { completeReferral } from '../../bench/lib/conversations';
import { fakeTwilio, type SimulatedFailure } from '../../src/local/fakeTwilio';
import { StreamPoller } from '../../src/local/streamPoller';
import { handler as notifyStaff } from '../../functions/notifyStaff';

/**
 * Twilio's REST API failing while staff are told about a new referral (the table's stream →
 * functions/notifyStaff.ts, driven locally by the same StreamPoller `npm start` uses). A failure
 * that certainly sent nothing (429, connection refused) is retried; one that may have sent (500,
 * a dropped connection) is never resent automatically; past the retries the record is
 * dead-lettered with the referral intact. Never two texts to staff for one referral.
 */

let stack: TestStack;
let poller: StreamPoller;
let people = 0;
const counts = { inputsTried: 0, faultsInjected: 0, turnsChecked: 0, recordsLost: 0 };

beforeAll(async () => {
  stack = await startTestStack();
  poller = new StreamPoller({
    endpoint: process.env.DYNAMODB_ENDPOINT!,
    tableName: stack.tableName,
    handler: notifyStaff,
    maxRetryAttempts: 2,
    retryDelayMs: 20,
    pollIntervalMs: 50,
  });
});
afterAll(async () => {
  tally(counts);
  await poller.stop();
  await stack.close();
});
beforeEach(() => fakeTwilio.reset());

/** A web referral completed through the real dialog; resolves with its code. */
async function newReferral(): Promise<string> {
  const conversation = randomUUID();
  const { code, turns } = await completeReferral(async (text) => (await webTurn(conversation, text)).texts.join('\n'), { n: 5000 + people++, county: 'Kern' });
  counts.turnsChecked += turns;
  counts.inputsTried++;
  return code;
}

const staffTextsAbout = (code: string) => fakeTwilio.outbox().filter((m) => m.body.includes(code));
const staffEmailsAbout = (code: string) =>
  ((stack.runtime.email as { sent?: { subject: string; text: string }[] }).sent ?? []).filter((m) => `${m.subject}\n${m.text}`.includes(code));
/** 1 when the referral's queue has a staff email target, else 0 (the email must go out exactly that often). */
async function emailTargets(code: string): Promise<number> {
  const { router, store } = stack.runtime.referrals;
  const stored = await store.get(code);
  const queue = router.findQueue(stored!.queue.id) ?? router.fallback();
  return router.notifyTargets(queue).email ? 1 : 0;
}
const deadLettered = async (code: string) => (await poller.deadLetters()).filter((d) => d.keys.pk === `REFERRAL#${code}`);

async function referral(code: string) {
  const stored = await stack.runtime.referrals.store.get(code);
  if (!stored) counts.recordsLost++;
  expect(stored).toBeDefined();
  return stored!;
}

function failTwilio(failure: SimulatedFailure, times: number): void {
  fakeTwilio.failNext(failure, times);
  counts.faultsInjected += times;
}

describe('staff notification when Twilio fails', () => {
  it('a 429 twice is retried and the staff text goes out exactly once', async () => {
    const code = await newReferral();
    failTwilio(429, 2);
    await poller.drain();
    expect(staffTextsAbout(code)).toHaveLength(1);
    expect(staffEmailsAbout(code)).toHaveLength(await emailTargets(code));
    const stored = await referral(code);
    expect(stored.notifications?.sms).toMatchObject({ status: 'sent', attempts: 3 });
    expect(stored.notifiedAt).toBeDefined();
    expect(await deadLettered(code)).toEqual([]);
  });

  it('a 429 that outlasts the retries is dead-lettered with the referral intact, and a redrive sends it once', async () => {
    const code = await newReferral();
    failTwilio(429, 3); // the first try and both retries
    await poller.drain();
    expect(staffTextsAbout(code)).toHaveLength(0);
    expect(await deadLettered(code)).toHaveLength(1);
    const stored = await referral(code);
    expect(stored.notifications?.sms?.status).toBe('failed');
    expect(stored.status).toBe('submitted');
    // Any email went out on the first try and is not sent again by the retries.
    const emails = await emailTargets(code);
    expect(staffEmailsAbout(code)).toHaveLength(emails);

    expect(await poller.redrive()).toMatchObject({ stillFailing: 0 });
    expect(staffTextsAbout(code)).toHaveLength(1);
    expect(staffEmailsAbout(code)).toHaveLength(emails);
    expect((await referral(code)).notifiedAt).toBeDefined();
    expect(await deadLettered(code)).toEqual([]);
  });

  it.each([[500], ['drop']] as [SimulatedFailure][])(
    'a %s (the text may have gone out) is never resent automatically: dead-lettered, not duplicated',
    async (failure) => {
      const code = await newReferral();
      failTwilio(failure, 1);
      await poller.drain();
      // The fake sent nothing; had it sent, a resend would be a duplicate. The product cannot tell, so it does not resend.
      expect(staffTextsAbout(code)).toHaveLength(0);
      expect((await referral(code)).notifications?.sms?.status).toBe('uncertain');
      expect(await deadLettered(code)).toHaveLength(1);
      // A redrive does not resend it either: a person checks Twilio's log first.
      await poller.redrive();
      expect(staffTextsAbout(code)).toHaveLength(0);
    },
  );

  it('DynamoDB throttled right after the text went out: the text is not sent again', async () => {
    const code = await newReferral();
    // The update that records the text as sent fails (the claim before it went through).
    const fault = injectDynamoFaults(stack.runtime.dynamo.client, {
      command: 'UpdateItemCommand',
      when: (input) => firstPk(input) === `REFERRAL#${code}` && /notifications\.#ch = :state, history/.test(String(input.UpdateExpression)),
      calls: [1],
      kind: 'throttle',
    });
    try {
      await poller.drain();
    } finally {
      fault.remove();
    }
    counts.faultsInjected += fault.injected;
    expect(fault.injected).toBe(1);
    await poller.redrive();
    expect(staffTextsAbout(code).length).toBeLessThanOrEqual(1);
    expect(staffTextsAbout(code)).toHaveLength(1);
    await referral(code);
  });
});
