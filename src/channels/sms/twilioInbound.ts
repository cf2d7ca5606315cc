import * as z from 'zod';

/**
 * The fields of Twilio's Messaging webhook the product uses. Twilio sends more (NumMedia,
 * FromCity, ...); they are allowed through and ignored.
 */
export const twilioInboundSchema = z
  .object({
    MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'MessageSid must look like SM + 32 hex characters'),
    AccountSid: z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/)
      .optional(),
    From: z.string().regex(/^\+[1-9]\d{6,14}$/, 'From must be an E.164 phone number'),
    To: z.string().min(1).max(64),
    Body: z.string().max(1600),
  })
  .loose();

export type TwilioInbound = z.infer<typeof twilioInboundSchema>;
