import type { StaffIdentity } from './http/staffAuth';
import type { Referral, ReferralStatus } from '../referrals/model';
import type { Router } from '../referrals/routing';
import { visibleQueues } from './staffView';
import type { ReferralRepository } from '../referrals/store';
import { assertQueueMember } from './access';

/** Every item of a queue (of one status, or open), page after page. */
export async function allInQueue(store: ReferralRepository, queueId: string, status?: ReferralStatus | 'open'): Promise<Referral[]> {
  const all: Referral[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listByQueue(queueId, { status, limit: 200, cursor });
    all.push(...page.referrals);
    cursor = page.cursor;
  } while (cursor);
  return all;
}

/** Everything in one queue (403 unless a member), or in all the staff member's queues: what reports read. */
export async function referralsForReport(store: ReferralRepository, router: Router, staff: StaffIdentity, queue?: string): Promise<Referral[]> {
  if (queue) assertQueueMember(staff, queue);
  const ids = queue ? [queue] : visibleQueues(router, staff);
  return (await Promise.all(ids.map((id) => allInQueue(store, id)))).flat();
}
