import { DeleteCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { sendSms, sendTexts } from '../helpers/twilio';
import { migratePhoneKeys } from '../../src/privacy/migratePhoneKeys';
import { legacyOptOutKey, legacyStateKey, stateKey } from '../../src/storage/keys';

const INTAKE = ['I want to refer my son to CCS', '1', 'Ana Ruiz', 'Leo Ruiz', '3/25/2015', 'Bakersfield', 'heart murmur', '1', '2', '1', '1', '1', '1', '1'];

/** Every name a DynamoDB item uses for its attributes, nested maps included. */
function attributeNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(attributeNames);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, inner]) => [name, ...attributeNames(inner)]);
}

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'];

describe('Phone numbers in table keys (DynamoDB Local)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  const allItems = async () =>
    (await stack.runtime.dynamo.documentClient.send(new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }))).Items ?? [];
  /** The number as it is written, and its digits alone. */
  const spellings = (phone: string) => [phone, phone.slice(1), phone.slice(2)];

  it('no item key or attribute name holds the phone after a full texted intake and a STOP', async () => {
    const phone = '+16615550191';
    const replies = await sendTexts(stack.baseUrl, phone, [...INTAKE, 'STOP']);
    expect(replies.join('\n')).toMatch(/CCS-[A-Z0-9]{6}/);
    const items = await allItems();
    expect(items.some((i) => String(i.pk).startsWith('REFERRAL#') && i.phone === phone)).toBe(true);
    expect(await stack.runtime.optOuts.isOptedOut(phone)).toBe(true);
    for (const item of items) {
      const keys = KEY_ATTRIBUTES.map((name) => item[name]).filter((v): v is string => typeof v === 'string');
      for (const clear of spellings(phone)) {
        expect({ pk: item.pk, keys: keys.filter((k) => k.includes(clear)) }).toEqual({ pk: item.pk, keys: [] });
        expect({ pk: item.pk, names: attributeNames(item).filter((n) => n.includes(clear)) }).toEqual({ pk: item.pk, names: [] });
      }
    }
    // The state and opt-out records hold no copy of the number in their values either.
    const own = items.filter((i) => i.pk === stateKey(stack.runtime.keyHash, `sms/conversations/${phone}/`).pk || i.pk === stack.runtime.optOuts.key(phone).pk);
    expect(own.map((i) => i.sk).sort()).toEqual(['OPTOUT', 'STATE']);
    expect(own.filter((i) => i.sk === 'OPTOUT' && JSON.stringify(i).includes(phone))).toEqual([]);
  });

  it('a STOP recorded under the number in clear (before this change) is honoured, survives the migration and START clears it', async () => {
    const phone = '+16615550192';
    const { documentClient } = stack.runtime.dynamo;
    await documentClient.send(new PutCommand({ TableName: stack.tableName, Item: { ...legacyOptOutKey(phone), optedOutAt: '2026-11-02T17:00:00.000Z' } }));

    expect(await stack.runtime.optOuts.isOptedOut(phone)).toBe(true);
    expect(await stack.runtime.smsSender.send(phone, 'Your referral was received')).toEqual({ skipped: 'optedOut' });
    expect((await sendSms(stack.baseUrl, { From: phone, Body: 'hello' })).messages).toEqual([]);

    expect((await migratePhoneKeys(documentClient, stack.tableName, stack.runtime.keyHash)).optOuts).toBeGreaterThanOrEqual(1);
    const items = await allItems();
    expect(items.filter((i) => String(i.pk).startsWith('OPTOUT#+'))).toEqual([]);
    expect(items.find((i) => i.pk === stack.runtime.optOuts.key(phone).pk)).toMatchObject({ optedOutAt: '2026-11-02T17:00:00.000Z' });
    expect(await stack.runtime.optOuts.isOptedOut(phone)).toBe(true);
    expect((await sendSms(stack.baseUrl, { From: phone, Body: 'hello' })).messages).toEqual([]);
    // Running it again moves nothing.
    expect((await migratePhoneKeys(documentClient, stack.tableName, stack.runtime.keyHash)).optOuts).toBe(0);

    expect((await sendSms(stack.baseUrl, { From: phone, Body: 'START' })).messages[0]).toMatch(/subscribed/i);
    expect(await stack.runtime.optOuts.isOptedOut(phone)).toBe(false);
  });

  it('START after an old-key STOP clears it without the migration, and a new STOP is kept under the hashed key only', async () => {
    const phone = '+16615550193';
    const { documentClient } = stack.runtime.dynamo;
    await documentClient.send(new PutCommand({ TableName: stack.tableName, Item: { ...legacyOptOutKey(phone), optedOutAt: '2026-11-02T17:00:00.000Z' } }));
    await sendSms(stack.baseUrl, { From: phone, Body: 'START' });
    expect(await stack.runtime.optOuts.isOptedOut(phone)).toBe(false);
    const optOutItems = async () => (await allItems()).filter((i) => [`OPTOUT#${phone}`, stack.runtime.optOuts.key(phone).pk].includes(String(i.pk)));
    expect(await optOutItems()).toEqual([]);
    await sendSms(stack.baseUrl, { From: phone, Body: 'STOP' });
    expect((await optOutItems()).map((i) => i.pk)).toEqual([stack.runtime.optOuts.key(phone).pk]);
    expect(await stack.runtime.optOuts.isOptedOut(phone)).toBe(true);
  });

  it('a texted intake saved under the old clear key goes on where it was', async () => {
    const phone = '+16615550194';
    const storageKey = `sms/conversations/${phone}/`;
    await sendTexts(stack.baseUrl, phone, INTAKE.slice(0, 3));
    // Put the conversation back where the previous version kept it (with its clear storageKey attribute).
    const { documentClient } = stack.runtime.dynamo;
    const current = (await allItems()).find((i) => i.pk === stateKey(stack.runtime.keyHash, storageKey).pk)!;
    await documentClient.send(new PutCommand({ TableName: stack.tableName, Item: { ...current, ...legacyStateKey(storageKey), storageKey } }));
    await documentClient.send(new DeleteCommand({ TableName: stack.tableName, Key: stateKey(stack.runtime.keyHash, storageKey) }));

    const [next] = await sendTexts(stack.baseUrl, phone, [INTAKE[3]]);
    // The child's name was the open question: the intake moves on to the date of birth, not back to the menu.
    expect(next).toMatch(/birth|DOB/i);
    const items = await allItems();
    expect(items.filter((i) => i.pk === legacyStateKey(storageKey).pk)).toEqual([]);
    expect(items.filter((i) => i.pk === stateKey(stack.runtime.keyHash, storageKey).pk)).toHaveLength(1);
  });
});
