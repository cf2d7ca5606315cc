import * as z from 'zod';
import type { Router } from '../referrals/routing';
import { queueParam } from './staffView';

/** `?queue=` (one of the caller's queues; all of them when omitted) and `?weeks=` for the charts. */
export function reportQuerySchema(router: Router) {
  return z.strictObject({
    queue: queueParam(router).optional(),
    weeks: z.coerce.number().int().min(1).max(52).default(12),
  });
}

export type ReportQuery = z.infer<ReturnType<typeof reportQuerySchema>>;
