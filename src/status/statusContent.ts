import { z } from 'zod';
import statusesJson from '../../content/statuses.json';
import { OUTCOMES, STATUSES, type Outcome, type ReferralStatus } from '../referrals/model';
import type { Lang } from '../i18n';

const text = z.strictObject({ en: z.string().min(1).max(200), es: z.string().min(1).max(200) });
const meaning = z.strictObject({ label: text, family: text, next: text });

/** content/statuses.json: one entry per status, outcome and in-progress reason. Checked in a unit test. */
export const statusContentSchema = z.strictObject({
  about: z.string(),
  statuses: z.strictObject(Object.fromEntries(STATUSES.map((s) => [s, meaning])) as Record<ReferralStatus, typeof meaning>),
  reasons: z.record(z.string().regex(/^[a-z_]+$/), meaning),
  outcomes: z.strictObject(Object.fromEntries(OUTCOMES.map((o) => [o, meaning])) as Record<Outcome, typeof meaning>),
});

export type StatusMeaning = z.infer<typeof meaning>;
const content = statusesJson as z.infer<typeof statusContentSchema>;

/**
 * The words for where a referral stands: the outcome when closed, else the in-progress reason
 * when there is one, else the status. Staff see `label`; families read `family` and `next`.
 */
export function statusMeaning(referral: { status: ReferralStatus; outcome?: Outcome; statusReason?: string }): StatusMeaning {
  if (referral.status === 'closed' && referral.outcome) return content.outcomes[referral.outcome];
  if (referral.statusReason && content.reasons[referral.statusReason]) return content.reasons[referral.statusReason];
  return content.statuses[referral.status];
}

/** The reasons staff can give for "in progress" (e.g. waiting for records), with their labels. */
export function inProgressReasons(lang: Lang): { id: string; label: string }[] {
  return Object.entries(content.reasons).map(([id, m]) => ({ id, label: m.label[lang] }));
}

/** Fills `{due}` and other placeholders. */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
