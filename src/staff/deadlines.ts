import { addDays } from '../referrals/businessDays';
import type { Referral } from '../referrals/model';

/**
 * Illinois Home Services Program: MCOs give HSP the care coordinator's contact within 15 days of
 * the notice of a member's waiver assignment, or of a coordinator change (content/faq.json,
 * "HSP: care coordinator contact info").
 */
export const HSP_UPDATE_DAYS = 15;

export function careCoordinatorDueDate(noticedOn: string): string {
  return addDays(noticedOn, HSP_UPDATE_DAYS);
}

/**
 * First contact is the move to in progress: "received" tells the family the office will contact
 * them by the due date (content/statuses.json), and staff move it on once they have. A message
 * from the console ("we received it, we will call you") does not count.
 */
export function firstContactAt(referral: Pick<Referral, 'history'>): string | undefined {
  return referral.history.find((h) => h.action === 'status' && h.to === 'in_progress')?.at;
}

/** Not yet contacted: still submitted or received. */
export function awaitingFirstContact(referral: Pick<Referral, 'status'>): boolean {
  return referral.status === 'submitted' || referral.status === 'received';
}

export type DeadlineRule = 'first_contact' | 'emergency' | 'hsp_care_coordinator';

export interface Deadline {
  rule: DeadlineRule;
  /** ISO date. */
  date: string;
  state: 'overdue' | 'today' | 'upcoming';
}

type Dated = Pick<Referral, 'status' | 'firstContactDue' | 'dueDate' | 'careCoordinatorUpdate'>;

/**
 * The deadlines still ahead of staff, earliest first: first contact until it happens, and the
 * due date (emergency admission or HSP update) until the referral is closed. `today` is the
 * office's calendar date (ISO); a deadline is overdue the day after it.
 */
export function pendingDeadlines(referral: Dated, today: string): Deadline[] {
  if (referral.status === 'closed') return [];
  const dates: Omit<Deadline, 'state'>[] = [];
  if (awaitingFirstContact(referral)) dates.push({ rule: 'first_contact', date: referral.firstContactDue });
  if (referral.dueDate) dates.push({ rule: referral.careCoordinatorUpdate ? 'hsp_care_coordinator' : 'emergency', date: referral.dueDate });
  return dates.sort((a, b) => a.date.localeCompare(b.date)).map((d) => ({ ...d, state: d.date < today ? 'overdue' : d.date === today ? 'today' : 'upcoming' }));
}
