import * as z from '../zodMini';
import type { Router } from '../referrals/routing';
import { queueParam } from './staffView';

/** `?queue=` (one of the caller's queues; all of them when omitted) and `?weeks=` for the charts. */
export function reportQuerySchema(router: Router) {
  return z.strictObject({
    queue: z.optional(queueParam(router)),
    weeks: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(52)), 12),
  });
}

export type ReportQuery = z.infer<ReturnType<typeof reportQuerySchema>>;
