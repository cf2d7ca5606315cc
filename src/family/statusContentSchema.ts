import * as z from 'zod';
import { OUTCOMES, STATUSES, type Outcome, type ReferralStatus } from '../referrals/model';

const text = z.strictObject({ en: z.string().min(1).max(200), es: z.string().min(1).max(200) });
const meaning = z.strictObject({ label: text, family: text, next: text });

/** content/statuses.json: one entry per status, outcome and in-progress reason. Checked in a unit test. */
export const statusContentSchema = z.strictObject({
  about: z.string(),
  statuses: z.strictObject(Object.fromEntries(STATUSES.map((s) => [s, meaning])) as Record<ReferralStatus, typeof meaning>),
  reasons: z.record(z.string().regex(/^[a-z_]+$/), meaning),
  outcomes: z.strictObject(Object.fromEntries(OUTCOMES.map((o) => [o, meaning])) as Record<Outcome, typeof meaning>),
});

export type StatusContent = z.infer<typeof statusContentSchema>;
export type StatusMeaning = z.infer<typeof meaning>;
