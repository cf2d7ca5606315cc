import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { fakeTwilio } from '../../src/local/fakeTwilio';
import { StreamPoller } from '../../src/local/streamPoller';
import { handler as notifyStaff } from '../../functions/notifyStaff';
import type { OutboxEmailSender } from '../../src/staff/email';
import type { NewReferral } from '../../src/referrals/model';

const KERN_ON_CALL = '+15555550198';
const FALLBACK_ON_CALL = '+15555550199';

function newReferral(county: 'Kern' | 'Fresno'): NewReferral {
  const now = new Date().toISOString();
  return {
    kind: 'referral',
    sourceKey: randomUUID(),
    queue: county === 'Kern' ? { id: 'county-kern', name: 'Kern County CCS office' } : { id: 'county-fresno', name: 'Fresno County CCS office' },
    region: 'CA',
    county,
    channel: 'sms',
    contact: { channel: 'sms', key: '+16615550150' },
    language: 'en',
    preferredLanguage: 'en',
    updatesOptIn: true,
    phone: '+16615550150',
    referrer: { role: 'parent', name: 'Maria Lopez' },
    child: { firstName: 'Juan', lastName: 'Perez', dateOfBirth: '2015-03-25' },
    condition: 'heart murmur',
    mediCal: 'full',
    openToCcs: 'no',
    firstContactDue: '2026-01-09',
    consentAt: now,
    createdAt: now,
  };
}

describe('Staff notifications from the table stream: retries, dead letters, no duplicates', () => {
  let stack: TestStack;
  let poller: StreamPoller;
  beforeAll(async () => {
    stack = await startTestStack();
    poller = new StreamPoller({
      endpoint: process.env.DYNAMODB_ENDPOINT!,
      tableName: stack.tableName,
      handler: notifyStaff,
      maxRetryAttempts: 2,
      retryDelayMs: 5,
    });
    await poller.drain();
  });
  afterAll(async () => {
    await poller.stop();
    await stack.close();
  });
  beforeEach(() => fakeTwilio.reset());

  const store = () => stack.runtime.referrals.store;
  const referralCount = async () =>
    ((await stack.runtime.dynamo.documentClient.send(new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }))).Items ?? []).filter((i) =>
      String(i.pk).startsWith('REFERRAL#'),
    ).length;

  it('retries a failing text (Twilio 429), then dead-letters it with the referral intact, and a redrive sends it exactly once', async () => {
    const { referral } = await store().create(newReferral('Kern'));
    const before = await referralCount();
    fakeTwilio.failNext(429, 3); // first try + 2 retries

    await poller.drain();

    const letters = (await poller.deadLetters()).filter((l) => l.keys.pk === `REFERRAL#${referral.id}`);
    expect(letters).toEqual([
      expect.objectContaining({ functionName: 'notifyStaff', eventName: 'INSERT', attempts: 3, keys: { pk: `REFERRAL#${referral.id}`, sk: 'REFERRAL' } }),
    ]);
    // The dead letter names the item; it carries none of its data.
    expect(JSON.stringify(letters[0])).not.toMatch(/Juan|Perez|murmur/);

    const stored = await store().get(referral.id);
    expect(stored).toMatchObject({ status: 'submitted', child: referral.child, condition: 'heart murmur', code: referral.code });
    expect(stored?.notifiedAt).toBeUndefined();
    expect(stored?.notifications?.sms).toMatchObject({ status: 'failed', attempts: 3 });
    expect(fakeTwilio.messagesTo(KERN_ON_CALL)).toHaveLength(0);
    expect(await referralCount()).toBe(before);

    // Twilio is back: the operator redrives the dead letter.
    expect(await poller.redrive()).toEqual({ redriven: 1, stillFailing: 0 });
    expect(fakeTwilio.messagesTo(KERN_ON_CALL).map((m) => m.body)).toEqual([expect.stringContaining(referral.code)]);
    expect((await store().get(referral.id))?.notifiedAt).toEqual(expect.any(String));

    // Redriving or redelivering again sends nothing more.
    await poller.redrive();
    await store().create({ ...newReferral('Kern'), sourceKey: stored!.sourceKey });
    await poller.drain();
    expect(fakeTwilio.messagesTo(KERN_ON_CALL)).toHaveLength(1);
    expect(await referralCount()).toBe(before);
  });

  it('never resends a text that may have gone out (Twilio 500): retried, dead-lettered, left for a person to check', async () => {
    const { referral } = await store().create(newReferral('Kern'));
    fakeTwilio.failNext(500, 1); // later requests would succeed: a resend would show up in the outbox

    await poller.drain();

    expect(fakeTwilio.messagesTo(KERN_ON_CALL)).toHaveLength(0);
    expect((await store().get(referral.id))?.notifications?.sms).toMatchObject({ status: 'uncertain', attempts: 1 });
    expect((await poller.deadLetters()).some((l) => l.keys.pk === `REFERRAL#${referral.id}`)).toBe(true);
    const redrive = await poller.redrive();
    expect(redrive.stillFailing).toBeGreaterThanOrEqual(1);
    expect(fakeTwilio.messagesTo(KERN_ON_CALL)).toHaveLength(0);
  });

  it('retries only the channel that failed: a refused email is resent, the text that went out is not', async () => {
    const email = stack.runtime.email as OutboxEmailSender;
    email.failNext(1);
    const { referral } = await store().create(newReferral('Fresno'));

    await poller.drain();

    expect(fakeTwilio.messagesTo(FALLBACK_ON_CALL).filter((m) => m.body.includes(referral.code))).toHaveLength(1);
    expect(email.sent.filter((m) => m.subject.includes(referral.code))).toHaveLength(1);
    const stored = await store().get(referral.id);
    expect(stored?.notifications).toMatchObject({ sms: { status: 'sent', attempts: 1 }, email: { status: 'sent', attempts: 2 } });
    expect(stored?.notifiedAt).toEqual(expect.any(String));
    expect(
      stored?.history
        .filter((h) => h.action === 'notified')
        .map((h) => h.reason)
        .sort(),
    ).toEqual(['email', 'sms']);
  });

  it('ignores records that are not new referrals (state, updates, dead letters)', async () => {
    const { referral } = await store().create(newReferral('Kern'));
    await poller.drain();
    fakeTwilio.reset();
    await store().updateStatus(referral.id, { to: 'received', by: 'staff-1' });
    await poller.drain();
    expect(fakeTwilio.messagesTo(KERN_ON_CALL)).toHaveLength(0);
  });
});
