import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../../config';

/**
 * Bot Framework adapter for the website chat. With a Microsoft app id, requests must carry a
 * valid Bot Framework JWT; without one (local, Emulator) they are accepted anonymously.
 * `deliveryMode: "expectReplies"` replies come back in the returned InvokeResponse.
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
  }

  /** Authenticates and runs one inbound activity; resolves with the body to return, if any. */
  handleActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
