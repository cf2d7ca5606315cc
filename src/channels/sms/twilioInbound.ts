import * as z from '../../zodMini';

/**
 * The fields of Twilio's Messaging webhook the product uses. Twilio sends more (NumMedia,
 * FromCity, ...); they are allowed through and ignored.
 */
export const twilioInboundSchema = z.looseObject({
  MessageSid: z.string().check(z.regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'MessageSid must look like SM + 32 hex characters')),
  AccountSid: z.optional(z.string().check(z.regex(/^AC[0-9a-fA-F]{32}$/))),
  From: z.string().check(z.regex(/^\+[1-9]\d{6,14}$/, 'From must be an E.164 phone number')),
  To: z.string().check(z.minLength(1), z.maxLength(64)),
  Body: z.string().check(z.maxLength(1600)),
});

export type TwilioInbound = z.infer<typeof twilioInboundSchema>;
