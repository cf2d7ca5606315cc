import { canTransition } from '../../../src/referrals/model';
import { InvalidTransitionError, MemoryReferralStore, type NewReferral } from '../../../src/referrals/store';

const input = (sourceKey: string): NewReferral => ({
  kind: 'referral',
  sourceKey,
  queue: { id: 'county-kern', name: 'Kern County CCS office' },
  region: 'CA',
  county: 'Kern',
  channel: 'sms',
  contact: { channel: 'sms', key: '+16615550123' },
  language: 'en',
  updatesOptIn: false,
  firstContactDue: '2026-01-09',
  createdAt: '2026-01-07T18:00:00.000Z',
});

describe('referral lifecycle', () => {
  it('allows submitted → received → in_progress (with reasons) → closed with an outcome, and reopening', async () => {
    const store = new MemoryReferralStore();
    const { referral } = await store.create(input('a'));
    await store.updateStatus(referral.id, { to: 'received', by: 'staff-1' });
    await store.updateStatus(referral.id, { to: 'in_progress', by: 'staff-1', reason: 'waiting_for_records' });
    await store.updateStatus(referral.id, { to: 'in_progress', by: 'staff-1', reason: 'records_received' });
    const closed = await store.updateStatus(referral.id, { to: 'closed', by: 'staff-1', outcome: 'eligible' });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'eligible' });
    expect(closed.history.map((h) => h.to)).toEqual(['submitted', 'received', 'in_progress', 'in_progress', 'closed']);
    const reopened = await store.updateStatus(referral.id, { to: 'in_progress', by: 'staff-2', reason: 'reopened' });
    expect(reopened.outcome).toBeUndefined();
  });

  it('refuses transitions the model forbids, and closing without an outcome', async () => {
    const store = new MemoryReferralStore();
    const { referral } = await store.create(input('b'));
    await store.updateStatus(referral.id, { to: 'received', by: 's' });
    await expect(store.updateStatus(referral.id, { to: 'submitted', by: 's' })).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(store.updateStatus(referral.id, { to: 'closed', by: 's' })).rejects.toThrow(/outcome/);
    expect(canTransition('closed', 'received')).toBe(false);
  });

  it('creates once per source', async () => {
    const store = new MemoryReferralStore();
    const first = await store.create(input('c'));
    const second = await store.create(input('c'));
    expect(second).toEqual({ referral: first.referral, created: false });
    expect(store.items.size).toBe(1);
  });

  it('claims a notification channel once; a certain failure frees it, an uncertain one does not', async () => {
    const store = new MemoryReferralStore();
    const { referral } = await store.create(input('d'));
    const at = new Date();
    expect(await store.claimNotification(referral.id, 'sms', at)).toEqual({ claimed: true, attempts: 1 });
    expect(await store.claimNotification(referral.id, 'sms', at)).toMatchObject({ claimed: false, state: { status: 'sending' } });
    await store.failNotification(referral.id, 'sms', { error: '429', at, attempts: 1, uncertain: false });
    expect(await store.claimNotification(referral.id, 'sms', at)).toEqual({ claimed: true, attempts: 2 });
    await store.failNotification(referral.id, 'sms', { error: 'timeout', at, attempts: 2, uncertain: true });
    expect(await store.claimNotification(referral.id, 'sms', at)).toMatchObject({ claimed: false, state: { status: 'uncertain' } });
  });
});
