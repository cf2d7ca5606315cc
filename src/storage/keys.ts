import { createHash } from 'node:crypto';
import type { KeyHasher } from './keyHash';

/**
 * The key layout of every kind of item in the single table: the one module that spells a
 * partition prefix. Writers, readers, delete-phone-data and the migration build keys here;
 * serverless.yml's IAM conditions (`dynamodb:LeadingKeys`) name the same prefixes, and
 * test/unit/storage/keys.test.ts and test/integration/turnWrites.test.ts check that they agree.
 *
 * | kind                  | pk                                        | sk                          |
 * |-----------------------|-------------------------------------------|-----------------------------|
 * | bot state             | STATE#<keyed hash of the storage key>     | STATE                       |
 * | transcript line       | TRANSCRIPT#<sha256(channel:key), 32 hex>  | <at>#<append id>#<index>    |
 * | referral / handoff    | REFERRAL#<code>                           | REFERRAL                    |
 * | opt-out               | OPTOUT#<keyed hash of the phone>          | OPTOUT                      |
 * | rate-limit counter    | RATE#<limit>#<sha256(subject), 32 hex>#<window> | RATE                  |
 * | retry guard           | IDEMPOTENCY#<Powertools' hash of the key> | IDEMPOTENCY                 |
 * | unanswered question   | UNANSWERED#<yyyy-mm>                      | <iso time>#<random>         |
 * | once-claim            | FAMILYNOTIFY#<id>#<statusChangedAt>, NUDGE#<id>, DAILYSUMMARY#<date> | ONCE |
 * | stream dead letter    | DEADLETTER#<function>#<eventID> (local)   | DEADLETTER                  |
 * | health probe (absent) | HEALTH                                    | HEALTH                      |
 *
 * Referral items also carry gsi1pk `QUEUE#<queue id>` / gsi1sk `<status>#<createdAt>#<id>` (a
 * staff queue by status) and gsi2pk `CONTACT#<sha256(channel:key), 32 hex>` / gsi2sk
 * `<createdAt>#<id>` (a person's own referrals). No phone number is ever a key: state and opt-outs
 * use a keyed hash (src/storage/keyHash.ts), transcripts, contacts and counters a plain digest.
 * The clear keys that state and opt-outs had before (`STATE#<storage key>`, `OPTOUT#<phone>`) are
 * still read, and moved, until none are left.
 */
export type ItemKey = { pk: string; sk: string };

/**
 * Each kind's partition prefix; `hashed` kinds are written only as a 32-hex keyed hash after the
 * prefix, so IAM can refuse any other (`STATE#` + 32 `?`).
 */
export const PARTITIONS = {
  state: { prefix: 'STATE#', hashed: true },
  transcript: { prefix: 'TRANSCRIPT#', hashed: false },
  referral: { prefix: 'REFERRAL#', hashed: false },
  optOut: { prefix: 'OPTOUT#', hashed: true },
  rate: { prefix: 'RATE#', hashed: false },
  idempotency: { prefix: 'IDEMPOTENCY#', hashed: false },
  unanswered: { prefix: 'UNANSWERED#', hashed: false },
  familyNotify: { prefix: 'FAMILYNOTIFY#', hashed: false },
  nudge: { prefix: 'NUDGE#', hashed: false },
  dailySummary: { prefix: 'DAILYSUMMARY#', hashed: false },
  deadLetter: { prefix: 'DEADLETTER#', hashed: false },
} as const;

export type ItemKind = keyof typeof PARTITIONS;

/** The kind of item a partition key belongs to, if it is one of ours. */
export function kindOf(pk: string): ItemKind | undefined {
  return (Object.keys(PARTITIONS) as ItemKind[]).find((kind) => pk.startsWith(PARTITIONS[kind].prefix));
}

/** How an IAM `dynamodb:LeadingKeys` condition names this kind's partitions (the hashed form for hashed kinds). */
export function leadingKeyPattern(kind: ItemKind): string {
  const { prefix, hashed } = PARTITIONS[kind];
  return hashed ? `${prefix}${'?'.repeat(32)}` : `${prefix}*`;
}

/** A plain digest where a key must not show what it is of (a phone, a conversation id). */
function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** A conversation or contact as keys see it: the channel and its key there (phone, web conversation id). */
type ChannelKey = { channel: string; key: string };

/** botbuilder state for a storage key (which holds the phone, for SMS), under its keyed hash. */
export function stateKey(keyHash: KeyHasher, storageKey: string): ItemKey {
  return { pk: `${PARTITIONS.state.prefix}${keyHash.hash(storageKey)}`, sk: 'STATE' };
}

/**
 * Where state was kept before keys were hashed: the storage key in clear. Read beside the new key
 * and moved on first read; such items expire by TTL within STATE_TTL_DAYS of their last write.
 */
export function legacyStateKey(storageKey: string): ItemKey {
  return { pk: `${PARTITIONS.state.prefix}${storageKey}`, sk: 'STATE' };
}

/** The partition holding one conversation's transcript lines. */
export function transcriptPartition(conversation: ChannelKey): string {
  return `${PARTITIONS.transcript.prefix}${digest(`${conversation.channel}:${conversation.key}`)}`;
}

