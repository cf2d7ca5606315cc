import { TurnContext, type Middleware } from 'botbuilder-core';
import type { ContactKey } from '../referrals/model';

/**
 * Who a turn is with, as established by the adapter that authenticated the request: the SMS
 * adapter from a Twilio-signed form (the phone is the verified `From`), the web adapter for
 * everything arriving at /api/messages (`canPush` when a Bot Framework app is configured, so
 * messages can reach the chat live later). Never read from the activity, whose `channelId` and
 * `from.id` a caller of /api/messages writes as it likes.
 */
export type VerifiedChannel = { channel: 'sms'; phone: string } | { channel: 'web'; canPush: boolean };

/**
 * What dialogs and content know about a conversation, instead of its channel: who it is with
 * and what the product can do there. Only src/channels maps a channel to these.
 */
export interface ConversationTraits {
  /** Families text the number; providers and their offices use the web chat. */
  audience: 'family' | 'provider';
  /** The product can message this conversation later, outside a turn: a phone always, a web chat only through a Bot Framework app (otherwise the reopened page shows the line). */
  canPush: boolean;
  /** The verified phone the conversation comes from (SMS): the number the product already has for this person. */
  callerId?: string;
}

const VERIFIED_CHANNEL = Symbol('verifiedChannel');

/** Set by an adapter when it creates a turn; the first stamp of a turn stands. */
export function stampChannel(context: TurnContext, channel: VerifiedChannel): void {
  if (!context.turnState.has(VERIFIED_CHANNEL)) context.turnState.set(VERIFIED_CHANNEL, channel);
}

/** The turn's channel; a turn no adapter stamped is a web turn, so nothing unverified reaches SMS state. */
export function verifiedChannel(context: TurnContext): VerifiedChannel {
  return context.turnState.get(VERIFIED_CHANNEL) ?? { channel: 'web', canPush: false };
}

/** The traits of the turn's conversation, from the adapter's stamp. */
export function conversationTraits(context: TurnContext): ConversationTraits {
  const verified = verifiedChannel(context);
  return verified.channel === 'sms' ? { audience: 'family', canPush: true, callerId: verified.phone } : { audience: 'provider', canPush: verified.canPush };
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
