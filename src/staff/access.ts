import { HttpError } from '../http/errors';
import { canSeeQueue, type StaffIdentity } from './http/staffAuth';
import type { Referral, StaffRef } from '../referrals/model';
import type { ReferralRepository } from '../referrals/store';

/** How a staff member is recorded on a referral: their id, and their email for people reading the trail. */
export function staffRef(staff: StaffIdentity): StaffRef {
  return staff.email ? { id: staff.id, name: staff.email } : { id: staff.id };
}

/** The referral, if it exists (404) and sits in one of the staff member's queues or was told to their plan team (403). */
export async function referralForStaff(store: ReferralRepository, staff: StaffIdentity, id: string): Promise<Referral> {
  const referral = await store.get(id);
  if (!referral) throw new HttpError(404, `Referral ${id} not found`);
  const queues = [referral.queue.id, ...(referral.alsoTold ?? []).map((team) => team.id)];
  if (!queues.some((queue) => canSeeQueue(staff, queue))) throw new HttpError(403, `Forbidden: ${id} is not in one of your queues`);
  return referral;
}

/** 403 unless the staff member belongs to the queue. */
export function assertQueueMember(staff: StaffIdentity, queueId: string): void {
  if (!canSeeQueue(staff, queueId)) throw new HttpError(403, `Forbidden: not a member of queue ${queueId}`);
}
