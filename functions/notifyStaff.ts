import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { getDomainRuntime } from '../src/app/domainRuntime';

const processor = new BatchProcessor(EventType.DynamoDBStreams);

/**
 * The table's stream → staff notifications for new referrals and handoffs. Each record is
 * handled on its own; failures are reported per record (ReportBatchItemFailures) so Lambda
 * retries from the failed one, and after `maximumRetryAttempts` sends the batch's details to the
 * onFailure SQS queue. Locally, src/local/streamPoller.ts drives this same handler.
 */
export const handler = async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
  const { staffNotifier } = await getDomainRuntime();
  return processPartialResponse(event, (record: DynamoDBRecord) => staffNotifier.handleRecord(record), processor, {
    context,
    processInParallel: false,
    throwOnFullBatchFailure: false,
  });
};
