import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { idempotencyKey } from './keys';
import { TABLE_KEYS } from './table';
import { errorSummary, logger } from '../observability/logger';

/**
 * Powertools' DynamoDB idempotency store laid out in the product's single table: each guarded
 * key gets its own partition (the stock layout with a sort key puts every record under one
 * static partition key).
 */
class SingleTableIdempotencyStore extends DynamoDBPersistenceLayer {
  protected getKey(hashedKey: string): Record<string, AttributeValue> {
    const { pk, sk } = idempotencyKey(hashedKey);
    return { pk: { S: pk }, sk: { S: sk } };
  }
}

export interface RetryGuardOptions {
  client: DynamoDBClient;
  tableName: string;
  /** The field of the first argument that names one delivery (Twilio's MessageSid, a web activity's key). */
  keyField: string;
}

/**
 * Makes `fn` run once per delivery key: a sender that did not get an answer in time resends with
 * the same key, and the resend must not run the turn (or store a referral) twice. The first
 * run's result is stored and replayed. A conditional write claims the key before any side
 * effect, so two concurrent deliveries cannot both pass; the second gets Powertools'
 * IdempotencyAlreadyInProgressError. Records (which hold the reply text; the key is stored
 * hashed) expire after an hour: resends come within seconds or minutes.
 */
export function guardRetries<T extends object, R>(
  fn: (input: T) => Promise<R>,
  { client, tableName, keyField }: RetryGuardOptions,
): (input: T, lambdaContext?: Context) => Promise<R> {
  const persistenceStore = new SingleTableIdempotencyStore({
    tableName,
    awsSdkV3Client: client,
    keyAttr: TABLE_KEYS.partition,
    sortKeyAttr: TABLE_KEYS.sort,
    expiryAttr: TABLE_KEYS.ttl,
  });
  const config = new IdempotencyConfig({ eventKeyJmesPath: keyField, expiresAfterSeconds: 3600 });
  // The answer of each run, by input, in case only storing it for replays fails.
  const answers = new WeakMap<T, R>();
  const guarded = makeIdempotent(
    async (input: T) => {
      const answer = await fn(input);
      answers.set(input, answer);
      return answer;
    },
    { persistenceStore, config },
  );
  return async (input, lambdaContext) => {
    // The in-progress claim expires with the invocation's own deadline, so a crashed turn can be retried.
    if (lambdaContext) config.registerLambdaContext(lambdaContext);
    try {
      return await guarded(input);
    } catch (error) {
      // The turn ran and its state is saved; only recording its answer for retries failed
      // (DynamoDB throttled). Answer anyway: the person must not be told to resend a message that
      // was acted on (a submitted referral's code would never reach them).
      if (!answers.has(input)) throw error;
      logger.warn('retry guard: answer not recorded; answering anyway', { error: errorSummary(error) });
      return answers.get(input) as R;
    }
  };
}
