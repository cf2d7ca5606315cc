import { z } from 'zod';

/** Twilio acts on these words by unsubscribing the sender, so safety text must never suggest them. */
const SMS_OPT_OUT_WORDS = /\b(?:stop|stopall|unsubscribe|end|quit|cancel|revoke|optout)\b/i;

// Twilio recommends at most 320 characters per SMS; each part stays under 300 so a full reply fits.
const smsText = z
  .string()
  .min(1)
  .max(300)
  .refine((text) => !SMS_OPT_OUT_WORDS.test(text), { message: 'must not contain an SMS opt-out word' });

/** One message in both languages, with where its facts come from. */
const localizedMessage = z.strictObject({ en: smsText, es: smsText, source: z.string().min(1) });

export const safetyContentSchema = z.strictObject({
  crisis: z.strictObject({
    medical: localizedMessage,
    poisoning: localizedMessage,
    behavioral: localizedMessage,
    illinoisCares: localizedMessage,
    followUp: localizedMessage,
  }),
  ssnNotice: localizedMessage,
});
