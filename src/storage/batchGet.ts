import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { backoff } from './backoff';

/** Rounds of re-asking for keys DynamoDB left unprocessed (throttling) before the read fails. */
const UNPROCESSED_ROUNDS = 8;

/**
 * One strongly consistent BatchGetItem (at most 100 keys), re-asking for the keys DynamoDB
 * returns as UnprocessedKeys (it does so under throttling, without an error) with jittered
 * backoff; still unprocessed after that, the read fails rather than pretend those items do not exist.
 */
export async function batchGetConsistent(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let pending = keys;
  for (let round = 1; pending.length > 0; round++) {
    if (round > UNPROCESSED_ROUNDS) throw new Error(`Storage: ${pending.length} key(s) still unprocessed after ${UNPROCESSED_ROUNDS} BatchGetItem rounds.`);
    if (round > 1) await backoff(round - 1, { baseMs: 25, capMs: 1000 });
    const result = await client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }));
    rows.push(...(result.Responses?.[tableName] ?? []));
    pending = result.UnprocessedKeys?.[tableName]?.Keys ?? [];
  }
  return rows;
}
