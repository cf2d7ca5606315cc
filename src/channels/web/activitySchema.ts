import type { Activity } from 'botbuilder-core';
import * as z from '../../zodMini';

const account = z.looseObject({ id: z.string().check(z.minLength(1), z.maxLength(256)) });

/**
 * The parts of a Bot Framework activity the bot relies on; the rest of the protocol's fields
 * pass through untouched. Oversized text is refused here rather than stored.
 */
export const activitySchema = z.pipe(
  z.looseObject({
    type: z.string().check(z.minLength(1), z.maxLength(64)),
    channelId: z.string().check(z.minLength(1), z.maxLength(64)),
    serviceUrl: z.string().check(z.minLength(1), z.maxLength(2048)),
    conversation: account,
    from: account,
    recipient: z.optional(account),
    text: z.optional(z.string().check(z.maxLength(5000))),
    deliveryMode: z.optional(z.enum(['normal', 'notification', 'expectReplies', 'ephemeral'])),
  }),
  z.transform((value) => value as unknown as Activity),
);
