import type { ConversationReference, TurnContext } from 'botbuilder';
import { TwilioSendError, type SmsSender } from '../channels/sms/twilioRest';
import { HttpError } from '../http/errors';
import { errorSummary, logger } from '../observability/logger';
import type { MessageDelivery, Referral, StaffRef } from '../referrals/model';
import type { TranscriptStore } from '../transcripts/transcriptStore';

/** Proactive web messages: Bot Framework's CloudAdapter, with the bot's Microsoft app id. */
export interface ProactiveWeb {
  appId: string;
  adapter: {
    continueConversationAsync(appId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  };
}

export interface StaffMessengerDeps {
  /** The opt-out-aware sender: a number that texted STOP gets nothing. */
  sms: SmsSender;
  transcripts: Pick<TranscriptStore, 'append'>;
  /** Unset without a Microsoft app id (locally): the chat page shows staff lines from the transcript. */
  web?: ProactiveWeb;
}

/**
 * A staff member's message to a family, on the channel the family came from: SMS through
 * Twilio's REST API, or the web chat (a proactive Bot Framework message when configured). What
 * went out joins the conversation's transcript, where the family's reply lands too.
 *
 * Nothing is written for an opted-out number. A text that certainly did not go out (429,
 * connection refused) is refused with 503 so staff can try again; one that may have gone out is
 * reported `uncertain` and never resent automatically.
 */
export class StaffMessenger {
  constructor(private readonly deps: StaffMessengerDeps) {}

  async send(referral: Referral, staff: StaffRef, text: string, at: Date): Promise<MessageDelivery> {
    const { contact } = referral;
    const line = { at: at.toISOString(), from: 'staff' as const, text, staffId: staff.id };
    if (contact.channel === 'web') {
      const delivery = await this.sendToChat(contact.conversationReference, text);
      // Not delivered live: the open (or reopened) chat page picks proactive lines up from the transcript.
      await this.deps.transcripts.append(contact, [delivery === 'sent' ? line : { ...line, proactive: true }]);
      return delivery;
    }
    let delivery: MessageDelivery;
    try {
      delivery = 'skipped' in (await this.deps.sms.send(contact.key, text)) ? 'opted_out' : 'sent';
    } catch (error) {
      if (error instanceof TwilioSendError && error.retryable) throw new HttpError(503, 'The text was not sent (Twilio is busy or unreachable); try again', { cause: error });
      logger.error('staff text may have gone out', { referralId: referral.id, error: errorSummary(error) });
      return 'uncertain';
    }
    if (delivery === 'sent') await this.deps.transcripts.append(contact, [line]);
    return delivery;
  }

  private async sendToChat(reference: Partial<ConversationReference> | undefined, text: string): Promise<MessageDelivery> {
    const { web } = this.deps;
    if (!web || !reference?.serviceUrl) return 'chat_history';
    await web.adapter.continueConversationAsync(web.appId, reference, async (context) => {
      await context.sendActivity(text);
    });
    return 'sent';
  }
}
