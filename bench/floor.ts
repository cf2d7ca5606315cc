import { randomUUID } from 'node:crypto';
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import type { HttpEvent, HttpResult } from '../src/http/types';

/**
 * The latency floor: a bare Lambda handler that makes the same DynamoDB reads and writes as the
 * bot's turn (same commands, same order, same item sizes, same conditions, ConsistentRead where
 * the bot uses it) and nothing else: no parsing, no signature check, no bot, no TwiML. Keys are
 * moved under `FLOOR#` so it never touches the bot's items.
 *
 * The plan is the list of calls the bot's own turn just made (recorded on its client at the
 * `serialize` step, i.e. as marshalled DynamoDB input), so turns that skip the state write are
 * mirrored too.
 */

/** One DynamoDB call as sent on the wire: command name and marshalled input. */
export interface PlannedCall {
  command: string;
  input: Record<string, any>;
}

const COMMANDS: Record<string, new (input: any) => any> = {
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  DeleteItemCommand,
  BatchGetItemCommand,
  BatchWriteItemCommand,
  QueryCommand,
};

function floorKey(key: Record<string, AttributeValue> | undefined): Record<string, AttributeValue> | undefined {
  if (!key?.pk || !('S' in key.pk)) return key;
  return { ...key, pk: { S: `FLOOR#${key.pk.S}` } };
}

export class FloorHandler {
  private readonly client: DynamoDBClient;
  /** The floor's own eTags for state items, so its conditional writes are real conditions that hold. */
  private readonly eTags = new Map<string, string>();

  constructor(config: DynamoDBClientConfig) {
    this.client = new DynamoDBClient(config);
  }

  get dynamo(): DynamoDBClient {
    return this.client;
  }

  /** The bare handler: `plan`'s DynamoDB calls, one after another, then a fixed answer. */
  async handle(_event: HttpEvent, plan: PlannedCall[]): Promise<HttpResult> {
    for (const call of plan) {
      const Command = COMMANDS[call.command];
      if (!Command) throw new Error(`floor: no mirror for ${call.command}`);
      await this.send(Command, call);
    }
    return { statusCode: 200, body: '' };
  }

  private async send(Command: new (input: any) => any, { command, input }: PlannedCall): Promise<void> {
    const copy: Record<string, any> = structuredClone(input);
    delete copy.ReturnConsumedCapacity;
    if (copy.Key) copy.Key = floorKey(copy.Key);
    if (copy.RequestItems) {
      for (const request of Object.values(copy.RequestItems) as any[]) {
        if (Array.isArray(request)) {
          // BatchWriteItem: a list of put and delete requests.
          for (const r of request) {
            if (r.PutRequest) r.PutRequest.Item = floorKey(r.PutRequest.Item);
            if (r.DeleteRequest) r.DeleteRequest.Key = floorKey(r.DeleteRequest.Key);
          }
        } else {
          request.Keys = request.Keys?.map((k: Record<string, AttributeValue>) => floorKey(k)!);
        }
      }
    }
    if (command === 'PutItemCommand' && copy.Item) {
      copy.Item = floorKey(copy.Item);
      const pk = copy.Item.pk?.S as string;
      // A versioned state write: condition on the floor's own previous eTag (create-only the first time).
      if (copy.Item.eTag && /eTag = :etag|attribute_not_exists\(pk\)/.test(copy.ConditionExpression ?? '')) {
        const previous = this.eTags.get(pk);
        const next = randomUUID();
        copy.Item.eTag = { S: next };
        if (previous) {
          copy.ConditionExpression = 'eTag = :etag';
          copy.ExpressionAttributeValues = { ':etag': { S: previous } };
        } else {
          copy.ConditionExpression = 'attribute_not_exists(pk)';
          delete copy.ExpressionAttributeValues;
        }
        await this.client.send(new Command(copy));
        this.eTags.set(pk, next);
        return;
      }
    }
    await this.client.send(new Command(copy));
  }

  destroy(): void {
    this.client.destroy();
  }
}
