import type { ConversationReference, TurnContext } from 'botbuilder-core';
import { TwilioSendError, type SmsSender } from '../channels/sms/twilioRest';
import { errorSummary, logger } from '../observability/logger';
import type { MessageDelivery, Referral } from '../referrals/model';
import type { TranscriptEntry, TranscriptStore } from '../transcripts/transcriptStore';

/** Proactive web messages: Bot Framework's CloudAdapter, with the bot's Microsoft app id. */
export interface ProactiveWeb {
  appId: string;
  adapter: {
    continueConversationAsync(appId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  };
}

export interface FamilyDeliveryDeps {
  /** The opt-out-aware sender: a number that texted STOP gets nothing. */
  sms: SmsSender;
  transcripts: Pick<TranscriptStore, 'append'>;
  /** Unset without a Microsoft app id (locally): the chat page shows proactive lines from the transcript. */
  web?: ProactiveWeb;
}

/** The line as the transcript keeps it (who wrote it; `proactive` for lines sent outside a turn); `text` is what the family receives. */
export type FamilyLine = Pick<TranscriptEntry, 'from' | 'staffId' | 'proactive'> & { text: string };

/**
 * Delivers one message to a family on the channel they came from, the one place that does so
 * (staff replies, status updates, first-contact nudges). SMS: through Twilio's REST API, then the
 * line joins the transcript. Web: a live proactive message when a Bot Framework app is configured,
 * and always a transcript line the chat page shows when open or reopened.
 *
 * A text that certainly did not go out (429, connection refused) throws its retryable
 * TwilioSendError so the caller may try again; one that may have gone out is `uncertain` and
 * never sent again. An opted-out number gets nothing and nothing is recorded.
 */
export async function deliverToFamily(deps: FamilyDeliveryDeps, referral: Referral, line: FamilyLine, at: Date): Promise<MessageDelivery> {
  const { contact } = referral;
  const entry: TranscriptEntry = { ...line, at: at.toISOString() };
  if (contact.channel === 'web') {
    const live = await sendToChat(deps.web, contact.conversationReference, line.text);
    await deps.transcripts.append(contact, [live ? entry : { ...entry, proactive: true }]);
    return live ? 'sent' : 'chat_history';
  }
  let delivery: MessageDelivery;
  try {
    delivery = 'skipped' in (await deps.sms.send(contact.key, line.text)) ? 'opted_out' : 'sent';
  } catch (error) {
    if (error instanceof TwilioSendError && error.retryable) throw error;
    logger.error('text to a family may have gone out; it is not resent', { referralId: referral.id, error: errorSummary(error) });
    return 'uncertain';
  }
  if (delivery === 'sent') await keepLine(deps, referral, entry);
  return delivery;
}

async function sendToChat(web: ProactiveWeb | undefined, reference: Partial<ConversationReference> | undefined, text: string): Promise<boolean> {
  if (!web || !reference?.serviceUrl) return false;
  await web.adapter.continueConversationAsync(web.appId, reference, async (context) => {
    await context.sendActivity(text);
  });
  return true;
}

/** The text went out: a lost transcript line must not make the caller retry (and text twice). */
async function keepLine(deps: FamilyDeliveryDeps, referral: Referral, entry: TranscriptEntry): Promise<void> {
  try {
    await deps.transcripts.append(referral.contact, [entry]);
  } catch (error) {
    logger.error('text to a family not recorded in the transcript', { referralId: referral.id, error: errorSummary(error) });
  }
}
