import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../../config';
import { HttpError } from '../../http/errors';
import { SMS_CHANNEL_ID } from '../sms/twilioSmsAdapter';
import { stampChannelMiddleware } from '../verifiedChannel';

/**
 * Bot Framework adapter for the website chat. With a Microsoft app id, requests must carry a
 * valid Bot Framework JWT; without one (local, Emulator) they are accepted anonymously.
 * `deliveryMode: "expectReplies"` replies come back in the returned InvokeResponse.
 *
 * Every turn it runs is a web turn, whatever the activity says: a caller who writes
 * `channelId: "sms"` and a phone as `from.id` is refused (403) before any state is read, and the
 * product reads the channel from the adapter's stamp, never from the activity.
 */
export class WebChatAdapter extends CloudAdapter {
  constructor(config: Pick<Config, 'MICROSOFT_APP_ID' | 'MICROSOFT_APP_PASSWORD' | 'MICROSOFT_APP_TENANT_ID'>) {
    super(
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: config.MICROSOFT_APP_ID,
        MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD,
        MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID,
        MicrosoftAppType: config.MICROSOFT_APP_TENANT_ID ? 'SingleTenant' : 'MultiTenant',
      }),
    );
    this.use(stampChannelMiddleware(() => ({ channel: 'web' })));
  }

  /** Authenticates and runs one inbound activity; resolves with the body to return, if any. */
  handleActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    // botbuilder keys conversation state by channelId: "sms" here would open a phone's state.
    if (activity.channelId === SMS_CHANNEL_ID) throw new HttpError(403, 'The SMS channel is served only by Twilio-signed requests to /sms');
    return this.processActivity(authHeader, activity, logic);
  }
}
