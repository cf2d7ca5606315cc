import { deletePhoneData } from '../../../src/privacy/deletePhoneData';
import { KeyHasher } from '../../../src/storage/keyHash';
import {
  contactIndexKey,
  dailySummaryClaim,
  familyNotifyClaim,
  idempotencyKey,
  kindOf,
  legacyStateKey,
  nudgeClaim,
  optOutKey,
  PARTITIONS,
  rateKey,
  referralKey,
  stateKey,
  transcriptLineSort,
  transcriptPartition,
  unansweredKey,
  type ItemKind,
} from '../../../src/storage/keys';
import { MemoryTable } from '../memoryTable';

const TABLE = 'ccs-test';
const keyHash = new KeyHasher(() => 'unit-test-secret');
const PHONE = '+16615550181';
const OTHER = '+16615550182';
const storageKeyOf = (phone: string) => `sms/conversations/${phone}/`;

/**
 * What a deletion request does with each kind of item in src/storage/keys.ts. A new kind added
 * there fails the first test until someone decides here whether it holds the phone and goes.
 */
const ON_DELETION: Record<ItemKind, 'deleted' | string> = {
  state: 'deleted',
  transcript: 'deleted',
  referral: 'deleted',
  optOut: 'kept: a keyed hash of the number, and what keeps a STOP honoured',
  rate: 'kept until its window ends (at most a day and an hour): a digest of the subject and of use ids',
  idempotency: 'kept for an hour: the retry guard expires on its own',
  unanswered: 'holds no phone: the question is scrubbed to FAQ words before it is written',
  familyNotify: 'holds no phone: a referral code and a time',
  nudge: 'holds no phone: a referral code',
  dailySummary: 'holds no phone: a date',
  deadLetter: 'local only (the stream poller of npm start)',
};

/** One family's items of every kind that can hold their phone, as the product writes them. */
function familyItems(phone: string, code: string, transcriptLines: number) {
  const contact = { channel: 'sms', key: phone };
  return [
    { ...stateKey(keyHash, storageKeyOf(phone)), document: { dialogStack: [] } },
    { ...legacyStateKey(storageKeyOf(phone)), document: { dialogStack: [] } },
    ...Array.from({ length: transcriptLines }, (_, i) => ({
      pk: transcriptPartition(contact),
      sk: transcriptLineSort(`2026-11-0${1 + (i % 9)}T10:00:00.000Z`, 'a1b2c3', i),
      from: i % 2 ? 'bot' : 'user',
      text: `line ${i}`,
    })),
    { ...referralKey(code), gsi2pk: contactIndexKey(contact), gsi2sk: `2026-11-01T10:00:00.000Z#${code}`, phone, child: { firstName: 'Leo' } },
    { ...optOutKey(keyHash, phone), optedOutAt: '2026-11-02T10:00:00.000Z' },
  ];
}

describe('Function: deletePhoneData (a family asks for everything about their number to go)', () => {
  it('decides, for every kind of item the table holds, whether a deletion removes it', () => {
    expect(Object.keys(ON_DELETION).sort()).toEqual(Object.keys(PARTITIONS).sort());
  });

  it("removes that phone's state (new and old key), transcript and referrals, keeps its STOP and every other item", async () => {
    const table = new MemoryTable();
    const family = familyItems(PHONE, 'CCS-AAAAAA', 3);
    // A provider's web referral giving this number as the family's phone (found by its `phone`, not its contact).
    const webReferral = { ...referralKey('CCS-WEBREF'), gsi2pk: contactIndexKey({ channel: 'web', key: 'conv-1' }), phone: PHONE };
    const optOut = family.find((item) => kindOf(item.pk) === 'optOut')!;
    // Another family's items, and items of the kinds that are kept, so the test sees they are left alone.
    const others = [
      ...familyItems(OTHER, 'CCS-BBBBBB', 3),
      { ...rateKey('status', PHONE, 1), uses: ['x'] },
      { ...idempotencyKey('abc'), status: 'COMPLETED' },
      { ...unansweredKey('2026-11-01T10:00:00.000Z', 'r1'), text: 'what is ccs' },
      { pk: familyNotifyClaim('CCS-AAAAAA', '2026-11-01T10:00:00.000Z'), sk: 'ONCE' },
      { pk: nudgeClaim('CCS-AAAAAA'), sk: 'ONCE' },
      { pk: dailySummaryClaim('2026-11-01'), sk: 'ONCE' },
    ];
    table.put(...family, webReferral, ...others);
    const deletedKinds = (Object.keys(ON_DELETION) as ItemKind[]).filter((kind) => ON_DELETION[kind] === 'deleted');
    // The family's items cover every kind a deletion removes (so a new deleted kind needs an item here).
    expect(new Set(family.map((item) => kindOf(item.pk)))).toEqual(new Set([...deletedKinds, 'optOut']));

    const report = await deletePhoneData(table.client, TABLE, keyHash, PHONE);

    expect(report).toEqual({ state: 1, transcriptLines: 3, referrals: 2 });
    const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) => `${a.pk}${a.sk}`.localeCompare(`${b.pk}${b.sk}`);
    expect(table.all().sort(byKey)).toEqual([...others, optOut].sort(byKey));
  });

  it('deletes a long transcript completely, across query pages and 25-item batches, even when DynamoDB hands back unprocessed deletes', async () => {
    const table = new MemoryTable();
    table.put(...familyItems(PHONE, 'CCS-AAAAAA', 60));
    table.pageSize = 7;
    table.unprocessedNextBatch = 5;

    const report = await deletePhoneData(table.client, TABLE, keyHash, PHONE);

    expect(report.transcriptLines).toBe(60);
    expect(table.all()).toEqual([expect.objectContaining(optOutKey(keyHash, PHONE))]);
    // 2 state + 60 lines + 1 referral = 63 deletes: 3 batches of at most 25, and one resend of the unprocessed ones.
    expect(table.calls.filter((name) => name === 'BatchWriteCommand')).toHaveLength(4);
  });

  it('finds nothing to remove for a number the product never saw, and touches no one else', async () => {
    const table = new MemoryTable();
    table.put(...familyItems(OTHER, 'CCS-BBBBBB', 2));
    const before = table.all();
    expect(await deletePhoneData(table.client, TABLE, keyHash, PHONE)).toEqual({ state: 1, transcriptLines: 0, referrals: 0 });
    expect(table.all()).toEqual(before);
  });
});
