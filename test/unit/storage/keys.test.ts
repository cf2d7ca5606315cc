import { KeyHasher } from '../../../src/storage/keyHash';
import {
  contactIndexKey,
  dailySummaryClaim,
  deadLetterKey,
  familyNotifyClaim,
  idempotencyKey,
  kindOf,
  leadingKeyPattern,
  legacyOptOutKey,
  LEGACY_OPTOUT_PREFIX,
  legacyStateKey,
  nudgeClaim,
  onceClaimKey,
  optOutKey,
  PARTITIONS,
  phoneOfLegacyOptOut,
  rateKey,
  referralIdOf,
  referralKey,
  stateKey,
  transcriptPartition,
  unansweredKey,
  type ItemKind,
} from '../../../src/storage/keys';
import { allows, stringLike, tableStatements } from '../../helpers/iamWrites';

const keyHash = new KeyHasher(() => 'a-test-key-hash-secret-of-some-length');
const phone = '+16615550123';

/** One key of each kind, as the code that writes it builds it. */
const written: Record<ItemKind, string> = {
  state: stateKey(keyHash, `sms/conversations/${phone}/`).pk,
  transcript: transcriptPartition({ channel: 'sms', key: phone }),
  referral: referralKey('CCS-7K3F9Q').pk,
  optOut: optOutKey(keyHash, phone).pk,
  rate: rateKey('status', phone, 493_000).pk,
  idempotency: idempotencyKey('0f3a9c').pk,
  unanswered: unansweredKey('2026-12-01T17:00:00.000Z', 'ab12cd34').pk,
  familyNotify: onceClaimKey(familyNotifyClaim('CCS-7K3F9Q', '2026-12-01T17:00:00.000Z')).pk,
  nudge: onceClaimKey(nudgeClaim('CCS-7K3F9Q')).pk,
  dailySummary: onceClaimKey(dailySummaryClaim('2026-12-01')).pk,
  deadLetter: deadLetterKey('notifyStaff', 'event-1').pk,
};

describe('Table keys (src/storage/keys.ts)', () => {
  it('builds every kind of key under its own prefix, and IAM patterns of that kind match it', () => {
    for (const [kind, pk] of Object.entries(written) as [ItemKind, string][]) {
      expect({ pk, kind: kindOf(pk) }).toEqual({ pk, kind });
      expect({ pk, allowed: stringLike(leadingKeyPattern(kind), pk) }).toEqual({ pk, allowed: true });
    }
  });

  it('never puts the phone in a key it writes; the hashed kinds are exactly 32 characters after the prefix', () => {
    expect(Object.values(written).filter((pk) => pk.includes(phone) || pk.includes(phone.slice(1)))).toEqual([]);
    expect(contactIndexKey({ channel: 'sms', key: phone })).not.toContain(phone.slice(1));
    // The IAM hashed pattern refuses a clear key: an older clear state or opt-out key cannot be written.
    expect(stringLike(leadingKeyPattern('state'), legacyStateKey(`sms/conversations/${phone}/`).pk)).toBe(false);
    expect(stringLike(leadingKeyPattern('optOut'), legacyOptOutKey(phone).pk)).toBe(false);
  });

  it('reads a referral id back only from a referral item key, and a phone only from a clear opt-out key', () => {
    expect(referralIdOf(referralKey('CCS-7K3F9Q'))).toBe('CCS-7K3F9Q');
    expect(referralIdOf({ pk: referralKey('CCS-7K3F9Q').pk, sk: 'ONCE' })).toBeUndefined();
    expect(referralIdOf(onceClaimKey(nudgeClaim('CCS-7K3F9Q')))).toBeUndefined();
    expect(legacyOptOutKey(phone).pk.startsWith(LEGACY_OPTOUT_PREFIX)).toBe(true);
    expect(optOutKey(keyHash, phone).pk.startsWith(LEGACY_OPTOUT_PREFIX)).toBe(false);
    expect(phoneOfLegacyOptOut(legacyOptOutKey(phone).pk)).toBe(phone);
  });

  it("serverless.yml's dynamodb:LeadingKeys conditions name only prefixes of this module, in their IAM form", () => {
    const patterns = new Set(
      Object.values(tableStatements())
        .flat()
        .flatMap((s) => s.leadingKeys ?? []),
    );
    expect(patterns.size).toBeGreaterThan(5);
    const known = new Set((Object.keys(PARTITIONS) as ItemKind[]).flatMap((kind) => [leadingKeyPattern(kind), `${PARTITIONS[kind].prefix}*`]));
    expect([...patterns].filter((p) => !known.has(p))).toEqual([]);
  });

  it('holds every role that writes the table to key prefixes', () => {
    const WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
    const unheld = Object.entries(tableStatements())
      .filter(([, statements]) => statements.some((s) => s.actions.some((a) => WRITES.includes(a)) && !s.leadingKeys))
      .map(([fn]) => fn)
      .sort();
    expect(unheld).toEqual([]);
  });

  it.each(['notifyStaff', 'staffMessages', 'staffReferral', 'staffReferralActions'])(
    '%s may update a referral item and write nothing else there (test/integration/roleWriteKeys.test.ts records what it writes)',
    (fn) => {
      const role = tableStatements()[fn];
      expect(allows(role, 'dynamodb:UpdateItem', written.referral)).toBe(true);
      for (const pk of [written.state, written.optOut, written.rate, written.familyNotify]) {
        expect({ pk, update: allows(role, 'dynamodb:UpdateItem', pk), put: allows(role, 'dynamodb:PutItem', pk) }).toEqual({ pk, update: false, put: false });
      }
    },
  );

  it("lets staff messages batch-write the conversation's transcript lines, and only those", () => {
    const role = tableStatements().staffMessages;
    expect(allows(role, 'dynamodb:BatchWriteItem', written.transcript)).toBe(true);
    expect(allows(role, 'dynamodb:BatchWriteItem', written.state)).toBe(false);
    expect(allows(role, 'dynamodb:BatchWriteItem', written.referral)).toBe(false);
    expect(allows(role, 'dynamodb:UpdateItem', written.transcript)).toBe(false);
  });

  it('lets the daily summary write its once-per-day claim and nothing else', () => {
    const role = tableStatements().dailySummary;
    expect(allows(role, 'dynamodb:PutItem', onceClaimKey(dailySummaryClaim('2026-12-02')).pk)).toBe(true);
    expect(allows(role, 'dynamodb:PutItem', written.referral)).toBe(false);
    expect(allows(role, 'dynamodb:PutItem', written.optOut)).toBe(false);
  });
});
