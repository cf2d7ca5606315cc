import { TwilioSmsAdapter } from '../channels/sms/twilioSmsAdapter';
import { SmsService } from '../channels/sms/smsService';
import { guardTwilioRetries } from '../channels/sms/smsRetryGuard';
import { onTurnError } from '../bot/turnError';
import { perRuntime } from './perRuntime';
import type { Runtime } from './runtime';

/** The SMS channel of a bot runtime: Twilio's adapter, and the service that answers an inbound text with TwiML. */
export interface SmsChannel {
  adapter: TwilioSmsAdapter;
  service: SmsService;
}

/**
 * The SMS channel over a bot runtime (one per runtime), with the same turn services as the web
 * chat. Only the sms function imports it, so the web function carries no TwiML (twilio's builder
 * and xmlbuilder, evaluated at load).
 */
export const smsChannel = perRuntime((runtime: Runtime): SmsChannel => {
  const { bot, config, dynamo, optOuts, smsSender, turnServices } = runtime;
  const adapter = new TwilioSmsAdapter(smsSender);
  adapter.onTurnError = onTurnError;
  for (const middleware of turnServices) adapter.use(middleware);
  const service = new SmsService(
    adapter,
    (context) => bot.run(context),
    optOuts,
    (fn) => guardTwilioRetries(fn, { client: dynamo.client, tableName: config.TABLE_NAME }),
    (context) => bot.conversationLang(context),
  );
  return { adapter, service };
});
