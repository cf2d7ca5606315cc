import * as z from 'zod';
import { OUTCOMES, STATUSES } from '../referrals/model';
import { inProgressReasons } from '../family/statusContent';
import { FAMILY_PLACEHOLDERS, MAX_FAMILY_MESSAGE, UNSUBSCRIBE_WORDS } from './familyMessageRules';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
const familyText = z
  .string()
  .min(1)
  .max(MAX_FAMILY_MESSAGE)
  .refine((body) => !UNSUBSCRIBE_WORDS.test(body), 'CANCEL and QUIT unsubscribe a family on SMS, so no template may ask for them')
  .refine(
    (text) => placeholders(text).every((p) => (FAMILY_PLACEHOLDERS as readonly string[]).includes(p)),
    `may only use {${FAMILY_PLACEHOLDERS.join('}, {')}}`,
  );

/** The automatic status text a template says again: a status, an in-progress reason or a closing outcome of content/statuses.json. */
const repeatsSchema = z.union([
  z.strictObject({ status: z.enum(STATUSES) }),
  z.strictObject({ reason: z.string().refine((id) => inProgressReasons('en').some((r) => r.id === id), 'is not a reason in content/statuses.json') }),
  z.strictObject({ outcome: z.enum(OUTCOMES) }),
]);

/** content/staff-templates.json; checked in a unit test. */
export const staffTemplatesSchema = z.strictObject({
  about: z.string(),
  family: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z_]+$/),
        label: z.string().min(1).max(80),
        repeats: repeatsSchema.optional(),
        text: z.strictObject({ en: familyText, es: familyText }),
      }),
    )
    .min(1)
    .refine((list) => new Set(list.map((t) => t.id)).size === list.length, 'template ids must be unique'),
  dailySummary: z.strictObject({
    sms: z.string().min(1),
    smsManyQueues: z.string().min(1),
    emailSubject: z.string().min(1),
    emailIntro: z.string().min(1),
    emailLine: z.string().min(1),
    emailOutro: z.string().min(1),
  }),
});

export type StaffTemplates = z.infer<typeof staffTemplatesSchema>;
