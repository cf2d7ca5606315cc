import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import { DeleteCommand, DynamoDBDocumentClient, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { dynamoClientConfig } from '../storage/dynamoClient';
import { expiresInDays } from '../storage/table';
import { errorSummary, logger } from '../observability/logger';
import { localContext } from './apiGatewayEvent';
import { deadLetterKey, deadLetterPrefix } from '../storage/keys';

export type StreamHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse | void>;

/** A stream record that still failed after every retry: what the deployed onFailure SQS message tells an operator. */
export interface DeadLetter {
  functionName: string;
  eventID: string;
  eventName?: string;
  sequenceNumber: string;
  /** The item's key (e.g. REFERRAL#CCS-7K3F9Q): the record's data stays in the table, intact. */
  keys: Record<string, string>;
  attempts: number;
  failedAt: string;
  streamArn: string;
}

export interface StreamPollerOptions {
  /** DynamoDB Local's URL. */
  endpoint: string;
  region?: string;
  tableName: string;
  /** The Lambda handler to drive, e.g. functions/notifyStaff.handler. */
  handler: StreamHandler;
  functionName?: string;
  /** Records per invocation (the event source mapping's BatchSize). */
  batchSize?: number;
  /** Retries of a failed record before it is dead-lettered (the mapping's MaximumRetryAttempts). */
  maxRetryAttempts?: number;
  /** First retry delay; doubles each attempt. */
  retryDelayMs?: number;
  pollIntervalMs?: number;
}

const DEADLETTER_TTL_DAYS = 90;

/**
 * Local stand-in for the Lambda event source mapping on the table's stream: reads DynamoDB
 * Local's stream (DynamoDB Streams API) and invokes the same handler with the same event shape.
 * Failures reported per record (ReportBatchItemFailures) or a thrown invocation are retried from
 * the first failed record, as Lambda does, with backoff; after `maxRetryAttempts` the failed
 * records are dead-lettered as `DEADLETTER#<function>#<eventID>` items in the table (deployed:
 * the onFailure SQS queue) and the poller moves on. Shards are read one after another so one
 * handler instance never runs two batches at once, as in Lambda.
 */
export class StreamPoller {
  private readonly streams: DynamoDBStreamsClient;
  private readonly dynamo: DynamoDBClient;
  private readonly documents: DynamoDBDocumentClient;
  private readonly iterators = new Map<string, string | null>();
  private streamArn?: string;
  private running = false;
  private loop?: Promise<void>;
  private readonly options: Required<Omit<StreamPollerOptions, 'region'>> & { region: string };

  constructor(options: StreamPollerOptions) {
    this.options = {
      region: 'us-west-2',
      functionName: 'notifyStaff',
      batchSize: 100,
      maxRetryAttempts: 3,
      retryDelayMs: 200,
      pollIntervalMs: 500,
      ...options,
    };
    const clientConfig = dynamoClientConfig({ AWS_REGION: this.options.region, DYNAMODB_ENDPOINT: options.endpoint });
    this.streams = new DynamoDBStreamsClient(clientConfig);
    this.dynamo = new DynamoDBClient(clientConfig);
    this.documents = DynamoDBDocumentClient.from(this.dynamo);
  }

  /** Polls in the background until {@link stop}. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        try {
          const count = await this.pollOnce();
          if (count === 0) await sleep(this.options.pollIntervalMs);
        } catch (error) {
          logger.error('stream poller: poll failed', { error: errorSummary(error) });
          await sleep(this.options.pollIntervalMs);
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    this.streams.destroy();
    this.dynamo.destroy();
  }

  /** Reads every shard once and processes what it finds; resolves with the number of records read. */
  async pollOnce(): Promise<number> {
    const streamArn = await this.stream();
    const { StreamDescription } = await this.streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    let count = 0;
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId!;
      if (!this.iterators.has(shardId)) {
        const { ShardIterator } = await this.streams.send(
          new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }),
        );
        this.iterators.set(shardId, ShardIterator ?? null);
      }
      const iterator = this.iterators.get(shardId);
      if (!iterator) continue; // closed and fully read
      const { Records = [], NextShardIterator } = await this.streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: this.options.batchSize }));
      this.iterators.set(shardId, NextShardIterator ?? null);
      if (Records.length > 0) {
        count += Records.length;
        await this.process(Records.map((r) => toLambdaRecord(r, streamArn, this.options.region)));
      }
    }
    return count;
  }

  /** Polls until a full pass finds nothing new (tests: "everything written so far has been handled"). */
  async drain({ timeoutMs = 20_000 }: { timeoutMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (let quiet = 0; quiet < 2;) {
      if (Date.now() > deadline) throw new Error('stream poller: drain timed out');
      quiet = (await this.pollOnce()) === 0 ? quiet + 1 : 0;
      if (quiet) await sleep(50);
    }
  }

  /** Dead letters recorded so far (locally they are table items; deployed they are SQS messages). */
  async deadLetters(): Promise<DeadLetter[]> {
    const { Items = [] } = await this.documents.send(
      new ScanCommand({
        TableName: this.options.tableName,
        FilterExpression: 'begins_with(pk, :prefix)',
        ExpressionAttributeValues: { ':prefix': deadLetterPrefix(this.options.functionName) },
        ConsistentRead: true,
      }),
    );
    return Items.map((item) => item.deadLetter as DeadLetter);
  }

  /**
   * Re-invokes the handler for every dead letter (an INSERT record with the item's key: the
   * handler re-reads the item) and removes the dead letters that now succeed. Deployed, the same
   * is done by invoking the function with such a record for each message in the onFailure queue.
   */
  async redrive(): Promise<{ redriven: number; stillFailing: number }> {
    const letters = await this.deadLetters();
    let redriven = 0;
    for (const letter of letters) {
      const record: DynamoDBRecord = {
        eventID: letter.eventID,
        eventName: 'INSERT',
        eventSource: 'aws:dynamodb',
        eventSourceARN: letter.streamArn,
        dynamodb: { Keys: Object.fromEntries(Object.entries(letter.keys).map(([k, v]) => [k, { S: v }])), SequenceNumber: letter.sequenceNumber },
      };
      let ok: boolean;
      try {
        const response = await this.options.handler({ Records: [record] }, localContext(this.options.functionName));
        ok = (response?.batchItemFailures ?? []).length === 0;
      } catch {
        ok = false;
      }
      if (!ok) continue;
      await this.documents.send(new DeleteCommand({ TableName: this.options.tableName, Key: deadLetterKey(letter.functionName, letter.eventID) }));
      redriven += 1;
    }
    return { redriven, stillFailing: letters.length - redriven };
  }

  private async stream(): Promise<string> {
    if (!this.streamArn) {
      const { Table } = await this.dynamo.send(new DescribeTableCommand({ TableName: this.options.tableName }));
      if (!Table?.LatestStreamArn) throw new Error(`stream poller: table ${this.options.tableName} has no stream`);
      this.streamArn = Table.LatestStreamArn;
    }
    return this.streamArn;
  }

  private async process(records: DynamoDBRecord[]): Promise<void> {
    const { handler, functionName, maxRetryAttempts, retryDelayMs } = this.options;
    let pending = records;
    for (let attempt = 0; ; attempt++) {
      let failed: Set<string>;
      try {
        const response = await handler({ Records: pending }, localContext(functionName));
        failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      } catch (error) {
        logger.warn('stream poller: invocation failed', { functionName, error: errorSummary(error) });
        failed = new Set(pending.map((r) => r.dynamodb!.SequenceNumber!));
      }
      if (failed.size === 0) return;
      // Like Lambda: the batch is retried from the first failed record (the checkpoint) on.
      const first = pending.findIndex((r) => failed.has(r.dynamodb!.SequenceNumber!));
      pending = pending.slice(Math.max(first, 0));
      if (attempt >= maxRetryAttempts) {
        for (const record of pending.filter((r) => failed.has(r.dynamodb!.SequenceNumber!))) await this.deadLetter(record, attempt + 1);
        return;
      }
      await sleep(retryDelayMs * 2 ** attempt);
    }
  }

  private async deadLetter(record: DynamoDBRecord, attempts: number): Promise<void> {
    const keys = Object.fromEntries(Object.entries(record.dynamodb?.Keys ?? {}).map(([k, v]) => [k, String(v.S ?? v.N ?? '')]));
    const deadLetter: DeadLetter = {
      functionName: this.options.functionName,
      eventID: record.eventID ?? '',
      eventName: record.eventName,
      sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
      keys,
      attempts,
      failedAt: new Date().toISOString(),
      streamArn: record.eventSourceARN ?? '',
    };
    logger.error('stream poller: record dead-lettered', { functionName: deadLetter.functionName, eventID: deadLetter.eventID, keys: deadLetter.keys.pk });
    await this.documents.send(
      new PutCommand({
        TableName: this.options.tableName,
        Item: {
          ...deadLetterKey(deadLetter.functionName, deadLetter.eventID),
          deadLetter,
          expiresAt: expiresInDays(DEADLETTER_TTL_DAYS),
        },
      }),
    );
  }
}

/** The record as Lambda delivers it (same field names; epoch seconds for the creation time). */
function toLambdaRecord(record: StreamRecord, streamArn: string, region: string): DynamoDBRecord {
  const data = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName as DynamoDBRecord['eventName'],
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion ?? region,
    eventSourceARN: streamArn,
    dynamodb: {
      ApproximateCreationDateTime: data.ApproximateCreationDateTime ? Math.floor(new Date(data.ApproximateCreationDateTime).getTime() / 1000) : undefined,
      Keys: data.Keys as never,
      NewImage: data.NewImage as never,
      OldImage: data.OldImage as never,
      SequenceNumber: data.SequenceNumber,
      SizeBytes: data.SizeBytes,
      StreamViewType: data.StreamViewType as never,
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `npm start`: the poller on the local table, driving functions/notifyStaff. */
export function startLocalStreamPoller(options: Omit<StreamPollerOptions, 'handler'> & { handler: StreamHandler }): StreamPoller {
  const poller = new StreamPoller(options);
  poller.start();
  return poller;
}
