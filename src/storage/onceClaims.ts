import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { onceClaimKey } from './keys';

/** A claim as stored: when it was taken and, once settled, how it ended. */
export interface ClaimRecord<Outcome extends string = string> {
  claimedAt: string;
  outcome?: Outcome;
  settledAt?: string;
}

/**
 * "Do this once": an item per claim (src/storage/keys.ts: `FAMILYNOTIFY#<id>#<statusChangedAt>`,
 * `NUDGE#<id>`, `DAILYSUMMARY#<date>`) written with a conditional put before the side effect, so
 * a redelivered stream record or a second scheduled run finds it and does nothing; settled with
 * how it ended, or released after a failure that certainly did nothing. The one claim mechanism
 * for side effects outside a turn. Two other "run once" guards are different on purpose:
 *
 * - The Twilio retry guard (src/storage/retryGuard.ts, Powertools idempotency) guards a whole
 *   webhook call and stores its answer, replaying it to a resend; its in-progress claim expires
 *   with the Lambda's deadline, so a crashed turn can run again. A claim here never replays
 *   anything and never expires early (a text that may have gone out must not go again).
 * - Staff notification claims live on the referral item (ReferralStore.claimNotification): the
 *   claim, its attempts and the `notified` audit line are one conditional update of the item
 *   staff read, and the notify function's role may write only REFERRAL# items. Kept beside the
 *   referral, not in it, are the family's claims: the referral item belongs to the store.
 */
export class OnceClaims<Outcome extends string = string> {
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
  async read(key: string): Promise<ClaimRecord<Outcome> | undefined> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: onceClaimKey(key), ConsistentRead: true }));
    return Item && { claimedAt: Item.claimedAt, outcome: Item.outcome, settledAt: Item.settledAt };
  }

  /** Records the outcome (for an operator reading the table, and for {@link read}). */
  async settle(key: string, outcome: Outcome, at: Date): Promise<void> {
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