/** A transcript line's sort key: two appends in one millisecond get different keys (`appendId`), lines of one append keep their order. */
export function transcriptLineSort(at: string, appendId: string, index: number): string {
  return `${at}#${appendId}#${String(index).padStart(3, '0')}`;
}

/** The lowest sort key after every line written at `at`. */
export function transcriptLinesAfter(at: string): string {
  return `${at}#~`;
}

export const REFERRAL_SK = 'REFERRAL';

/** A referral or handoff item, by its confirmation code. */
export function referralKey(id: string): { pk: string; sk: typeof REFERRAL_SK } {
  return { pk: `${PARTITIONS.referral.prefix}${id}`, sk: REFERRAL_SK };
}

/** The confirmation code of a referral item's key (as a stream record carries it), or undefined for any other item. */
export function referralIdOf(keys: { pk?: string; sk?: string }): string | undefined {
  const { prefix } = PARTITIONS.referral;
  return keys.pk?.startsWith(prefix) && keys.sk === REFERRAL_SK ? keys.pk.slice(prefix.length) : undefined;
}

/** gsi1: one staff queue's referrals. */
export function queueIndexKey(queueId: string): string {
  return `QUEUE#${queueId}`;
}

/** gsi1 sort key: by status, then oldest first. */
export function queueSortKey(status: string, createdAt: string, id: string): string {
  return `${status}#${createdAt}#${id}`;
}

/** gsi2: one person's own referrals (the phone or web conversation they came from). */
export function contactIndexKey(contact: ChannelKey): string {
  return `CONTACT#${digest(`${contact.channel}:${contact.key}`)}`;
}

/** gsi2 sort key: oldest first. */
export function contactSortKey(createdAt: string, id: string): string {
  return `${createdAt}#${id}`;
}

export const OPTOUT_SK = 'OPTOUT';

/** A number that texted STOP, under the keyed hash of the number. */
export function optOutKey(keyHash: KeyHasher, phone: string): ItemKey {
  return { pk: `${PARTITIONS.optOut.prefix}${keyHash.hash(phone)}`, sk: OPTOUT_SK };
}

/** Where opt-outs were kept before keys were hashed (the phone in clear). */
export function legacyOptOutKey(phone: string): ItemKey {
  return { pk: `${PARTITIONS.optOut.prefix}${phone}`, sk: OPTOUT_SK };
}

/** What a scan for clear opt-out keys filters on: an E.164 number starts with "+", a hashed key is hex. */
export const LEGACY_OPTOUT_PREFIX = `${PARTITIONS.optOut.prefix}+`;

/** The phone of a clear opt-out key. */
export function phoneOfLegacyOptOut(pk: string): string {
  return pk.slice(PARTITIONS.optOut.prefix.length);
}

/** One rate limit's counter for a subject (a phone, a conversation, a code) in one window. */
export function rateKey(limitName: string, subject: string, window: number): ItemKey {
  return { pk: `${PARTITIONS.rate.prefix}${limitName}#${digest(subject)}#${window}`, sk: 'RATE' };
}

/** A subject's use as the rate counter keeps it (a use id, digested like the subject). */
export function rateUse(useId: string): string {
  return digest(useId);
}

/** The retry guard's record of one delivery (Powertools hands over its own hash of the delivery key). */
export function idempotencyKey(hashedKey: string): ItemKey {
  return { pk: `${PARTITIONS.idempotency.prefix}${hashedKey}`, sk: 'IDEMPOTENCY' };
}

/** A month's unanswered questions (`yyyy-mm`). */
export function unansweredPartition(month: string): string {
  return `${PARTITIONS.unanswered.prefix}${month}`;
}

/** One unanswered question, asked at `at` (ISO time). */
export function unansweredKey(at: string, random: string): ItemKey {
  return { pk: unansweredPartition(at.slice(0, 7)), sk: `${at}#${random}` };
}

/** A once-claim's item (src/storage/onceClaims.ts): the claim's name is its partition. */
export function onceClaimKey(claim: string): ItemKey {
  return { pk: claim, sk: 'ONCE' };
}

/** The claim a status change's text is sent under: one per referral and `statusChangedAt` (a status history line's `at`). */
export function familyNotifyClaim(id: string, statusChangedAt: string): string {
  return `${PARTITIONS.familyNotify.prefix}${id}#${statusChangedAt}`;
}

/** The claim of a referral's one "still waiting" message. */
export function nudgeClaim(id: string): string {
  return `${PARTITIONS.nudge.prefix}${id}`;
}

/** The claim of one office day's staff summary (`yyyy-mm-dd`). */
export function dailySummaryClaim(date: string): string {
  return `${PARTITIONS.dailySummary.prefix}${date}`;
}

/** The partition prefix of one stream function's dead letters (local stream poller). */
export function deadLetterPrefix(functionName: string): string {
  return `${PARTITIONS.deadLetter.prefix}${functionName}#`;
}

export function deadLetterKey(functionName: string, eventID: string): ItemKey {
  return { pk: `${deadLetterPrefix(functionName)}${eventID}`, sk: 'DEADLETTER' };
}

/** A key no item ever has: the health check's read. */
export const HEALTH_PROBE_KEY: ItemKey = { pk: 'HEALTH', sk: 'HEALTH' };
