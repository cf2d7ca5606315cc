import { randomUUID } from 'node:crypto';
import { MemoryStorage } from 'botbuilder';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoClients } from '../../src/storage/dynamoClient';
import { CREATE_ONLY_ETAG, DynamoStorage, StorageConflictError } from '../../src/storage/dynamoStorage';
import { KeyHasher } from '../../src/storage/keyHash';
import { ensureTable } from '../../src/local/dynamoLocal';
import { describeStorage } from '../helpers/storageBaseTests';
import { recordDynamoCalls, returnUnprocessedKeys } from '../helpers/faults';
import { stateKey } from '../../src/storage/keys';

const endpoint = () => process.env.DYNAMODB_ENDPOINT as string;
const clients = () => createDynamoClients({ AWS_REGION: 'us-west-2', DYNAMODB_ENDPOINT: endpoint() });
const keyHash = new KeyHasher(() => 'storage-test-key-hash-secret');

describeStorage('MemoryStorage (botbuilder, the reference)', async () => new MemoryStorage());
const sharedTable = `storage-${randomUUID()}`;
let sharedTableReady: Promise<void> | undefined;
describeStorage('DynamoStorage on DynamoDB Local', async () => {
  await (sharedTableReady ??= ensureTable(endpoint(), sharedTable));
  return new DynamoStorage({ client: clients().documentClient, tableName: sharedTable, ttlDays: 30, keyHash });
});

describe('Class: DynamoStorage', () => {
  const tableName = `storage-extra-${randomUUID()}`;
  const { client, documentClient } = clients();
  let storage: DynamoStorage;
  beforeAll(async () => {
    await ensureTable(endpoint(), tableName);
    storage = new DynamoStorage({ client: documentClient, tableName, ttlDays: 30, keyHash });
  });

  it('lets only one of two first writes of a new conversation win (create-only eTag)', async () => {
    const key = `new-${randomUUID()}`;
    const results = await Promise.allSettled([
      storage.write({ [key]: { from: 'first', eTag: CREATE_ONLY_ETAG } }),
      storage.write({ [key]: { from: 'second', eTag: CREATE_ONLY_ETAG } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(StorageConflictError);
  });

  it('sets a TTL on state items 30 days out', async () => {
    await storage.write({ ttl: { v: 1 } });
    const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: stateKey(keyHash, 'ttl') }));
    const days = (Item!.expiresAt - Date.now() / 1000) / 86400;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
  });

  const phone = '+15555550177';
  const smsKey = `sms/conversations/${phone}/`;
  const item = (key: string) =>
    documentClient.send(
      new GetCommand({ TableName: tableName, Key: key.startsWith('STATE#') ? { pk: key, sk: 'STATE' } : stateKey(keyHash, key), ConsistentRead: true }),
    );

  it('keys a conversation by a keyed hash of its storage key and keeps no copy of the phone in the item', async () => {
    await storage.write({ [smsKey]: { step: 'childName' } });
    const { Item } = await item(smsKey);
    expect(Item?.pk).toMatch(/^STATE#[0-9a-f]{32}$/);
    expect(JSON.stringify(Item)).not.toContain(phone);
    expect((await storage.read([smsKey]))[smsKey]).toMatchObject({ step: 'childName' });
    // Another key (the same hash under another secret) finds nothing.
    const otherSecret = new DynamoStorage({ client: documentClient, tableName, ttlDays: 30, keyHash: new KeyHasher(() => 'another-secret') });
    expect(await otherSecret.read([smsKey])).toEqual({});
  });

  it('goes on with a conversation saved under its old clear key, moving it to the hashed key', async () => {
    const key = `sms/conversations/+1555555${String(Date.now()).slice(-4)}/`;
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: { pk: `STATE#${key}`, sk: 'STATE', storageKey: key, document: { step: 'dob' }, eTag: 'old-etag', expiresAt: 1 },
      }),
    );
    const read = await storage.read([key]);
    expect(read[key]).toEqual({ step: 'dob', eTag: 'old-etag' });
    expect((await item(`STATE#${key}`)).Item).toBeUndefined();
    expect((await item(key)).Item).toMatchObject({ document: { step: 'dob' }, eTag: 'old-etag' });
    expect((await item(key)).Item).not.toHaveProperty('storageKey');
    // The turn that read it saves as usual (its eTag is the moved item's).
    await storage.write({ [key]: { ...read[key], step: 'condition' } });
    expect((await storage.read([key]))[key]).toMatchObject({ step: 'condition' });
  });

  it('deletes a conversation under both its hashed and its old clear key', async () => {
    const key = `sms/conversations/+1555555${String(Date.now() + 1).slice(-4)}/`;
    await storage.write({ [key]: { v: 1 } });
    await documentClient.send(new PutCommand({ TableName: tableName, Item: { pk: `STATE#${key}`, sk: 'STATE', document: { v: 0 }, eTag: 'e' } }));
    await storage.delete([key]);
    expect((await item(key)).Item).toBeUndefined();
    expect((await item(`STATE#${key}`)).Item).toBeUndefined();
  });

  it('rejects malformed arguments before calling DynamoDB', async () => {
    await expect(storage.read([42 as never])).rejects.toThrow(TypeError);
    await expect(storage.write({ k: 'not an object' as never })).rejects.toThrow(TypeError);
  });

  it('reads every item when DynamoDB leaves keys unprocessed (throttling), asking again for them', async () => {
    const keys = ['u1', 'u2', 'u3', 'u4'].map((key) => `${key}-${randomUUID()}`);
    await storage.write(Object.fromEntries(keys.map((key, i) => [key, { i }])));
    const recorder = recordDynamoCalls(client, { capacity: false });
    const fault = returnUnprocessedKeys(client, { rounds: 2 });
    try {
      const items = await storage.read(keys);
      expect(keys.map((key) => items[key]?.i)).toEqual([0, 1, 2, 3]);
      expect(fault.injected).toBe(2);
      // One first request and two more for what was left: 4 keys, 1 read per throttled round, then the rest.
      expect(recorder.calls.filter((c) => c.command === 'BatchGetItemCommand')).toHaveLength(3);
    } finally {
      fault.remove();
      recorder.remove();
    }
  });

  it('fails the read, never returns a partial result, when keys stay unprocessed', async () => {
    const keys = [`p1-${randomUUID()}`, `p2-${randomUUID()}`];
    await storage.write({ [keys[0]]: { v: 1 }, [keys[1]]: { v: 2 } });
    const fault = returnUnprocessedKeys(client, { rounds: 100 });
    try {
      await expect(storage.read(keys)).rejects.toThrow(/unprocessed/);
    } finally {
      fault.remove();
    }
  });

  it('reads more keys than one BatchGetItem takes (100), and the same key twice', async () => {
    const keys = Array.from({ length: 130 }, (_, i) => `many-${i}-${randomUUID()}`);
    await storage.write(Object.fromEntries(keys.map((key, i) => [key, { i }])));
    const items = await storage.read([...keys, keys[0]]);
    expect(Object.keys(items)).toHaveLength(130);
    expect(items[keys[129]].i).toBe(129);
  });
});
