import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** At most `max` uses per fixed window of `windowSeconds`, counted per subject (a phone, a conversation, a code). */
export interface RateLimit {
  name: string;
  max: number;
  windowSeconds: number;
}

/** Status lookups: 10 an hour per phone or web conversation. */
export const LOOKUPS_PER_CONTACT: RateLimit = { name: 'status', max: 10, windowSeconds: 3600 };
/**
 * Code + date-of-birth tries against one code, whoever makes them: a code seen on a fax cover
 * sheet cannot be paired with every date of birth by opening new chats.
 */
export const LOOKUPS_PER_CODE: RateLimit = { name: 'code', max: 10, windowSeconds: 86400 };

export interface RateLimiter {
  /**
   * Counts one use by `subject` for the inbound activity `useId`, and says whether it is within
   * the limit. The same `useId` counts once (a turn re-run after an eTag conflict is not a second use).
   */
  take(limit: RateLimit, subject: string, useId: string, now: Date): Promise<boolean>;
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}

function windowOf(limit: RateLimit, now: Date): number {
  return Math.floor(now.getTime() / 1000 / limit.windowSeconds);
}

/**
 * Counters as DynamoDB items `RATE#<limit>#<hash of subject>#<window>` (a phone number is never a
 * key), holding the set of uses in the window: one conditional UpdateItem adds this use unless
 * the set is full, and TTL removes the item after its window.
 */
export class DynamoRateLimiter implements RateLimiter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async take(limit: RateLimit, subject: string, useId: string, now: Date): Promise<boolean> {
    const window = windowOf(limit, now);
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: `RATE#${limit.name}#${hash(subject)}#${window}`, sk: 'RATE' },
          UpdateExpression: 'ADD uses :use SET expiresAt = if_not_exists(expiresAt, :expires)',
          ConditionExpression: 'attribute_not_exists(uses) OR size(uses) < :max OR contains(uses, :id)',
          ExpressionAttributeValues: {
            ':use': new Set([hash(useId)]),
            ':id': hash(useId),
            ':max': limit.max,
            ':expires': (window + 1) * limit.windowSeconds + 3600,
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}

/** The same rule in memory, for dialog tests. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly uses = new Map<string, Set<string>>();

  async take(limit: RateLimit, subject: string, useId: string, now: Date): Promise<boolean> {
    const key = `${limit.name}#${subject}#${windowOf(limit, now)}`;
    const set = this.uses.get(key) ?? new Set<string>();
    this.uses.set(key, set);
    if (set.has(useId)) return true;
    if (set.size >= limit.max) return false;
    set.add(useId);
    return true;
  }
}
