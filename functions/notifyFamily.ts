import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { getDomainRuntime } from '../src/app/domainRuntime';

const processor = new BatchProcessor(EventType.DynamoDBStreams);

/**
 * The table's stream → the family's message when staff change a referral's status. Records are
 * handled one by one and failures reported per record, as in functions/notifyStaff; locally
 * src/local/streamPoller.ts drives this same handler. To redrive one referral, invoke it with
 * `{"Records":[{"eventName":"MODIFY","dynamodb":{"Keys":{"pk":{"S":"REFERRAL#CCS-…"},"sk":{"S":"REFERRAL"}},"SequenceNumber":"0"}}]}`.
 */
export const handler = async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
  const { family } = await getDomainRuntime();
  return processPartialResponse(event, (record: DynamoDBRecord) => family.familyNotifier.handleRecord(record), processor, {
    context,
    processInParallel: false,
    throwOnFullBatchFailure: false,
  });
};
