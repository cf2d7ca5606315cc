import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { sendSms } from '../helpers/twilio';
import { deletePhoneData } from '../../src/privacy/deletePhoneData';
import { stateKey } from '../../src/storage/keys';

const REFERRAL = ['I want to refer my son to CCS', '1', 'Ana Ruiz', 'Leo Ruiz', '3/25/2015', 'Bakersfield', 'heart murmur', '1', '2', '1', '1', '1', '1', '1'];

describe('Deleting all data of one phone number on request (DynamoDB Local)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  const allItems = async () =>
    (await stack.runtime.dynamo.documentClient.send(new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }))).Items ?? [];
  const mentions = (items: Record<string, unknown>[], text: string) => items.filter((i) => JSON.stringify(i).includes(text));

  it('removes the state, transcript and referrals of that phone, keeps its STOP, and leaves other families alone', async () => {
    const phone = '+16615550181';
    const other = '+16615550182';
    for (const Body of REFERRAL) await sendSms(stack.baseUrl, { From: phone, Body });
    await sendSms(stack.baseUrl, { From: other, Body: 'What is CCS?' });
    await sendSms(stack.baseUrl, { From: phone, Body: 'STOP' });
    const before = await allItems();
    expect(before.some((i) => String(i.pk).startsWith('REFERRAL#') && i.phone === phone)).toBe(true);
    expect(before.some((i) => String(i.pk).startsWith('TRANSCRIPT#'))).toBe(true);

    const report = await deletePhoneData(stack.runtime.dynamo.documentClient, stack.tableName, stack.runtime.keyHash, phone);
    expect(report.referrals).toBe(1);
    expect(report.transcriptLines).toBeGreaterThan(10);

    const after = await allItems();
    // Only the hour-long retry-guard replies may still carry the number; the STOP stays, under a keyed hash.
    const left = mentions(after, phone).filter((i) => !String(i.pk).startsWith('IDEMPOTENCY#'));
    expect(left).toEqual([]);
    expect(await stack.runtime.optOuts.isOptedOut(phone)).toBe(true);
    expect(after.some((i) => String(i.pk).startsWith('REFERRAL#'))).toBe(false);
    expect(after.filter((i) => i.pk === stateKey(stack.runtime.keyHash, `sms/conversations/${phone}/`).pk)).toEqual([]);
    expect(after.filter((i) => i.pk === stateKey(stack.runtime.keyHash, `sms/conversations/${other}/`).pk)).toHaveLength(1);
    expect(await stack.runtime.transcripts.list({ channel: 'sms', key: other })).not.toEqual([]);
    expect(await stack.runtime.transcripts.list({ channel: 'sms', key: phone })).toEqual([]);
  });

  it('also deletes a conversation still saved under its old clear key (before keys were hashed)', async () => {
    const phone = '+16615550183';
    await sendSms(stack.baseUrl, { From: phone, Body: 'What is CCS?' });
    const { documentClient } = stack.runtime.dynamo;
    const current = stateKey(stack.runtime.keyHash, `sms/conversations/${phone}/`);
    const item = (await allItems()).find((i) => i.pk === current.pk)!;
    await documentClient.send(new PutCommand({ TableName: stack.tableName, Item: { ...item, pk: `STATE#sms/conversations/${phone}/` } }));
    await deletePhoneData(documentClient, stack.tableName, stack.runtime.keyHash, phone);
    expect((await allItems()).filter((i) => i.sk === 'STATE' && [current.pk, `STATE#sms/conversations/${phone}/`].includes(String(i.pk)))).toEqual([]);
  });
});
