import { getDomainRuntime, queueRouter } from '../src/app/domainRuntime';
import { jsonResponse } from '../src/http/middleware';
import type { HttpEvent } from '../src/http/types';
import { queryParams, type WithQuery } from '../src/http/queryParams';
import type { WithStaff } from '../src/staff/http/staffAuth';
import { listQuerySchema, listReferrals, type ListQuery } from '../src/staff/staffView';
import { staffApiHandler } from '../src/app/staffApi';

/**
 * GET /staff/api/referrals: the referrals and handoffs a staff member may see, newest first,
 * filtered by `queue`, `status` (or `open`), `kind`. Staff auth first (401), then the query (400).
 */
export const handler = staffApiHandler<HttpEvent & WithStaff & WithQuery<ListQuery>>(queryParams(listQuerySchema(queueRouter()))).handler(async (event) => {
  const { referrals } = await getDomainRuntime();
  const today = referrals.calendar.localDate(new Date());
  return jsonResponse(200, await listReferrals(referrals.store, referrals.router, event.staff, event.query, today));
});
