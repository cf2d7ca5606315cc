import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { confirmationCode } from '../../src/referrals/code';
import { STATUSES, type NewReferral } from '../../src/referrals/model';
import { OPEN_SORT_FROM, type DynamoReferralStore } from '../../src/referrals/store';
import { describeReferralStore } from '../helpers/referralStoreContract';
import { MemoryReferralStore } from '../helpers/memoryReferralStore';

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

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.close());

describeReferralStore('DynamoDB Local', async () => stack.runtime.referrals.store);
describeReferralStore('memory (the test double)', async () => new MemoryReferralStore());

/** What only the DynamoDB layout adds: code collisions with items already there, the index keys. */
describe('DynamoReferralStore on DynamoDB Local', () => {
  let store: DynamoReferralStore;
  beforeAll(() => {
    store = stack.runtime.referrals.store;
  });

  const raw = async (id: string) =>
    (await stack.runtime.dynamo.documentClient.send(new GetCommand({ TableName: stack.tableName, Key: { pk: `REFERRAL#${id}`, sk: 'REFERRAL' } }))).Item;

  it('skips a confirmation code already taken by another referral', async () => {
    const source = randomUUID();
    const taken = confirmationCode(source, 0);
    await stack.runtime.dynamo.documentClient.send(
      new PutCommand({ TableName: stack.tableName, Item: { pk: `REFERRAL#${taken}`, sk: 'REFERRAL', sourceKey: 'someone-else' } }),
    );
    const { referral } = await store.create(input(source));
    expect(referral.id).toBe(confirmationCode(source, 1));
  });

  it('keeps the queue index in step with each status change (one conditional update each)', async () => {
    const { referral } = await store.create(input(randomUUID()));
    await store.updateStatus(referral.id, { to: 'received', by: 'staff-1' });
    expect((await raw(referral.id))?.gsi1sk).toMatch(/^received#/);
    await store.updateStatus(referral.id, { to: 'closed', by: 'staff-2', outcome: 'not_eligible' });
    expect((await raw(referral.id))?.gsi1sk).toMatch(/^closed#/);
    expect((await store.listByQueue('county-kern', { status: 'closed' })).referrals.map((r) => r.id)).toContain(referral.id);
  });

  it("indexes a person's referrals by a hash of their contact, never the phone number", async () => {
    const contact = `+1661555${Math.floor(1000 + Math.random() * 8999)}`;
    const first = (await store.create(input(randomUUID(), contact))).referral;
    await new Promise((r) => setTimeout(r, 5));
    const second = (await store.create(input(randomUUID(), contact))).referral;
    expect((await store.listByContact({ channel: 'sms', key: contact })).map((r) => r.id)).toEqual([second.id, first.id]);
    expect(JSON.stringify(await raw(first.id))).not.toContain(`CONTACT#${contact}`);
  });

  it('keeps every open status at or after the open key range start, and closed before it (one key range lists open items)', () => {
    for (const status of STATUSES) expect({ status, open: `${status}#` >= OPEN_SORT_FROM }).toEqual({ status, open: status !== 'closed' });
  });
});
