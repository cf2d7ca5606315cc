import type { StaffIdentity } from './http/staffAuth';
import type { Router } from '../referrals/routing';
import { visibleQueues } from './staffView';
import type { ReferralRepository } from '../referrals/store';
import { pendingDeadlines } from './deadlines';
import { allInQueue } from './queueItems';
import { queueStage, type QueueStage } from './queueStage';

export type QueueCounts = Record<QueueStage, number> & { overdue: number; dueToday: number };

/**
 * The staff member's queues with their counts per tab, and how many open items are overdue or
 * due today (by their earliest pending deadline). Open items are read (one key range per queue);
 * closed ones only counted.
 */
export async function queueSummaries(store: ReferralRepository, router: Router, staff: StaffIdentity, today: string) {
  return Promise.all(
    visibleQueues(router, staff).map(async (id) => {
      const [open, closed] = await Promise.all([allInQueue(store, id, 'open'), store.countByQueue(id, 'closed')]);
      const counts: QueueCounts = { new: 0, claimed: 0, in_progress: 0, closed, overdue: 0, dueToday: 0 };
      for (const referral of open) {
        counts[queueStage(referral)] += 1;
        const next = pendingDeadlines(referral, today)[0];
        if (next?.state === 'overdue') counts.overdue += 1;
        if (next?.state === 'today') counts.dueToday += 1;
      }
      const queue = router.queue(id);
      return { id, name: queue.name.en, kind: queue.kind, counts };
    }),
  );
}
