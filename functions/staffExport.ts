import { getDomainRuntime, queueRouter } from '../src/app/domainRuntime';
import type { HttpEvent } from '../src/http/types';
import { queryParams, type WithQuery } from '../src/http/queryParams';
import type { WithStaff } from '../src/staff/http/staffAuth';
import { auditRead } from '../src/staff/audit';
import { referralsCsv } from '../src/staff/exportCsv';
import { staffApiHandler } from '../src/app/staffApi';
import { referralsForReport } from '../src/staff/queueItems';
import { reportQuerySchema, type ReportQuery } from '../src/staff/reportQuery';

/** GET /staff/api/export.csv?queue=: a queue (or all the caller's queues) as CSV for reporting; audited. */
export const handler = staffApiHandler<HttpEvent & WithStaff & WithQuery<ReportQuery>>(queryParams(reportQuerySchema(queueRouter()))).handler(async (event) => {
  const { referrals } = await getDomainRuntime();
  const today = referrals.calendar.localDate(new Date());
  const items = await referralsForReport(referrals.store, referrals.router, event.staff, event.query.queue);
  auditRead(event.staff, 'exported', { queue: event.query.queue ?? 'all', count: items.length });
  return {
    statusCode: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="ccs-referrals-${event.query.queue ?? 'all-queues'}-${today}.csv"`,
    },
    body: referralsCsv(items, today),
  };
});
