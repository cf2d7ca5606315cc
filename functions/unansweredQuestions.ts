import * as z from '../src/zodMini';
import { getInfrastructure } from '../src/app/infrastructure';
import { getDomainRuntime } from '../src/app/domainRuntime';
import { HttpError } from '../src/http/errors';
import { httpHandler, jsonResponse } from '../src/http/middleware';
import type { HttpEvent } from '../src/http/types';
import { queryParams, type WithQuery } from '../src/http/queryParams';
import { staffAuth, type WithStaff } from '../src/staff/http/staffAuth';

const querySchema = z.object({
  month: z._default(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be yyyy-mm')), () => new Date().toISOString().slice(0, 7)),
});

/**
 * GET /staff/api/unanswered?month=yyyy-mm: what families and providers asked that the bot could
 * not answer (scrubbed to FAQ words), for whoever maintains the content: staff who see every
 * queue (Cognito `admin`, or the local staff token); 403 for a queue's own staff.
 */
export const handler = httpHandler<HttpEvent & WithStaff & WithQuery<z.infer<typeof querySchema>>>(
  staffAuth({ staffToken: async () => (await getInfrastructure()).config.STAFF_TOKEN }),
  queryParams(querySchema),
).handler(async (event) => {
  if (event.staff.queues !== '*') throw new HttpError(403, 'Forbidden: unanswered questions are for content administrators');
  const { unanswered } = await getDomainRuntime();
  return jsonResponse(200, { month: event.query.month, questions: await unanswered.list(event.query.month) });
});
