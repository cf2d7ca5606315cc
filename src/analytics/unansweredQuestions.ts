import { randomBytes } from 'node:crypto';
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expiresInDays } from '../storage/table';
import type { Lang } from '../i18n';
import { unansweredKey, unansweredPartition } from '../storage/keys';

export interface UnansweredQuestion {
  at: string;
  /** The question's words that are also words of the FAQ's own questions (no names, no conditions); "…" for the rest. */
  text: string;
  lang: Lang;
  channel: 'sms' | 'web';
}

/** What the bot needs: note a question it could not answer. */
export type UnansweredRecorder = (question: Omit<UnansweredQuestion, 'at'>) => Promise<void>;

/**
 * Questions the knowledge base could not answer, by month, so staff can see what content is
 * missing (issue 3). One item per question: `UNANSWERED#<yyyy-mm>` / `<iso time>#<random>`.
 * The scrubbing rule reads the FAQ's questions, so it is imported when a question is kept or
 * listed: the functions that build this store and never do either start without the FAQ.
 */
export class UnansweredQuestions {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(question: Omit<UnansweredQuestion, 'at'>, now = new Date()): Promise<void> {
    const at = now.toISOString();
    const { scrubQuestion } = await import('./scrubQuestion');
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...unansweredKey(at, randomBytes(4).toString('hex')),
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
        ExpressionAttributeValues: { ':pk': unansweredPartition(month) },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    const { scrubQuestion } = await import('./scrubQuestion');
    // Scrubbed again on the way out: records kept before this rule held free text.
    return Items.map(({ at, text, lang, channel }) => ({ at, text: scrubQuestion(text), lang, channel }));
  }
}
