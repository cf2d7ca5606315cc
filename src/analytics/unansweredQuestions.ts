import { randomBytes } from 'node:crypto';
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expiresInDays } from '../storage/table';
import { redact } from '../observability/logger';
import type { Lang } from '../i18n';

export interface UnansweredQuestion {
  at: string;
  /** The question with numbers, dates, emails and SSNs masked, at most 200 characters. */
  text: string;
  lang: Lang;
  channel: 'sms' | 'web';
}

/** What the bot needs: note a question it could not answer. */
export type UnansweredRecorder = (question: Omit<UnansweredQuestion, 'at'>) => Promise<void>;

/**
 * Masks what could identify a family before a question is kept: SSNs, phone numbers, dates and
 * emails (redact), then any remaining digits. Names cannot be found reliably in free text, so
 * only the question's first 200 characters are kept, for a year.
 */
export function scrubQuestion(text: string): string {
  return redact(text).replace(/\d/g, '#').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/**
 * Questions the knowledge base could not answer, by month, so staff can see what content is
 * missing (issue 3). One item per question: `UNANSWERED#<yyyy-mm>` / `<iso time>#<random>`.
 */
export class UnansweredQuestions {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(question: Omit<UnansweredQuestion, 'at'>, now = new Date()): Promise<void> {
    const at = now.toISOString();
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: `UNANSWERED#${at.slice(0, 7)}`,
          sk: `${at}#${randomBytes(4).toString('hex')}`,
          at,
          text: scrubQuestion(question.text),
          lang: question.lang,
          channel: question.channel,
          expiresAt: expiresInDays(365, now),
        },
      }),
    );
  }

  /** A month's unanswered questions (`yyyy-mm`), newest first. */
  async list(month: string, limit = 200): Promise<UnansweredQuestion[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `UNANSWERED#${month}` },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map(({ at, text, lang, channel }) => ({ at, text, lang, channel }));
  }
}
