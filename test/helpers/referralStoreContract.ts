import { randomUUID } from 'node:crypto';
import { canTransition } from '../../src/referrals/model';
import { AssignmentConflictError, InvalidTransitionError, ReferralNotFoundError, StatusConflictError, type ReferralStore } from '../../src/referrals/store';
import { newReferral } from './staffFixtures';

/**
 * What every referral store must do, run against each implementation (DynamoDB Local and memory:
 * test/integration/referralStore.test.ts), as botbuilder's StorageBaseTests are for bot state.
 * Each test uses its own queue id, so stores may share a table.
 */
export function describeReferralStore(name: string, makeStore: () => Promise<ReferralStore>): void {
  describe(`referral store contract: ${name}`, () => {
    let store: ReferralStore;
    let queue: { id: string; name: string };
    beforeEach(async () => {
      store = await makeStore();
      queue = { id: `queue-${randomUUID().slice(0, 8)}`, name: 'Test queue' };
    });
    const create = async (overrides = {}) => (await store.create(newReferral({ queue, ...overrides }))).referral;
    const alice = { id: 'alice', name: 'alice@example.org' };
    const bob = { id: 'bob' };

    it('writes a referral once per source, even when two writes race', async () => {
      const input = newReferral({ queue });
      const [a, b] = await Promise.all([store.create(input), store.create(input)]);
      expect(a.referral.id).toBe(b.referral.id);
      expect([a.created, b.created].sort()).toEqual([false, true]);
      expect(await store.create(input)).toEqual({ created: false, referral: await store.get(a.referral.id) });
      expect(a.referral).toMatchObject({ status: 'submitted', code: a.referral.id, history: [{ action: 'created', to: 'submitted' }] });
    });

    it('moves through submitted → received → in_progress (with reasons) → closed with an outcome, and reopens', async () => {
      const { id } = await create();
      await store.updateStatus(id, { to: 'received', by: 'staff-1' });
      const waiting = await store.updateStatus(id, { to: 'in_progress', by: 'staff-1', reason: 'waiting_for_records' });
      expect(waiting).toMatchObject({ status: 'in_progress', statusReason: 'waiting_for_records' });
      await store.updateStatus(id, { to: 'in_progress', by: 'staff-1', reason: 'records_received', note: 'Fax came in' });
      const closed = await store.updateStatus(id, { to: 'closed', by: 'staff-2', byName: 'bob@example.org', outcome: 'eligible' });
      expect(closed).toMatchObject({ status: 'closed', outcome: 'eligible' });
      expect(closed.statusReason).toBeUndefined();
      expect(closed.history.map((h) => h.to)).toEqual(['submitted', 'received', 'in_progress', 'in_progress', 'closed']);
      expect(closed.history[3]).toMatchObject({ from: 'in_progress', reason: 'records_received', text: 'Fax came in', by: 'staff-1' });
      expect((await store.listByQueue(queue.id, { status: 'closed' })).referrals.map((r) => r.id)).toEqual([id]);
      const reopened = await store.updateStatus(id, { to: 'in_progress', by: 'staff-2', reason: 'reopened' });
      expect(reopened.outcome).toBeUndefined();
      expect(await store.get(id)).toEqual(reopened);
    });

    it('refuses transitions the model forbids, closing without an outcome, and a missing referral', async () => {
      const { id } = await create();
      await store.updateStatus(id, { to: 'received', by: 's' });
      await expect(store.updateStatus(id, { to: 'submitted', by: 's' })).rejects.toBeInstanceOf(InvalidTransitionError);
      await expect(store.updateStatus(id, { to: 'closed', by: 's' })).rejects.toThrow(/outcome/);
      expect(canTransition('closed', 'received')).toBe(false);
      await expect(store.updateStatus('CCS-ZZZZZZ', { to: 'received', by: 's' })).rejects.toBeInstanceOf(ReferralNotFoundError);
      expect((await store.get(id))?.history).toHaveLength(2);
    });

    it('lets one of two simultaneous status changes win; the other is told it changed meanwhile', async () => {
      const { id } = await create();
      const results = await Promise.allSettled([store.updateStatus(id, { to: 'received', by: 'a' }), store.updateStatus(id, { to: 'in_progress', by: 'b' })]);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected.length).toBeLessThanOrEqual(1);
      for (const r of rejected) expect(r.reason).toBeInstanceOf(StatusConflictError);
      expect((await store.get(id))?.history).toHaveLength(3 - rejected.length);
    });

    it('claims once, refuses another claimer unless they take over, releases only for the assignee; each step audited', async () => {
      const { id } = await create();
      const claimed = await store.claim(id, { staff: alice });
      expect(claimed.assignee).toEqual({ id: 'alice', name: 'alice@example.org', at: expect.any(String) });
      expect((await store.claim(id, { staff: alice })).history).toHaveLength(2);
      await expect(store.claim(id, { staff: bob })).rejects.toBeInstanceOf(AssignmentConflictError);
      await expect(store.release(id, { staff: bob })).rejects.toBeInstanceOf(AssignmentConflictError);
      expect((await store.claim(id, { staff: bob, takeOver: true })).assignee?.id).toBe('bob');
      const released = await store.release(id, { staff: bob });
      expect(released.assignee).toBeUndefined();
      expect(released.history.slice(1).map((h) => [h.action, h.by, h.byName, h.previous])).toEqual([
        ['claimed', 'alice', 'alice@example.org', undefined],
        ['claimed', 'bob', undefined, 'alice@example.org'],
        ['released', 'bob', undefined, undefined],
      ]);
    });

    it('lets only one of two staff claiming at once win', async () => {
      const { id } = await create();
      const results = await Promise.allSettled([store.claim(id, { staff: alice }), store.claim(id, { staff: bob })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected?.reason).toBeInstanceOf(AssignmentConflictError);
      expect((await store.get(id))?.history.filter((h) => h.action === 'claimed')).toHaveLength(1);
    });

    it('appends notes and message records, records an HSP notice, and reports a missing referral', async () => {
      const { id } = await create();
      await store.addRecord(id, { staff: alice, entry: { action: 'note', text: 'Left a voicemail' } });
      await store.addRecord(id, { staff: alice, entry: { action: 'messaged', text: 'Hi', templateId: 'free', delivery: 'sent' } });
      const dated = await store.setCareCoordinatorUpdate(id, { staff: alice, update: { noticedOn: '2026-01-02', dueDate: '2026-01-17' } });
      expect(dated).toMatchObject({ dueDate: '2026-01-17', careCoordinatorUpdate: { noticedOn: '2026-01-02', dueDate: '2026-01-17' } });
      expect(dated.history.slice(1).map((h) => h.action)).toEqual(['note', 'messaged', 'deadline']);
      await expect(store.addRecord('CCS-ZZZZZZ', { staff: alice, entry: { action: 'note', text: 'x' } })).rejects.toBeInstanceOf(ReferralNotFoundError);
      await expect(store.claim('CCS-ZZZZZZ', { staff: alice })).rejects.toBeInstanceOf(ReferralNotFoundError);
    });

    it('lists a queue newest first and counts open items (every status but closed)', async () => {
      const ids: string[] = [];
      for (const i of [1, 2, 3]) ids.push((await create({ createdAt: `2026-01-0${i}T10:00:00.000Z` })).id);
      await store.updateStatus(ids[0], { to: 'closed', by: 's', outcome: 'withdrawn' });
      await store.updateStatus(ids[1], { to: 'in_progress', by: 's' });
      expect((await store.listByQueue(queue.id)).referrals.map((r) => r.id)).toEqual([ids[2], ids[1], ids[0]]);
      expect((await store.listByQueue(queue.id, { status: 'open' })).referrals.map((r) => r.id)).toEqual([ids[2], ids[1]]);
      expect(await store.countByQueue(queue.id, 'open')).toBe(2);
      expect(await store.countByQueue(queue.id, 'closed')).toBe(1);
      expect(await store.countByQueue(queue.id, 'submitted')).toBe(1);
    });

    it("finds a person's own referrals by their contact, newest first", async () => {
      const first = await create({ createdAt: '2026-01-01T10:00:00.000Z' });
      const second = await create({ contact: first.contact, createdAt: '2026-01-02T10:00:00.000Z' });
      await create();
      expect((await store.listByContact(first.contact)).map((r) => r.id)).toEqual([second.id, first.id]);
      expect(await store.listByContact({ channel: 'web', key: first.contact.key })).toEqual([]);
    });

    it('claims a notification channel once; a certain failure frees it, an uncertain one does not', async () => {
      const { id } = await create();
      const at = new Date();
      const racing = await Promise.all([store.claimNotification(id, 'sms', at), store.claimNotification(id, 'sms', at)]);
      expect(racing.filter((c) => c.claimed)).toEqual([{ claimed: true, attempts: 1 }]);
      expect(await store.claimNotification(id, 'sms', at)).toMatchObject({ claimed: false, state: { status: 'sending' } });
      await store.failNotification(id, 'sms', { error: '429', at, attempts: 1, uncertain: false });
      expect(await store.claimNotification(id, 'sms', at)).toEqual({ claimed: true, attempts: 2 });
      await store.failNotification(id, 'sms', { error: 'timeout', at, attempts: 2, uncertain: true });
      expect(await store.claimNotification(id, 'sms', at)).toMatchObject({ claimed: false, state: { status: 'uncertain' } });
      expect(await store.claimNotification(id, 'email', at)).toEqual({ claimed: true, attempts: 1 });
      await store.completeNotification(id, 'email', { messageId: 'm-1', at, attempts: 1 });
      const done = await store.get(id);
      expect(done?.notifications?.email).toEqual({ status: 'sent', at: at.toISOString(), attempts: 1, messageId: 'm-1' });
      expect(done?.history.at(-1)).toMatchObject({ action: 'notified', reason: 'email', by: 'notifier' });
    });

    it('records that every channel was notified once, and nothing for a missing referral', async () => {
      const { id } = await create();
      const at = new Date();
      expect(await store.markNotified(id, at)).toBe(true);
      expect(await store.markNotified(id, at)).toBe(false);
      expect((await store.get(id))?.notifiedAt).toBe(at.toISOString());
      expect(await store.markNotified('CCS-ZZZZZZ', at)).toBe(false);
      await store.failNotification('CCS-ZZZZZZ', 'sms', { error: 'x', at, attempts: 1, uncertain: false });
      expect(await store.get('CCS-ZZZZZZ')).toBeUndefined();
    });

    it('hands out copies: changing a returned referral changes nothing stored', async () => {
      const referral = await create();
      referral.history.push({ at: 'x', by: 'x', action: 'note' });
      referral.status = 'closed';
      expect(await store.get(referral.id)).toMatchObject({ status: 'submitted', history: [{ action: 'created' }] });
    });
  });
}
