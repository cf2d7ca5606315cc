import { getRuntime } from '../src/app/runtime';
import { httpHandler, jsonResponse } from '../src/http/middleware';
import type { HttpEvent } from '../src/http/types';
import { queryParams, type WithQuery } from '../src/referrals/http/queryParams';
import { staffAuth, type WithStaff } from '../src/referrals/http/staffAuth';
import { listQuerySchema, listReferrals, type ListQuery } from '../src/referrals/staffApi';
import { Router } from '../src/referrals/routing';

/**
 * GET /staff/api/referrals: the referrals and handoffs a staff member may see, newest first,
 * filtered by `queue`, `status` (or `open`), `kind`. Staff auth first (401), then the query (400).
 */
export const handler = httpHandler<HttpEvent & WithStaff & WithQuery<ListQuery>>(
  staffAuth({ staffToken: async () => (await getRuntime()).config.STAFF_TOKEN }),
  queryParams(listQuerySchema(new Router())),
).handler(async (event) => {
  const { referrals } = await getRuntime();
  return jsonResponse(200, await listReferrals(referrals.store, referrals.router, event.staff, event.query));
});
