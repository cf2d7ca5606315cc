import { randomUUID } from 'node:crypto';
import { BatchGetCommand, DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Storage, StoreItems } from 'botbuilder';
import { backoff } from './backoff';
import { expiresInDays } from './table';

/**
 * eTag meaning "write only if no item exists yet". botbuilder's own contract has no such value
 * (a missing eTag is an unconditional write), so first writes of a new conversation would race;
 * {@link VersionedConversationState} passes this instead.
 */
export const CREATE_ONLY_ETAG = '__create-only__';

export class StorageConflictError extends Error {
  constructor(key: string, options?: ErrorOptions) {
    // The message matches botbuilder's MemoryStorage so callers that match on it keep working.
    super(`Storage: error writing "${key}" due to eTag conflict.`, options);
    this.name = 'StorageConflictError';
  }
}

/** BatchGetItem takes at most 100 keys per request. */
const BATCH_GET_MAX = 100;
/** Rounds of re-asking for keys DynamoDB left unprocessed (throttling) before the read fails. */
const UNPROCESSED_ROUNDS = 8;

export interface DynamoStorageOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Days until an untouched state item expires (TTL). */
  ttlDays: number;
}

/**
 * botbuilder `Storage` on DynamoDB with optimistic concurrency: every write of a known eTag is a
 * conditional put, so two texts from the same phone processed at once cannot silently overwrite
 * each other (the loser gets {@link StorageConflictError} and its turn is retried).
 * Argument rules follow botbuilder's MemoryStorage (and its StorageBaseTests): null keys or
 * changes are a ReferenceError, an empty list or object does nothing, `*` or no eTag writes
 * unconditionally, and the caller's objects are never changed (a stale copy stays stale).
 */
export class DynamoStorage implements Storage {
  constructor(private readonly options: DynamoStorageOptions) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const unique = [...new Set(keys.map(checkKey))];
    const items: StoreItems = {};
    for (let i = 0; i < unique.length; i += BATCH_GET_MAX) {
      for (const row of await this.batchGet(unique.slice(i, i + BATCH_GET_MAX))) {
        items[row.storageKey as string] = { ...(row.document as object), eTag: row.eTag };
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    await Promise.all(Object.entries(changes).map(([key, value]) => this.writeOne(checkKey(key), value)));
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    const { client, tableName } = this.options;
    await Promise.all(keys.map((key) => client.send(new DeleteCommand({ TableName: tableName, Key: itemKey(checkKey(key)) }))));
  }

  /**
   * One BatchGetItem, re-asking for the keys DynamoDB returns as UnprocessedKeys (it does so
   * under throttling, without an error) with jittered backoff; still unprocessed after that, the
   * read fails rather than pretend those items do not exist.
   */
  private async batchGet(keys: string[]): Promise<Record<string, unknown>[]> {
    const { client, tableName } = this.options;
    const rows: Record<string, unknown>[] = [];
    let pending: Record<string, unknown>[] = keys.map(itemKey);
    for (let round = 1; pending.length > 0; round++) {
      if (round > UNPROCESSED_ROUNDS) throw new Error(`Storage: ${pending.length} key(s) still unprocessed after ${UNPROCESSED_ROUNDS} BatchGetItem rounds.`);
      if (round > 1) await backoff(round - 1, { baseMs: 25, capMs: 1000 });
      const result = await client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }));
      rows.push(...(result.Responses?.[tableName] ?? []));
      pending = result.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
    return rows;
  }

  private async writeOne(key: string, value: Record<string, unknown>): Promise<void> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`Storage: the item for "${key}" must be an object.`);
    const { eTag, ...rest } = value as { eTag?: string };
    // Round-trip through JSON like MemoryStorage does: class instances and undefined disappear here, not in DynamoDB.
    const document = JSON.parse(JSON.stringify(rest));
    const condition =
      eTag === CREATE_ONLY_ETAG
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : eTag && eTag !== '*'
          ? { ConditionExpression: 'eTag = :etag', ExpressionAttributeValues: { ':etag': eTag } }
          : {};
    try {
      await this.options.client.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: {
            ...itemKey(key),
            storageKey: key,
            document,
            eTag: randomUUID(),
            expiresAt: expiresInDays(this.options.ttlDays),
          },
          ...condition,
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new StorageConflictError(key, { cause: error });
      throw error;
    }
  }
}

function checkKey(key: unknown): string {
  if (typeof key !== 'string') throw new TypeError('Storage: keys must be strings.');
  return key;
}

function itemKey(storageKey: string): { pk: string; sk: string } {
  return { pk: `STATE#${storageKey}`, sk: 'STATE' };
}
