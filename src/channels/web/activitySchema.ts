import type { Activity } from 'botbuilder';
import * as z from 'zod';

const account = z.object({ id: z.string().min(1).max(256) }).loose();

/**
 * The parts of a Bot Framework activity the bot relies on; the rest of the protocol's fields
 * pass through untouched. Oversized text is refused here rather than stored.
 */
export const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().min(1).max(2048),
    conversation: account,
    from: account,
    recipient: account.optional(),
    text: z.string().max(5000).optional(),
    deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
  })
  .loose()
  .transform((value) => value as unknown as Activity);
