import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder-core';
import type { TwilioInbound } from './twilioInbound';
import { renderSms } from './renderSms';
import type { SmsSender } from './twilioRest';
import { stampChannel } from '../verifiedChannel';

export const SMS_CHANNEL_ID = 'sms';

/** botbuilder's ConversationState key for a phone's texts: `<channel>/conversations/<conversation id>/` (empty namespace). */
export function smsStateStorageKey(phone: string): string {
  return `${SMS_CHANNEL_ID}/conversations/${phone}/`;
}
const INBOUND_REPLIES = Symbol('smsInboundReplies');

/**
 * botbuilder adapter for Twilio SMS. Inbound webhooks become Activities (raw payload kept in
 * channelData); replies to an inbound text are collected and returned for TwiML; messages sent
 * outside an inbound turn (proactive) go through the Twilio REST API. Signature checks happen
 * before this, in the HTTP layer; so this adapter is the one place a turn is stamped as an SMS
 * turn with its phone (src/channels/verifiedChannel.ts).
 */
export class TwilioSmsAdapter extends BotAdapter {
  constructor(private readonly sender: SmsSender) {
    super();
  }

  static toActivity(form: TwilioInbound): Partial<Activity> {
    return {
      type: ActivityTypes.Message,
      id: form.MessageSid,
      channelId: SMS_CHANNEL_ID,
      serviceUrl: SMS_CHANNEL_ID,
      timestamp: new Date(),
      from: { id: form.From, name: '', role: 'user' },
      recipient: { id: form.To, name: 'CCS Navigator', role: 'bot' },
      conversation: { id: form.From, isGroup: false, name: '', conversationType: 'sms' },
      text: form.Body,
      channelData: form,
    };
  }

  /** Runs one inbound text through middleware and the bot; resolves with the reply activities. */
  async processInbound(form: TwilioInbound, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, TwilioSmsAdapter.toActivity(form));
    stampChannel(context, { channel: 'sms', phone: form.From });
    const replies: Partial<Activity>[] = [];
    context.turnState.set(INBOUND_REPLIES, replies);
    await this.runMiddleware(context, logic);
    return replies;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const replies: Partial<Activity>[] | undefined = context.turnState.get(INBOUND_REPLIES);
    if (replies) {
      replies.push(...activities);
      return activities.map(() => ({ id: '' }));
    }
    const to = context.activity.conversation?.id;
    if (!to) throw new Error('[TwilioSmsAdapter]: proactive message without a conversation (phone number).');
    const responses: ResourceResponse[] = [];
    for (const body of renderSms(activities)) {
      const result = await this.sender.send(to, body);
      responses.push({ id: 'sid' in result ? result.sid : '' });
    }
    return responses;
  }

  /** Proactive turn (staff messaging a family back): replies go out through the REST API. */
  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'proactive' }, reference, true);
    const context = new TurnContext(this, activity);
    // The reference is the product's own (a stored SMS contact), never a request's.
    if (activity.conversation?.id) stampChannel(context, { channel: 'sms', phone: activity.conversation.id });
    await this.runMiddleware(context, logic);
  }

  /** SMS cannot edit a sent text. */
  async updateActivity(): Promise<void> {
    throw new Error('[TwilioSmsAdapter]: SMS messages cannot be updated.');
  }

  /** SMS cannot recall a sent text. */
  async deleteActivity(): Promise<void> {
    throw new Error('[TwilioSmsAdapter]: SMS messages cannot be deleted.');
  }
}
