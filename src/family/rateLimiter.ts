import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { rateKey, rateUse } from '../storage/keys';

/** At most `max` uses per fixed window of `windowSeconds`, counted per subject (a phone, a conversation, a code). */
export interface RateLimit {
  name: string;
  max: number;
  windowSeconds: number;
}

/** Status lookups: 10 an hour per phone or web conversation. */
export const LOOKUPS_PER_CONTACT: RateLimit = { name: 'status', max: 10, windowSeconds: 3600 };
/**
 * Wrong date-of-birth tries against one code, whoever makes them: a code seen on a fax cover
 * sheet cannot be paired with every date of birth by opening new chats. Only wrong tries count,
 * so providers who know the date never use this up.
 */
export const FAILED_TRIES_PER_CODE: RateLimit = { name: 'code-failed', max: 10, windowSeconds: 86400 };
/** Wrong tries against one code from one phone or chat: one requester cannot spend the code's whole day. */
export const FAILED_TRIES_PER_REQUESTER: RateLimit = { name: 'code-requester-failed', max: 3, windowSeconds: 86400 };

export interface RateLimiter {
  /**
   * Counts one use by `subject` for the inbound activity `useId`, and says whether it is within
   * the limit. The same `useId` counts once (a turn re-run after an eTag conflict is not a second use).
   * With `count: false` it only says whether the subject is still within the limit, through the
   * same single call (so a use that is not counted cannot be told apart by its timing).
   */
  take(limit: RateLimit, subject: string, useId: string, now: Date, options?: { count?: boolean }): Promise<boolean>;
}

/** The fixed window `now` falls in, counted from the epoch (shared with the tests' in-memory limiter). */
export function windowOf(limit: RateLimit, now: Date): number {
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

  async take(limit: RateLimit, subject: string, useId: string, now: Date, { count = true }: { count?: boolean } = {}): Promise<boolean> {
    const window = windowOf(limit, now);
    // Not counting: the same conditional update without the ADD ("peek" is no use id).
    const use = count ? rateUse(useId) : 'peek';
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: rateKey(limit.name, subject, window),
          UpdateExpression: count ? 'ADD uses :use SET expiresAt = if_not_exists(expiresAt, :expires)' : 'SET expiresAt = if_not_exists(expiresAt, :expires)',
          ConditionExpression: 'attribute_not_exists(uses) OR size(uses) < :max OR contains(uses, :id)',
          ExpressionAttributeValues: {
            ...(count ? { ':use': new Set([use]) } : {}),
            ':id': use,
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
