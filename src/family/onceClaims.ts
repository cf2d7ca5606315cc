import type { MessageDelivery } from '../referrals/model';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { onceClaimKey } from '../storage/keys';

/**
 * How a claimed message ended: the delivery outcomes of src/family/familyDelivery.ts, or
 * `after_staff_message` (a status text not sent because staff had just written to the family).
 */
export type ClaimOutcome = MessageDelivery | 'after_staff_message';

/** A claim as stored: when it was taken and, once settled, how it ended. */
export interface ClaimRecord {
  claimedAt: string;
  outcome?: ClaimOutcome;
  settledAt?: string;
}

/**
 * "Do this once": an item per key (e.g. `FAMILYNOTIFY#<id>#<statusChangedAt>`, `NUDGE#<id>`)
 * written with a conditional put before the side effect, so a redelivered stream record or a
 * second scheduled run finds it and does nothing. Kept beside the referral, not in it: the
 * referral item belongs to the store (src/referrals/store.ts).
 */
export class OnceClaims {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** True for the first caller only. */
  async claim(key: string, at: Date, expiresAt: number): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...onceClaimKey(key), claimedAt: at.toISOString(), expiresAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** The claim under `key`, if anyone took it. */
  async read(key: string): Promise<ClaimRecord | undefined> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: onceClaimKey(key), ConsistentRead: true }));
    return Item && { claimedAt: Item.claimedAt, outcome: Item.outcome, settledAt: Item.settledAt };
  }

  /** Records the outcome (for an operator reading the table, and for {@link read}). */
  async settle(key: string, outcome: ClaimOutcome, at: Date): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: onceClaimKey(key),
        UpdateExpression: 'SET outcome = :outcome, settledAt = :at',
        ExpressionAttributeValues: { ':outcome': outcome, ':at': at.toISOString() },
      }),
    );
  }

  /** Gives the claim back after a failure that certainly did nothing, so a retry may claim it again. */
  async release(key: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: onceClaimKey(key) }));
  }
}
