import * as z from '../zodMini';
import { counties } from '../content/directory';
import { canSeeQueue, type StaffIdentity } from './http/staffAuth';
import { STATUSES, type Referral } from '../referrals/model';
import type { Router } from '../referrals/routing';
import { decodeQueueCursor, type ReferralRepository } from '../referrals/store';
import { assertQueueMember } from './access';
import { firstContactAt, pendingDeadlines } from './deadlines';
import { queueStage } from './queueStage';
import { statusMeaning } from '../family/statusContent';

/** A `?queue=` parameter: a queue id from content/routing.json. */
export function queueParam(router: Router) {
  return z.string().check(
    z.regex(/^[a-z0-9-]+$/, 'must be a queue id'),
    z.refine((id) => router.findQueue(id) !== undefined, 'is not a known queue'),
  );
}

/** `GET /staff/api/referrals` query: `queue`, `status` (or `open` = not closed), `kind`, `limit`, `cursor` (one queue only). */
export function listQuerySchema(router: Router) {
  return z
    .strictObject({
      queue: z.optional(queueParam(router)),
      status: z.optional(z.enum([...STATUSES, 'open'])),
      kind: z.optional(z.enum(['referral', 'handoff', 'urgent'])),
      limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2000))),
    })
    .check(
      z.refine((q) => !q.cursor || q.queue, { message: 'cursor needs one queue', path: ['cursor'] }),
      z.refine((q) => !q.cursor || !q.queue || decodeQueueCursor(q.cursor, q.queue) !== undefined, {
        message: 'is not a cursor this list gave',
        path: ['cursor'],
      }),
    );
}

export type ListQuery = z.infer<ReturnType<typeof listQuerySchema>>;

/**
 * What staff see of a referral: everything they need to act, none of the bot's internals
 * (idempotency key, proactive reference, notification state). `today` (the office's ISO date)
 * decides which deadlines are overdue.
 */
export function toStaffView(referral: Referral, router: Router, today: string) {
  const county = referral.county ? counties.find((c) => c.name === referral.county) : undefined;
  const queue = router.findQueue(referral.queue.id);
  const known = referral.handoff?.known;
  return {
    id: referral.id,
    code: referral.code,
    kind: referral.kind,
    status: referral.status,
    statusLabel: statusMeaning(referral).label.en,
    stage: queueStage(referral),
    assignee: referral.assignee,
    statusChangedAt: referral.statusChangedAt,
    statusReason: referral.statusReason,
    outcome: referral.outcome,
    queue: { id: referral.queue.id, name: queue?.name.en ?? referral.queue.name, kind: queue?.kind },
    office: county?.office ? { name: `${county.name} County CCS`, phone: county.office.phone, fax: county.office.fax } : undefined,
    region: referral.region,
    county: referral.county,
    child:
      referral.child ??
      (known?.childFirstName ? { firstName: known.childFirstName, lastName: known.childLastName, dateOfBirth: known.dateOfBirth } : undefined),
    contact: {
      channel: referral.channel,
      phone: referral.phone,
      name: referral.referrer?.name,
      role: referral.referrer?.role,
      /** Web handoffs without a phone: answer in the chat (issue 11 sends it proactively). */
      replyInChat: referral.channel === 'web' && !referral.phone,
    },
    referrer: referral.referrer,
    language: referral.language,
    preferredLanguage: referral.preferredLanguage,
    updatesOptIn: referral.updatesOptIn,
    condition: referral.condition,
    mediCal: referral.mediCal,
    openToCcs: referral.openToCcs,
    emergency: referral.emergency,
    handoff: referral.handoff,
    createdAt: referral.createdAt,
    firstContactDue: referral.firstContactDue,
    dueDate: referral.dueDate,
    careCoordinatorUpdate: referral.careCoordinatorUpdate,
    firstContactAt: firstContactAt(referral),
    deadlines: pendingDeadlines(referral, today),
    notifiedAt: referral.notifiedAt,
    history: referral.history,
  };
}

export type StaffReferralView = ReturnType<typeof toStaffView>;

/** Lists the referrals a staff member may see, newest first. */
export async function listReferrals(
  store: ReferralRepository,
  router: Router,
  staff: StaffIdentity,
  query: ListQuery,
  today: string,
): Promise<{ referrals: StaffReferralView[]; cursor?: string }> {
  if (query.queue) assertQueueMember(staff, query.queue);
  const queues = query.queue ? [query.queue] : visibleQueues(router, staff);
  const pages = await Promise.all(queues.map((queue) => store.listByQueue(queue, { status: query.status, limit: query.limit, cursor: query.cursor })));
  const referrals = pages
    .flatMap((p) => p.referrals)
    .filter((r) => !query.kind || r.kind === query.kind)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, query.limit)
    .map((r) => toStaffView(r, router, today));
  const cursor = pages.length === 1 ? pages[0].cursor : undefined;
  return cursor ? { referrals, cursor } : { referrals };
}

/** The ids of the queues a staff member belongs to, in content order. */
export function visibleQueues(router: Router, staff: StaffIdentity): string[] {
  return router
    .queues()
    .map((q) => q.id)
    .filter((id) => canSeeQueue(staff, id));
}
