import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { IdempotencyAlreadyInProgressError } from '@aws-lambda-powertools/idempotency';
import { guardRetries } from '../../storage/retryGuard';
import { backoff } from '../../storage/backoff';
import { logger } from '../../observability/logger';

/** Looks at a claim held by another delivery this many times (jittered backoff, about 2 s at most) before answering anyway. */
const IN_PROGRESS_LOOKS = 6;

/**
 * Makes `fn` run once per Twilio `MessageSid`: Twilio retries a webhook with the same sid when it
 * did not get an answer in time (field-lessons.md: 15 s), and the retry replays the first run's
 * TwiML instead of running the turn again.
 *
 * A claim still "in progress" when a retry comes belongs to a delivery that is slow or died
 * between saving the turn and answering (the claim holds until that invocation's deadline).
 * Twilio retried because that answer never reached it, so after a short wait for it to finish
 * the retry runs `fn` itself: a turn already committed is answered from the conversation's state
 * (runCommittedTurn), not run again; one that never committed runs now.
 */
export type RetryGuard<T> = (fn: (message: T) => Promise<string>) => (message: T, lambdaContext?: Context) => Promise<string>;

export function guardTwilioRetries<T extends { MessageSid: string }>(
  fn: (message: T) => Promise<string>,
  deps: { client: DynamoDBClient; tableName: string },
): (message: T, lambdaContext?: Context) => Promise<string> {
  const guarded = guardRetries(fn, { ...deps, keyField: 'MessageSid' });
  return async (message, lambdaContext) => {
    for (let look = 1; ; look++) {
      try {
        return await guarded(message, lambdaContext);
      } catch (error) {
        if (!(error instanceof IdempotencyAlreadyInProgressError)) throw error;
        if (look >= IN_PROGRESS_LOOKS) {
          logger.warn('sms retry guard: the first delivery of this message never answered; answering the retry');
          return fn(message);
        }
        await backoff(look, { baseMs: 150, capMs: 800 });
      }
    }
  };
}
