import { randomBytes } from 'node:crypto';
import type { Attachment } from 'botbuilder-core';
import { BatchWriteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { transcriptLinesAfter, transcriptLineSort, transcriptPartition } from '../storage/keys';
import { expiresInDays } from '../storage/table';

/** Who said a line: the family or provider, the bot, or a staff member messaging them back. */
export type Speaker = 'user' | 'bot' | 'staff';

export interface TranscriptEntry {
  at: string;
  from: Speaker;
  /** What the person typed or was shown (SMS: the text as sent; web: text, card lines and choices). */
  text: string;
  /** For staff lines: who sent it. */
  staffId?: string;
  /** Sent outside a turn (a status update, a reminder): an open web chat polls for these to show them. */
  proactive?: boolean;
  /** Web lines with cards: the activity's own text and cards, so a reopened chat shows them with their buttons. */
  web?: { text?: string; attachments: Attachment[] };
}

/** A conversation as staff and the family know it: the channel and the phone number or web conversation id. */
export interface ConversationKey {
  channel: 'sms' | 'web';
  key: string;
}

/**
 * Conversation transcripts, so staff see what led to a referral and a reopened web chat can
 * show its history. One item per line under a hashed partition (a phone number is never a key),
 * expiring with the conversation state (STATE_TTL_DAYS).
 */
export class TranscriptStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly ttlDays: number,
  ) {}

  /**
   * Appends lines in order (one BatchWrite of up to 25 lines per call to DynamoDB). Sort keys are
   * `<at>#<append id>#<index>`: two appends in the same millisecond (two turns of one
   * conversation, a staff line beside a turn) get different keys, so neither overwrites the other.
   */
  async append(conversation: ConversationKey, entries: TranscriptEntry[]): Promise<void> {
    const pk = transcriptPartition(conversation);
    const expiresAt = expiresInDays(this.ttlDays);
    const appendId = randomBytes(6).toString('hex');
    const items = entries.map((entry, i) => ({ pk, sk: transcriptLineSort(entry.at, appendId, i), ...entry, expiresAt }));
    for (let i = 0; i < items.length; i += 25) {
      const chunk = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
      await this.client.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: chunk } }));
    }
  }

  /** The most recent `limit` lines, oldest first; with `after` (an `at`), only lines written after that instant. */
  async list(conversation: ConversationKey, limit = 200, after?: string): Promise<TranscriptEntry[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        // Sort keys are `<at>#<append id>#<index>`; "~" sorts after every hex digit, so lines at `after` itself are excluded.
        KeyConditionExpression: after ? 'pk = :pk AND sk > :after' : 'pk = :pk',
        ExpressionAttributeValues: { ':pk': transcriptPartition(conversation), ...(after ? { ':after': transcriptLinesAfter(after) } : {}) },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.reverse().map(({ at, from, text, staffId, proactive, web }) => ({
      at,
      from,
      text,
      ...(staffId ? { staffId } : {}),
      ...(proactive ? { proactive } : {}),
      ...(web ? { web } : {}),
    }));
  }
}
