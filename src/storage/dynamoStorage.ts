import { randomUUID } from 'node:crypto';
import { BatchGetCommand, DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Storage, StoreItems } from 'botbuilder';
import { z } from 'zod';
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

const keysSchema = z.array(z.string().min(1));
const itemsSchema = z.record(z.string().min(1), z.record(z.string(), z.unknown()));

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
 * Rules follow botbuilder's MemoryStorage: `*` or no eTag writes unconditionally.
 */
export class DynamoStorage implements Storage {
  constructor(private readonly options: DynamoStorageOptions) {}

  async read(keys: string[]): Promise<StoreItems> {
    keysSchema.parse(keys);
    if (keys.length === 0) return {};
    const { client, tableName } = this.options;
    const result = await client.send(
      new BatchGetCommand({
        RequestItems: { [tableName]: { Keys: keys.map(itemKey), ConsistentRead: true } },
      }),
    );
    const items: StoreItems = {};
    for (const row of result.Responses?.[tableName] ?? []) {
      items[row.storageKey as string] = { ...(row.document as object), eTag: row.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    itemsSchema.parse(changes);
    await Promise.all(Object.entries(changes).map(([key, value]) => this.writeOne(key, value)));
  }

  async delete(keys: string[]): Promise<void> {
    keysSchema.parse(keys);
    const { client, tableName } = this.options;
    await Promise.all(keys.map((key) => client.send(new DeleteCommand({ TableName: tableName, Key: itemKey(key) }))));
  }

  private async writeOne(key: string, value: Record<string, unknown>): Promise<void> {
    const { eTag, ...rest } = value as { eTag?: string };
    // Round-trip through JSON like MemoryStorage does: class instances and undefined disappear here, not in DynamoDB.
    const document = JSON.parse(JSON.stringify(rest));
    const condition =
      eTag === CREATE_ONLY_ETAG
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : eTag && eTag !== '*'
          ? { ConditionExpression: 'eTag = :etag', ExpressionAttributeValues: { ':etag': eTag } }
          : {};
    const newETag = randomUUID();
    try {
      await this.options.client.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: {
            ...itemKey(key),
            storageKey: key,
            document,
            eTag: newETag,
            expiresAt: expiresInDays(this.options.ttlDays),
          },
          ...condition,
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new StorageConflictError(key, { cause: error });
      throw error;
    }
    // Hand the new version back to the caller's object so a second save in the same turn is not stale.
    (value as { eTag?: string }).eTag = newETag;
  }
}

function itemKey(storageKey: string): { pk: string; sk: string } {
  return { pk: `STATE#${storageKey}`, sk: 'STATE' };
}
