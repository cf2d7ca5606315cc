import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { TwilioInbound } from './twilioInbound';
import { renderSms } from './renderSms';
import type { SmsSender } from './twilioRest';

export const SMS_CHANNEL_ID = 'sms';
const INBOUND_REPLIES = Symbol('smsInboundReplies');

/**
 * botbuilder adapter for Twilio SMS. Inbound webhooks become Activities (raw payload kept in
 * channelData); replies to an inbound text are collected and returned for TwiML; messages sent
 * outside an inbound turn (proactive) go through the Twilio REST API. Signature checks happen
 * before this, in the HTTP layer.
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
    await this.runMiddleware(new TurnContext(this, activity), logic);
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
