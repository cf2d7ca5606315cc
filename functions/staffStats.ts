import { getDomainRuntime, queueRouter } from '../src/app/domainRuntime';
import { jsonResponse } from '../src/http/middleware';
import type { HttpEvent } from '../src/http/types';
import { queryParams, type WithQuery } from '../src/http/queryParams';
import type { WithStaff } from '../src/staff/http/staffAuth';
import { staffApiHandler } from '../src/app/staffApi';
import { referralsForReport } from '../src/staff/queueItems';
import { reportQuerySchema, type ReportQuery } from '../src/staff/reportQuery';
import { queueStats } from '../src/staff/stats';

/** GET /staff/api/stats?queue=&weeks=: referrals per county per week and time to first contact, for the console's charts. */
export const handler = staffApiHandler<HttpEvent & WithStaff & WithQuery<ReportQuery>>(queryParams(reportQuerySchema(queueRouter()))).handler(async (event) => {
  const { referrals } = await getDomainRuntime();
  const { calendar, store, router } = referrals;
  const today = calendar.localDate(new Date());
  const items = await referralsForReport(store, router, event.staff, event.query.queue);
  return jsonResponse(200, queueStats(items, { calendar, today, weeks: event.query.weeks }));
});
