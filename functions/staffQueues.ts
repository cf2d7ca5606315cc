import { getDomainRuntime } from '../src/app/domainRuntime';
import { jsonResponse } from '../src/http/middleware';
import type { HttpEvent } from '../src/http/types';
import type { WithStaff } from '../src/staff/http/staffAuth';
import { staffApiHandler } from '../src/app/staffApi';
import { queueSummaries } from '../src/staff/queueSummary';

/** GET /staff/api/queues: who is signed in, and their queues with counts per tab, overdue and due today. */
export const handler = staffApiHandler<HttpEvent & WithStaff>().handler(async (event) => {
  const { referrals } = await getDomainRuntime();
  const today = referrals.calendar.localDate(new Date());
  const { id, email, queues } = event.staff;
  return jsonResponse(200, { staff: { id, email, queues }, today, queues: await queueSummaries(referrals.store, referrals.router, event.staff, today) });
});
