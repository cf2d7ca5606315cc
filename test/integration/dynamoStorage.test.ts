import { randomUUID } from 'node:crypto';
import { MemoryStorage, type Storage } from 'botbuilder';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoClients } from '../../src/storage/dynamoClient';
import { CREATE_ONLY_ETAG, DynamoStorage, StorageConflictError } from '../../src/storage/dynamoStorage';
import { ensureTable } from '../../src/local/dynamoLocal';

const endpoint = () => process.env.DYNAMODB_ENDPOINT as string;
const clients = () => createDynamoClients({ AWS_REGION: 'us-west-2', DYNAMODB_ENDPOINT: endpoint() });

/** The Storage contract both implementations must honour (botbuilder's StorageBaseTests, in spirit). */
function storageContract(name: string, make: () => Promise<Storage>) {
  describe(`Storage contract: ${name}`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await make();
    });

    it('reads back what it wrote, with an eTag, and nothing for unknown keys', async () => {
      await storage.write({ a: { count: 1, nested: { list: [1, 2] } } });
      const items = await storage.read(['a', 'missing']);
      expect(items.a).toMatchObject({ count: 1, nested: { list: [1, 2] } });
      expect(typeof items.a.eTag).toBe('string');
      expect(items.missing).toBeUndefined();
    });

    it('refuses a write with a stale eTag and accepts the current one', async () => {
      await storage.write({ b: { v: 1 } });
      const first = await storage.read(['b']);
      await storage.write({ b: { ...first.b, v: 2 } });
      await expect(storage.write({ b: { ...first.b, v: 3 } })).rejects.toThrow(/eTag conflict/);
      const current = await storage.read(['b']);
      expect(current.b.v).toBe(2);
      await storage.write({ b: { ...current.b, v: 4 } });
      expect((await storage.read(['b'])).b.v).toBe(4);
    });

    it('writes unconditionally with the * eTag', async () => {
      await storage.write({ c: { v: 1 } });
      await storage.write({ c: { v: 2, eTag: '*' } });
      expect((await storage.read(['c'])).c.v).toBe(2);
    });

    it('deletes', async () => {
      await storage.write({ d: { v: 1 } });
      await storage.delete(['d']);
      expect((await storage.read(['d'])).d).toBeUndefined();
    });
  });
}

storageContract('MemoryStorage (reference)', async () => new MemoryStorage());
storageContract('DynamoStorage on DynamoDB Local', async () => {
  const tableName = `storage-${randomUUID()}`;
  await ensureTable(endpoint(), tableName);
  return new DynamoStorage({ client: clients().documentClient, tableName, ttlDays: 30 });
});

describe('Class: DynamoStorage', () => {
  const tableName = `storage-extra-${randomUUID()}`;
  const { documentClient } = clients();
  let storage: DynamoStorage;
  beforeAll(async () => {
    await ensureTable(endpoint(), tableName);
    storage = new DynamoStorage({ client: documentClient, tableName, ttlDays: 30 });
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
    const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: { pk: 'STATE#ttl', sk: 'STATE' } }));
    const days = (Item!.expiresAt - Date.now() / 1000) / 86400;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
  });

  it('rejects malformed arguments before calling DynamoDB', async () => {
    await expect(storage.read([''])).rejects.toThrow();
    await expect(storage.write({ k: 'not an object' as never })).rejects.toThrow();
  });
});
