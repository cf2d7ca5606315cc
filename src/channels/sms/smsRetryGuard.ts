import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { TABLE_KEYS } from '../../storage/table';
import { errorSummary, logger } from '../../observability/logger';

/**
 * Powertools' DynamoDB idempotency store laid out in the product's single table: each guarded
 * key gets its own partition (the stock layout with a sort key puts every record under one
 * static partition key).
 */
class SingleTableIdempotencyStore extends DynamoDBPersistenceLayer {
  protected getKey(idempotencyKey: string): Record<string, AttributeValue> {
    return { pk: { S: `IDEMPOTENCY#${idempotencyKey}` }, sk: { S: 'IDEMPOTENCY' } };
  }
}

/**
 * Makes `fn` run once per Twilio `MessageSid`: Twilio retries a webhook with the same sid when it
 * did not get an answer in time, and the retry must not run the turn (or store a referral)
 * twice. The first run's result (its TwiML) is stored and replayed. A conditional write claims
 * the sid before any side effect, so two concurrent deliveries cannot both pass. Records (which
 * hold the reply text) expire after an hour: Twilio retries within seconds.
 */
export type RetryGuard<T> = (fn: (message: T) => Promise<string>) => (message: T, lambdaContext?: Context) => Promise<string>;

export function guardTwilioRetries<T extends { MessageSid: string }>(
  fn: (message: T) => Promise<string>,
  { client, tableName }: { client: DynamoDBClient; tableName: string },
): (message: T, lambdaContext?: Context) => Promise<string> {
  const persistenceStore = new SingleTableIdempotencyStore({
    tableName,
    awsSdkV3Client: client,
    keyAttr: TABLE_KEYS.partition,
    sortKeyAttr: TABLE_KEYS.sort,
    expiryAttr: TABLE_KEYS.ttl,
  });
  const config = new IdempotencyConfig({ eventKeyJmesPath: 'MessageSid', expiresAfterSeconds: 3600 });
  // The answer of each run, by message, in case only storing it for replays fails.
  const answers = new WeakMap<T, string>();
  const guarded = makeIdempotent(
    async (message: T) => {
      const answer = await fn(message);
      answers.set(message, answer);
      return answer;
    },
    { persistenceStore, config },
  );
  return async (message, lambdaContext) => {
    // The in-progress claim expires with the invocation's own deadline, so a crashed turn can be retried.
    if (lambdaContext) config.registerLambdaContext(lambdaContext);
    try {
      return await guarded(message);
    } catch (error) {
      // The turn ran and its state is saved; only recording its answer for Twilio retries failed
      // (DynamoDB throttled). Answer anyway: the texter must not be told to resend a message that
      // was acted on (a submitted referral's code would never reach them).
      const answer = answers.get(message);
      if (answer === undefined) throw error;
      logger.warn('sms retry guard: answer not recorded; answering anyway', { error: errorSummary(error) });
      return answer;
    }
  };
}
