import { TurnContext, type Middleware } from 'botbuilder';
import type { ContactKey } from '../referrals/model';

/**
 * Who a turn is with, as established by the adapter that authenticated the request: the SMS
 * adapter from a Twilio-signed form (the phone is the verified `From`), the web adapter for
 * everything arriving at /api/messages. Never read from the activity, whose `channelId` and
 * `from.id` a caller of /api/messages writes as it likes.
 */
export type VerifiedChannel = { channel: 'sms'; phone: string } | { channel: 'web' };

const VERIFIED_CHANNEL = Symbol('verifiedChannel');

/** Set by an adapter when it creates a turn; the first stamp of a turn stands. */
export function stampChannel(context: TurnContext, channel: VerifiedChannel): void {
  if (!context.turnState.has(VERIFIED_CHANNEL)) context.turnState.set(VERIFIED_CHANNEL, channel);
}

/** The turn's channel; a turn no adapter stamped is a web turn, so nothing unverified reaches SMS state. */
export function verifiedChannel(context: TurnContext): VerifiedChannel {
  return context.turnState.get(VERIFIED_CHANNEL) ?? { channel: 'web' };
}

export function channelOf(context: TurnContext): VerifiedChannel['channel'] {
  return verifiedChannel(context).channel;
}

/** How staff (and the family updates) reach this person back: the verified phone, or the web conversation. */
export function contactOf(context: TurnContext): ContactKey {
  const { activity } = context;
  const verified = verifiedChannel(context);
  if (verified.channel === 'sms') return { channel: 'sms', key: verified.phone };
  const reference = TurnContext.getConversationReference(activity);
  return { channel: 'web', key: activity.conversation.id, conversationReference: JSON.parse(JSON.stringify(reference)) };
}

/** Adapter middleware (installed first) that stamps every turn of that adapter. */
export function stampChannelMiddleware(channelFor: (context: TurnContext) => VerifiedChannel): Middleware {
  return {
    onTurn: async (context, next) => {
      stampChannel(context, channelFor(context));
      await next();
    },
  };
}
