import { createHmac } from 'node:crypto';

/**
 * Stands in for a phone number (or a conversation id) in a table key: HMAC-SHA256 under
 * KEY_HASH_SECRET, 32 hex characters. Keyed rather than a plain SHA-256 because US phone numbers
 * are few enough (about 10^10) to hash every one of them in minutes: a plain hash in a key would
 * only spell the number differently to whoever reads the table (an export, a backup, a role that
 * may read it). Under the key, a table reader without the SSM secret learns nothing.
 *
 * The secret must never change without moving the keys made with it: an opt-out under the old
 * key would no longer be found.
 */
export class KeyHasher {
  /** `secret` is read on first use, so functions that never build such a key need not declare it. */
  constructor(private readonly secret: () => string) {}

  hash(value: string): string {
    return createHmac('sha256', this.secret()).update(value).digest('hex').slice(0, 32);
  }
}
