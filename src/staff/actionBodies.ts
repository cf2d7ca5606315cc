import * as z from 'zod';
import { OUTCOMES, STATUSES } from '../referrals/model';
import { inProgressReasons } from '../family/statusContent';
import { isoDate } from '../referrals/dates';
import { MAX_FAMILY_MESSAGE } from './templates';

const REASONS = inProgressReasons('en').map((r) => r.id);

/** What staff type: trimmed, not empty, a sane length (rendered as text, never as HTML). */
const staffText = z.string().trim().min(1, 'is empty').max(2000);

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-01-09')
  .refine((d) => isoDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))) === d, 'is not a real date');

const statusChange = z
  .strictObject({
    to: z.enum(STATUSES),
    reason: z.enum(REASONS as [string, ...string[]]).optional(),
    outcome: z.enum(OUTCOMES).optional(),
    note: staffText.optional(),
  })
  .refine((b) => b.to !== 'closed' || b.outcome, { path: ['outcome'], message: 'is needed to close a referral' })
  .refine((b) => b.to === 'closed' || !b.outcome, { path: ['outcome'], message: 'only goes with closed' })
  .refine((b) => b.to === 'in_progress' || !b.reason, { path: ['reason'], message: 'only goes with in_progress' });

/** The JSON body of each `POST /staff/api/referrals/{id}/<action>`. */
export const actionBodies = {
  claim: z.strictObject({ takeOver: z.boolean().default(false) }),
  release: z.strictObject({}),
  status: statusChange,
  notes: z.strictObject({ text: staffText }),
  deadline: z.strictObject({ noticedOn: calendarDate }),
  messages: z.strictObject({ templateId: z.string().regex(/^[a-z_]+$/), text: z.string().trim().min(1).max(MAX_FAMILY_MESSAGE).optional() }),
};

export type StaffAction = Exclude<keyof typeof actionBodies, 'messages'>;
export type ActionBody<A extends keyof typeof actionBodies> = z.infer<(typeof actionBodies)[A]>;
