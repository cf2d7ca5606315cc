import type { Referral } from '../referrals/model';

/** The console's tabs: nobody on it yet, someone claimed it, being worked, done. */
export const QUEUE_STAGES = ['new', 'claimed', 'in_progress', 'closed'] as const;
export type QueueStage = (typeof QUEUE_STAGES)[number];

export function queueStage(referral: Pick<Referral, 'status' | 'assignee'>): QueueStage {
  if (referral.status === 'closed' || referral.status === 'in_progress') return referral.status;
  return referral.assignee ? 'claimed' : 'new';
}
