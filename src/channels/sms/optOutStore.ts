import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetConsistent } from '../../storage/batchGet';
import type { KeyHasher } from '../../storage/keyHash';
import { legacyOptOutKey, optOutKey, type ItemKey } from '../../storage/keys';

/**
 * Numbers that texted STOP. Kept without a TTL: an opt-out lasts until the person texts START,
 * whatever happens to their conversation data. Checked before every outbound text.
 *
 * Keyed by a keyed hash of the number (`OPTOUT#<hash>`, src/storage/keyHash.ts), so the list
 * names nobody. Opt-outs recorded before that sit under `OPTOUT#<phone>`: every check reads both
 * keys in one call, so no STOP is lost; a STOP or START moves the number's record to the new key,
 * and `npm run migrate-phone-keys` moves the rest (src/privacy/migratePhoneKeys.ts).
 */
export class OptOutStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly keyHash: KeyHasher,
  ) {}

  key(phone: string): ItemKey {
    return optOutKey(this.keyHash, phone);
  }

  /** Written before the legacy record goes, so the number is opted out at every moment. */
  async optOut(phone: string, at = new Date()): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...this.key(phone), optedOutAt: at.toISOString() } }));
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: legacyOptOutKey(phone) }));
  }

  async optIn(phone: string): Promise<void> {
    await Promise.all([this.key(phone), legacyOptOutKey(phone)].map((Key) => this.client.send(new DeleteCommand({ TableName: this.tableName, Key }))));
  }

  async isOptedOut(phone: string): Promise<boolean> {
    return (await batchGetConsistent(this.client, this.tableName, [this.key(phone), legacyOptOutKey(phone)])).length > 0;
  }
}
