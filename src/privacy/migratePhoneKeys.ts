import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { OptOutStore } from '../channels/sms/optOutStore';
import type { KeyHasher } from '../storage/keyHash';
import { LEGACY_OPTOUT_PREFIX, OPTOUT_SK, phoneOfLegacyOptOut } from '../storage/keys';

/**
 * Moves opt-outs recorded under the phone in clear (`OPTOUT#+1…`, before keys were hashed) to the
 * keyed hash of the number, each written under its new key before the old one goes, so the
 * number stays opted out throughout; running it twice moves nothing more. Until it has run, every
 * opt-out check also reads the old key. Conversation state under old keys needs no pass: it moves
 * on its next read and otherwise expires within STATE_TTL_DAYS.
 */
export async function migratePhoneKeys(client: DynamoDBDocumentClient, tableName: string, keyHash: KeyHasher): Promise<{ optOuts: number }> {
  const optOuts = new OptOutStore(client, tableName, keyHash);
  let moved = 0;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'begins_with(pk, :clear) AND sk = :sk',
        ExpressionAttributeValues: { ':clear': LEGACY_OPTOUT_PREFIX, ':sk': OPTOUT_SK },
        ExclusiveStartKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const phone = phoneOfLegacyOptOut(String(item.pk));
      await optOuts.optOut(phone, typeof item.optedOutAt === 'string' ? new Date(item.optedOutAt) : new Date());
      moved++;
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return { optOuts: moved };
}
