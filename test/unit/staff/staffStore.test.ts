import { STATUSES } from '../../../src/referrals/model';
import { AssignmentConflictError, MemoryReferralStore, OPEN_SORT_FROM, ReferralNotFoundError } from '../../../src/referrals/store';
import { newReferral } from '../../helpers/staffFixtures';

/** The staff side of the referral store, in memory (the DynamoDB one is exercised by test/integration/staff*.test.ts). */
describe('referral store: staff work', () => {
  const alice = { id: 'alice', name: 'alice@example.org' };
  const bob = { id: 'bob' };

  it('claims once, refuses another claimer unless they take over, releases only for the assignee; each step audited', async () => {
    const store = new MemoryReferralStore();
    const { referral } = await store.create(newReferral());
    const claimed = await store.claim(referral.id, { staff: alice });
    expect(claimed.assignee).toEqual({ id: 'alice', name: 'alice@example.org', at: expect.any(String) });
    expect((await store.claim(referral.id, { staff: alice })).history).toHaveLength(2);
    await expect(store.claim(referral.id, { staff: bob })).rejects.toBeInstanceOf(AssignmentConflictError);
    await expect(store.release(referral.id, { staff: bob })).rejects.toBeInstanceOf(AssignmentConflictError);
    const taken = await store.claim(referral.id, { staff: bob, takeOver: true });
    expect(taken.assignee?.id).toBe('bob');
    const released = await store.release(referral.id, { staff: bob });
    expect(released.assignee).toBeUndefined();
    expect(released.history.slice(1).map((h) => [h.action, h.by, h.byName, h.previous])).toEqual([
      ['claimed', 'alice', 'alice@example.org', undefined],
      ['claimed', 'bob', undefined, 'alice@example.org'],
      ['released', 'bob', undefined, undefined],
    ]);
  });

  it('appends notes and message records, records an HSP notice, and reports a missing referral', async () => {
    const store = new MemoryReferralStore();
    const { referral } = await store.create(newReferral());
    await store.addRecord(referral.id, { staff: alice, entry: { action: 'note', text: 'Left a voicemail' } });
    await store.addRecord(referral.id, { staff: alice, entry: { action: 'messaged', text: 'Hi', templateId: 'free', delivery: 'sent' } });
    const dated = await store.setCareCoordinatorUpdate(referral.id, { staff: alice, update: { noticedOn: '2026-01-02', dueDate: '2026-01-17' } });
    expect(dated).toMatchObject({ dueDate: '2026-01-17', careCoordinatorUpdate: { noticedOn: '2026-01-02', dueDate: '2026-01-17' } });
    expect(dated.history.slice(1).map((h) => h.action)).toEqual(['note', 'messaged', 'deadline']);
    await expect(store.addRecord('CCS-ZZZZZZ', { staff: alice, entry: { action: 'note', text: 'x' } })).rejects.toBeInstanceOf(ReferralNotFoundError);
    await expect(store.claim('CCS-ZZZZZZ', { staff: alice })).rejects.toBeInstanceOf(ReferralNotFoundError);
  });

  it('lists and counts open items (every status but closed)', async () => {
    const store = new MemoryReferralStore();
    const ids = await Promise.all([1, 2, 3].map(async () => (await store.create(newReferral())).referral.id));
    await store.updateStatus(ids[0], { to: 'closed', by: 's', outcome: 'withdrawn' });
    await store.updateStatus(ids[1], { to: 'in_progress', by: 's' });
    expect((await store.listByQueue('county-kern', { status: 'open' })).referrals.map((r) => r.id).sort()).toEqual([ids[1], ids[2]].sort());
    expect(await store.countByQueue('county-kern', 'open')).toBe(2);
    expect(await store.countByQueue('county-kern', 'closed')).toBe(1);
  });

  it('keeps every open status at or after the open key range start, and closed before it (the DynamoDB store relies on it)', () => {
    for (const status of STATUSES) expect({ status, open: `${status}#` >= OPEN_SORT_FROM }).toEqual({ status, open: status !== 'closed' });
  });
});
