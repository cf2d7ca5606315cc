import { BatchWriteCommand, QueryCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { smsStateStorageKey } from '../channels/sms/twilioSmsAdapter';
import type { KeyHasher } from '../storage/keyHash';
import { contactIndexKey, legacyStateKey, REFERRAL_SK, stateKey, transcriptPartition, type ItemKey } from '../storage/keys';
import { TABLE_KEYS } from '../storage/table';

export interface DeletionReport {
  state: number;
  transcriptLines: number;
  referrals: number;
}

/**
 * Deletes everything the product holds about one phone number, on the family's request:
 * the SMS conversation state, its transcript, and every referral or handoff made from that phone
 * or naming it as the number to call back. The opt-out record stays (if there is one): it holds
 * only a keyed hash of the number and is what keeps a STOP honoured. Retry-guard records hold a
 * reply for an hour and then expire on their own.
 */
export async function deletePhoneData(client: DynamoDBDocumentClient, tableName: string, keyHash: KeyHasher, phone: string): Promise<DeletionReport> {
  // The phone's conversation state under its keyed hash, and where it was kept before keys were hashed.
  const storageKey = smsStateStorageKey(phone);
  const state: ItemKey[] = [stateKey(keyHash, storageKey), legacyStateKey(storageKey)];
  const transcript = await queryKeys(client, tableName, { pk: transcriptPartition({ channel: 'sms', key: phone }) });
  const fromPhone = await queryKeys(client, tableName, { gsi2pk: contactIndexKey({ channel: 'sms', key: phone }) }, TABLE_KEYS.gsi2);
  // Referrals made elsewhere (a provider on the web) that give this number as the family's phone.
  const namingPhone = await scanKeys(client, tableName, phone);
  const referrals = dedupe([...fromPhone, ...namingPhone]);
  await deleteKeys(client, tableName, [...state, ...transcript, ...referrals]);
  return { state: 1, transcriptLines: transcript.length, referrals: referrals.length };
}

function queryKeys(client: DynamoDBDocumentClient, tableName: string, key: Record<string, string>, indexName?: string): Promise<ItemKey[]> {
  const [[name, value]] = Object.entries(key);
  return collectKeys(
    client,
    (ExclusiveStartKey) =>
      new QueryCommand({
        TableName: tableName,
        IndexName: indexName,
        KeyConditionExpression: '#k = :v',
        ExpressionAttributeNames: { '#k': name },
        ExpressionAttributeValues: { ':v': value },
        ProjectionExpression: 'pk, sk',
        ExclusiveStartKey,
      }),
  );
}

/** A full scan for referral items whose callback phone is this number: rare (a deletion request), so a scan is acceptable. */
function scanKeys(client: DynamoDBDocumentClient, tableName: string, phone: string): Promise<ItemKey[]> {
  return collectKeys(
    client,
    (ExclusiveStartKey) =>
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'sk = :sk AND phone = :phone',
        ExpressionAttributeValues: { ':sk': REFERRAL_SK, ':phone': phone },
        ProjectionExpression: 'pk, sk',
        ExclusiveStartKey,
      }),
  );
}

/** Every page of a query or scan, keys only. */
async function collectKeys(
  client: DynamoDBDocumentClient,
  page: (startKey: Record<string, unknown> | undefined) => QueryCommand | ScanCommand,
): Promise<ItemKey[]> {
  const keys: ItemKey[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await client.send(page(startKey) as QueryCommand);
    keys.push(...((result.Items ?? []) as ItemKey[]));
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return keys;
}

function dedupe(keys: ItemKey[]): ItemKey[] {
  return [...new Map(keys.map((k) => [`${k.pk}|${k.sk}`, k])).values()];
}

async function deleteKeys(client: DynamoDBDocumentClient, tableName: string, keys: ItemKey[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 25) {
    let requests: Record<string, unknown>[] | undefined = keys.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
    // DynamoDB may hand back unprocessed deletes under load: send them again until none remain.
    while (requests && requests.length > 0) {
      const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests as never } }));
      requests = result.UnprocessedItems?.[tableName] as Record<string, unknown>[] | undefined;
    }
  }
}
