import type { ContactKey, HistoryEntry, NotificationKey, NotificationState, Referral, ReferralStatus } from '../../src/referrals/model';
import { matchesStatus, plain, ReferralStore, type ListOptions, type ReferralChange } from '../../src/referrals/store';

/**
 * The referral store in memory, for dialog and unit tests that must not touch DynamoDB. The rules
 * are the base class's; this only keeps items and checks each change's guard, as DynamoDB's
 * condition does (test/helpers/referralStoreContract.ts runs the same suite against both).
 */
export class MemoryReferralStore extends ReferralStore {
  readonly items = new Map<string, Referral>();

  protected async insert(referral: Referral): Promise<boolean> {
    if (this.items.has(referral.id)) return false;
    this.items.set(referral.id, plain(referral));
    return true;
  }

  async get(id: string): Promise<Referral | undefined> {
    const item = this.items.get(id);
    return item && plain(item);
  }

  async listByQueue(queueId: string, { status, limit = 50 }: ListOptions = {}): Promise<{ referrals: Referral[]; cursor?: string }> {
    return { referrals: this.newestFirst((r) => r.queue.id === queueId && matchesStatus(r, status)).slice(0, limit) };
  }

  async listByContact(contact: Pick<ContactKey, 'channel' | 'key'>, limit = 20): Promise<Referral[]> {
    return this.newestFirst((r) => r.contact.channel === contact.channel && r.contact.key === contact.key).slice(0, limit);
  }

  async countByQueue(queueId: string, status: ReferralStatus | 'open'): Promise<number> {
    return this.newestFirst((r) => r.queue.id === queueId && matchesStatus(r, status)).length;
  }

  protected async apply(id: string, { fields, entry, guard, conflict }: ReferralChange): Promise<Referral> {
    const item = this.items.get(id);
    const holds =
      item &&
      (guard.status === undefined || item.status === guard.status) &&
      (guard.statusChangedAt === undefined || item.statusChangedAt === guard.statusChangedAt) &&
      (guard.assigneeId === undefined || (item.assignee?.id ?? null) === guard.assigneeId);
    if (!item || !holds) throw await conflict();
    const next = plain({ ...item, ...fields, history: [...item.history, entry] });
    this.items.set(id, next);
    return plain(next);
  }

  protected async writeNotification(
    id: string,
    channel: NotificationKey,
    state: NotificationState,
    { expectAttempts, entry }: { expectAttempts?: number | null; entry?: HistoryEntry },
  ): Promise<boolean> {
    const item = this.items.get(id);
    if (!item) return false;
    const previous = item.notifications?.[channel];
    if (expectAttempts === null && previous) return false;
    if (typeof expectAttempts === 'number' && !(previous?.status === 'failed' && previous.attempts === expectAttempts)) return false;
    item.notifications = { ...item.notifications, [channel]: plain(state) };
    if (entry) item.history.push(plain(entry));
    return true;
  }

  protected async setNotifiedOnce(id: string, at: string): Promise<boolean> {
    const item = this.items.get(id);
    if (!item || item.notifiedAt) return false;
    item.notifiedAt = at;
    return true;
  }

  private newestFirst(filter: (referral: Referral) => boolean): Referral[] {
    return [...this.items.values()]
      .filter(filter)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(plain);
  }
}
