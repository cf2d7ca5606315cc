import * as z from '../zodMini';
import { OUTCOMES, STATUSES } from '../referrals/model';
import { inProgressReasons } from '../family/statusContent';
import { isoDate } from '../referrals/dates';
import { MAX_FAMILY_MESSAGE } from './familyMessageRules';

const REASONS = inProgressReasons('en').map((r) => r.id);

/** What staff type: trimmed, not empty, a sane length (rendered as text, never as HTML). */
const staffText = z.string().check(z.trim(), z.minLength(1, 'is empty'), z.maxLength(2000));

const calendarDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-01-09'),
  z.refine((d) => isoDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))) === d, 'is not a real date'),
);

const statusChange = z
  .strictObject({
    to: z.enum(STATUSES),
    reason: z.optional(z.enum(REASONS as [string, ...string[]])),
    outcome: z.optional(z.enum(OUTCOMES)),
    note: z.optional(staffText),
  })
  .check(
    z.refine((b) => b.to !== 'closed' || b.outcome, { path: ['outcome'], message: 'is needed to close a referral' }),
    z.refine((b) => b.to === 'closed' || !b.outcome, { path: ['outcome'], message: 'only goes with closed' }),
    z.refine((b) => b.to === 'in_progress' || !b.reason, { path: ['reason'], message: 'only goes with in_progress' }),
  );

/** The JSON body of each `POST /staff/api/referrals/{id}/<action>`. */
export const actionBodies = {
  claim: z.strictObject({ takeOver: z._default(z.boolean(), false) }),
  release: z.strictObject({}),
  status: statusChange,
  notes: z.strictObject({ text: staffText }),
  deadline: z.strictObject({ noticedOn: calendarDate }),
  messages: z.strictObject({
    templateId: z.string().check(z.regex(/^[a-z_]+$/)),
    text: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_FAMILY_MESSAGE))),
  }),
};

export type StaffAction = Exclude<keyof typeof actionBodies, 'messages'>;
export type ActionBody<A extends keyof typeof actionBodies> = z.infer<(typeof actionBodies)[A]>;
