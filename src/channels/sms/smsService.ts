import MessagingResponse from 'twilio/lib/twiml/MessagingResponse';
import type { TurnContext } from 'botbuilder-core';
import type { Context } from 'aws-lambda';
import type { RetryGuard } from './smsRetryGuard';
import type { TwilioInbound } from './twilioInbound';
import type { TwilioSmsAdapter } from './twilioSmsAdapter';
import { renderSms } from './renderSms';
import { recognizeSmsKeyword } from './smsKeywords';
import type { OptOutStore } from './optOutStore';
import { t, type Lang } from '../../i18n';
import { errorSummary, logger } from '../../observability/logger';

/** TwiML for a list of SMS bodies; no bodies gives an empty `<Response/>` (Twilio sends nothing). */
export function toTwiml(messages: string[]): string {
  const response = new MessagingResponse();
  for (const body of messages) response.message(body);
  return response.toString();
}

/**
 * One inbound text, end to end. Carrier keywords come first (STOP opts out with one
 * confirmation, START opts back in, HELP answers), in the conversation's language: STOP, START
 * and HELP are the same words in every language, so the reply follows what the texter has been
 * speaking (a Spanish keyword such as AYUDA or PARAR is answered in Spanish). An opted-out number
 * gets silence and no bot turn. Otherwise the turn runs through the SMS adapter and the bot, and the replies come back
 * as TwiML. `guard` makes a Twilio retry of the same MessageSid replay the first answer instead
 * of running the turn again.
 */
export class SmsService {
  private readonly guarded: (message: TwilioInbound, lambdaContext?: Context) => Promise<string>;

  constructor(
    private readonly adapter: TwilioSmsAdapter,
    private readonly logic: (context: TurnContext) => Promise<void>,
    private readonly optOuts: OptOutStore,
    guard: RetryGuard<TwilioInbound>,
    /** The language a conversation has used so far (read from its state), if any. */
    private readonly conversationLang: (context: TurnContext) => Promise<Lang | undefined>,
  ) {
    this.guarded = guard((message) => this.runTurn(message));
  }

  async handleInbound(message: TwilioInbound, lambdaContext?: Context): Promise<string> {
    try {
      return await this.guarded(message, lambdaContext);
    } catch (error) {
      // DynamoDB throttled or unreachable before the bot ran (retry guard, opt-out list): nothing
      // was saved, and a 5xx would leave the texter with no answer at all. Ask them to resend.
      logger.error('sms turn failed before the bot ran', { error: errorSummary(error) });
      return toTwiml([t('turnFailed', 'en')]);
    }
  }

  private async runTurn(message: TwilioInbound): Promise<string> {
    const keyword = recognizeSmsKeyword(message.Body);
    const optedOut = await this.optOuts.isOptedOut(message.From);
    // YES is also an everyday answer ("yes" to a question): it re-subscribes only a number that opted out.
    if (keyword?.kind === 'optIn' && (optedOut || keyword.word !== 'YES')) {
      await this.optOuts.optIn(message.From);
      return toTwiml([t('smsOptedIn', await this.replyLang(message, keyword.lang))]);
    }
    if (optedOut) return toTwiml([]);
    if (keyword?.kind === 'optOut') {
      await this.optOuts.optOut(message.From);
      return toTwiml([t('smsOptedOut', await this.replyLang(message, keyword.lang))]);
    }
    if (keyword?.kind === 'help') return toTwiml([t('smsHelp', await this.replyLang(message, keyword.lang))]);
    const replies = await this.adapter.processInbound(message, this.logic);
    return toTwiml(renderSms(replies));
  }

  /** A Spanish keyword is answered in Spanish; an English (carrier) one in the conversation's language. */
  private async replyLang(message: TwilioInbound, keywordLang: Lang): Promise<Lang> {
    if (keywordLang === 'es') return 'es';
    let lang: Lang | undefined;
    // Through the adapter, so the state read is the turn's own (same conversation key), with no bot turn run.
    await this.adapter.processInbound(message, async (context) => {
      lang = await this.conversationLang(context);
    });
    return lang ?? 'en';
  }
}
