import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Storage, StoreItems } from 'botbuilder-core';
import { batchGetConsistent } from './batchGet';
import type { KeyHasher } from './keyHash';
import { legacyStateKey, stateKey, type ItemKey } from './keys';
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

/** BatchGetItem takes at most 100 keys per request; each storage key asks for its item and its legacy one. */
const BATCH_GET_MAX = 50;

export interface DynamoStorageOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Days until an untouched state item expires (TTL). */
  ttlDays: number;
  /** Turns a storage key (which holds the phone, for SMS) into the item's key. */
  keyHash: KeyHasher;
}

/**
 * botbuilder `Storage` on DynamoDB with optimistic concurrency: every write of a known eTag is a
 * conditional put, so two texts from the same phone processed at once cannot silently overwrite
 * each other (the loser gets {@link StorageConflictError} and its turn is retried).
 * Argument rules follow botbuilder's MemoryStorage (and its StorageBaseTests): null keys or
 * changes are a ReferenceError, an empty list or object does nothing, `*` or no eTag writes
 * unconditionally, and the caller's objects are never changed (a stale copy stays stale).
 * Items are keyed by a keyed hash of the storage key and hold no copy of it.
 */
export class DynamoStorage implements Storage {
  constructor(private readonly options: DynamoStorageOptions) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const unique = [...new Set(keys.map(checkKey))];
    const items: StoreItems = {};
    for (let i = 0; i < unique.length; i += BATCH_GET_MAX) {
      const chunk = unique.slice(i, i + BATCH_GET_MAX);
      const rows = new Map(
        (
          await batchGetConsistent(
            this.options.client,
            this.options.tableName,
            chunk.flatMap((key) => [this.itemKey(key), legacyStateKey(key)]),
          )
        ).map((row) => [row.pk as string, row]),
      );
      for (const key of chunk) {
        const current = rows.get(this.itemKey(key).pk);
        const legacy = rows.get(legacyStateKey(key).pk);
        const row = current ?? (legacy && (await this.moveLegacy(key, legacy)));
        if (row) items[key] = { ...(row.document as object), eTag: row.eTag };
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
    const items = keys.map(checkKey).flatMap((key) => [this.itemKey(key), legacyStateKey(key)]);
    await Promise.all(items.map((Key) => client.send(new DeleteCommand({ TableName: tableName, Key }))));
  }

  private itemKey(storageKey: string): ItemKey {
    return stateKey(this.options.keyHash, storageKey);
  }

  /**
   * A conversation saved under its legacy key goes on under the hashed one, with the same document
   * and eTag (so the turn that read it writes it back as usual). Create-only: if another process
   * moved it first, its copy wins and this turn's stale eTag is a conflict, retried like any other.
   */
  private async moveLegacy(storageKey: string, legacy: Record<string, unknown>): Promise<Record<string, unknown>> {
    const { client, tableName } = this.options;
    const { pk: _pk, sk: _sk, storageKey: _clear, ...rest } = legacy;
    try {
      await client.send(
        new PutCommand({ TableName: tableName, Item: { ...rest, ...this.itemKey(storageKey) }, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    await client.send(new DeleteCommand({ TableName: tableName, Key: legacyStateKey(storageKey) }));
    return legacy;
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
            ...this.itemKey(key),
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
