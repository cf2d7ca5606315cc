import { getConfig, type Config } from '../config';
import { loadSecretsIntoEnv } from '../config/secrets';
import { createDynamoClients, type DynamoClients } from '../storage/dynamoClient';
import { DynamoStorage } from '../storage/dynamoStorage';
import { VersionedConversationState } from '../storage/versionedConversationState';
import { NavigatorBot } from '../bot/navigatorBot';
import { onTurnError } from '../bot/turnError';
import { MainDialog } from '../../dialogs/mainDialog';
import { TwilioSmsAdapter } from '../channels/sms/twilioSmsAdapter';
import { TwilioRestSender } from '../channels/sms/twilioRest';
import { SmsService } from '../channels/sms/smsService';
import { guardTwilioRetries } from '../channels/sms/smsRetryGuard';
import { WebChatAdapter } from '../channels/web/webChatAdapter';

/** Everything a handler needs, built once per process (warm Lambda invocations reuse it). */
export interface Runtime {
  config: Config;
  dynamo: DynamoClients;
  bot: NavigatorBot;
  smsAdapter: TwilioSmsAdapter;
  sms: SmsService;
  web: WebChatAdapter;
}

/** Composition root: the only place that chooses implementations. */
export function createRuntime(config: Config): Runtime {
  const dynamo = createDynamoClients(config);
  const storage = new DynamoStorage({ client: dynamo.documentClient, tableName: config.TABLE_NAME, ttlDays: config.STATE_TTL_DAYS });
  const bot = new NavigatorBot(new VersionedConversationState(storage), new MainDialog());
  const logic = (context: Parameters<NavigatorBot['run']>[0]) => bot.run(context);

  const smsAdapter = new TwilioSmsAdapter(new TwilioRestSender(config));
  smsAdapter.onTurnError = onTurnError;
  const sms = new SmsService(smsAdapter, logic, (fn) => guardTwilioRetries(fn, { client: dynamo.client, tableName: config.TABLE_NAME }));

  const web = new WebChatAdapter(config);
  web.onTurnError = onTurnError;
  return { config, dynamo, bot, smsAdapter, sms, web };
}

let runtime: Promise<Runtime> | undefined;

/** The process-wide runtime; secrets are read from SSM on first use when deployed. */
export function getRuntime(): Promise<Runtime> {
  runtime ??= loadSecretsIntoEnv().then(() => createRuntime(getConfig()));
  return runtime;
}

/** Forget the runtime (tests and the local host rebuild it after changing the environment). */
export function resetRuntime(): void {
  runtime = undefined;
}
