import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { confirmationCode } from '../../src/referrals/code';
import { InvalidTransitionError, StatusConflictError, type DynamoReferralStore, type NewReferral } from '../../src/referrals/store';

const input = (sourceKey: string, contactKey = '+16615550170'): NewReferral => ({
  kind: 'referral',
  sourceKey,
  queue: { id: 'county-kern', name: 'Kern County CCS office' },
  region: 'CA',
  county: 'Kern',
  channel: 'sms',
  contact: { channel: 'sms', key: contactKey },
  language: 'en',
  updatesOptIn: true,
  firstContactDue: '2026-01-09',
  createdAt: new Date().toISOString(),
});

describe('DynamoReferralStore on DynamoDB Local', () => {
  let stack: TestStack;
  let store: DynamoReferralStore;
  beforeAll(async () => {
    stack = await startTestStack();
    store = stack.runtime.referrals.store;
  });
  afterAll(() => stack.close());

  const raw = async (id: string) =>
    (await stack.runtime.dynamo.documentClient.send(new GetCommand({ TableName: stack.tableName, Key: { pk: `REFERRAL#${id}`, sk: 'REFERRAL' } }))).Item;

  it('writes a referral once per source, even when two writes race', async () => {
    const source = randomUUID();
    const [a, b] = await Promise.all([store.create(input(source)), store.create(input(source))]);
    expect(a.referral.id).toBe(b.referral.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await store.create(input(source))).toMatchObject({ created: false, referral: { id: a.referral.id } });
  });

  it('skips a confirmation code already taken by another referral', async () => {
    const source = randomUUID();
    const taken = confirmationCode(source, 0);
    await stack.runtime.dynamo.documentClient.send(
      new PutCommand({ TableName: stack.tableName, Item: { pk: `REFERRAL#${taken}`, sk: 'REFERRAL', sourceKey: 'someone-else' } }),
    );
    const { referral } = await store.create(input(source));
    expect(referral.id).toBe(confirmationCode(source, 1));
  });

  it('moves a referral through its statuses with one conditional update each, keeping the queue index in step', async () => {
    const { referral } = await store.create(input(randomUUID()));
    const received = await store.updateStatus(referral.id, { to: 'received', by: 'staff-1' });
    expect((await raw(referral.id))?.gsi1sk).toMatch(/^received#/);
    expect(received.history).toHaveLength(2);
    const inProgress = await store.updateStatus(referral.id, { to: 'in_progress', by: 'staff-1', reason: 'waiting_for_records' });
    expect(inProgress).toMatchObject({ status: 'in_progress', statusReason: 'waiting_for_records' });
    const closed = await store.updateStatus(referral.id, { to: 'closed', by: 'staff-2', outcome: 'not_eligible' });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'not_eligible' });
    expect(closed.statusReason).toBeUndefined();
    expect((await store.listByQueue('county-kern', { status: 'closed' })).referrals.map((r) => r.id)).toContain(referral.id);
    await expect(store.updateStatus(referral.id, { to: 'received', by: 'staff-1' })).rejects.toBeInstanceOf(InvalidTransitionError);
  });

  it('refuses a status change when someone else changed it meanwhile', async () => {
    const { referral } = await store.create(input(randomUUID()));
    const results = await Promise.allSettled([
      store.updateStatus(referral.id, { to: 'received', by: 'a' }),
      store.updateStatus(referral.id, { to: 'in_progress', by: 'b' }),
    ]);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected.length).toBeLessThanOrEqual(1);
    if (rejected.length) expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(StatusConflictError);
    expect((await store.get(referral.id))?.history.length).toBe(3 - rejected.length);
  });

  it("finds a person's own referrals by their contact, newest first (issue 11)", async () => {
    const contact = `+1661555${Math.floor(1000 + Math.random() * 8999)}`;
    const first = (await store.create(input(randomUUID(), contact))).referral;
    await new Promise((r) => setTimeout(r, 5));
    const second = (await store.create(input(randomUUID(), contact))).referral;
    expect((await store.listByContact({ channel: 'sms', key: contact })).map((r) => r.id)).toEqual([second.id, first.id]);
    expect(JSON.stringify(await raw(first.id))).not.toContain(`CONTACT#${contact}`);
  });

  it('lets only one delivery claim a notification channel', async () => {
    const { referral } = await store.create(input(randomUUID()));
    const at = new Date();
    const claims = await Promise.all([store.claimNotification(referral.id, 'sms', at), store.claimNotification(referral.id, 'sms', at)]);
    expect(claims.filter((c) => c.claimed)).toHaveLength(1);
    expect(await store.markNotified(referral.id, at)).toBe(true);
    expect(await store.markNotified(referral.id, at)).toBe(false);
  });
});
