import { ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder-core';
// botbuilder's own module: its index also loads the Teams, skills, inspection, file-transcript and
// speech (HTML parser) parts, which the web chat never uses.
import { CloudAdapter } from 'botbuilder/lib/cloudAdapter';
import type { Config } from '../../config';
import { HttpError } from '../../http/errors';
import { SMS_CHANNEL_ID } from '../sms/twilioSmsAdapter';
import { stampChannelMiddleware } from '../verifiedChannel';

/** jsonwebtoken's errors (bad signature, disallowed algorithm, not yet valid, expired), which botbuilder lets through as they are. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where replies may be POSTed: Bot Framework's own services (Direct Line, Web Chat, their regional
 * hosts), and locally also this machine (the local page sends its own origin, the Emulator a
 * localhost port). Anything else would make the bot post family conversations, and staff replies
 * later, to whatever URL a caller named.
 */
export function isAllowedServiceUrl(serviceUrl: string | undefined, isLocal: boolean): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl ?? '');
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:' && (url.hostname === 'botframework.com' || url.hostname.endsWith('.botframework.com'))) return true;
  return isLocal && (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname);
}

/**
 * Bot Framework adapter for the website chat. With a Microsoft app id (required on every deployed
 * stage) requests must carry a valid Bot Framework JWT, and any token botbuilder cannot verify is
 * a 401; without one (local, Emulator) they are accepted anonymously.
 * `deliveryMode: "expectReplies"` replies come back in the returned InvokeResponse.
 *
 * Every turn it runs is a web turn, whatever the activity says: a caller who writes
 * `channelId: "sms"` and a phone as `from.id` is refused (403) before any state is read, and the
 * product reads the channel from the adapter's stamp, never from the activity. A serviceUrl that
 * is not Bot Framework's (or, locally, this machine) is refused too (403), now and when staff
 * write back later.
 */
export class WebChatAdapter extends CloudAdapter {
  private readonly isLocal: boolean;

  constructor(config: Pick<Config, 'MICROSOFT_APP_ID' | 'MICROSOFT_APP_PASSWORD' | 'MICROSOFT_APP_TENANT_ID' | 'isLocal'>) {
    super(
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: config.MICROSOFT_APP_ID,
        MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD,
        MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID,
        MicrosoftAppType: config.MICROSOFT_APP_TENANT_ID ? 'SingleTenant' : 'MultiTenant',
      }),
    );
    this.isLocal = config.isLocal;
    // With an app id, family updates and staff replies reach the chat live (src/family/familyDelivery.ts).
    const canPush = Boolean(config.MICROSOFT_APP_ID);
    this.use(stampChannelMiddleware(() => ({ channel: 'web', canPush })));
  }

  /** Authenticates and runs one inbound activity; resolves with the body to return, if any. */
  async handleActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    // botbuilder keys conversation state by channelId: "sms" here would open a phone's state.
    if (activity.channelId === SMS_CHANNEL_ID) throw new HttpError(403, 'The SMS channel is served only by Twilio-signed requests to /sms');
    this.refuseServiceUrl(activity.serviceUrl);
    try {
      return await this.processActivity(authHeader, activity, logic);
    } catch (error) {
      if (TOKEN_ERRORS.has((error as Error | null)?.name ?? ''))
        throw new HttpError(401, 'Unauthorized: the Bot Framework token is not valid', { cause: error });
      throw error;
    }
  }

  /** Proactive messages (staff writing back) go only where an inbound turn could have come from. */
  async continueConversationAsync(...args: Parameters<CloudAdapter['continueConversationAsync']>): Promise<void> {
    this.refuseServiceUrl(args[1].serviceUrl);
    return super.continueConversationAsync(...args);
  }

  private refuseServiceUrl(serviceUrl: string | undefined): void {
    if (!isAllowedServiceUrl(serviceUrl, this.isLocal)) throw new HttpError(403, 'serviceUrl must be a Bot Framework service URL');
  }
}
