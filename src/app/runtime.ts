import type { Config } from '../config';
import type { DynamoClients } from '../storage/dynamoClient';
import { getInfrastructure, resetInfrastructure, type Infrastructure } from './infrastructure';
import { DynamoStorage } from '../storage/dynamoStorage';
import { VersionedConversationState } from '../storage/versionedConversationState';
import { NavigatorBot } from '../bot/navigatorBot';
import { onTurnError } from '../bot/turnError';
import { MainDialog } from '../../dialogs/mainDialog';
import { TwilioSmsAdapter } from '../channels/sms/twilioSmsAdapter';
import { OptOutAwareSender, TwilioRestSender } from '../channels/sms/twilioRest';
import { OptOutStore } from '../channels/sms/optOutStore';
import { SmsService } from '../channels/sms/smsService';
import { guardTwilioRetries } from '../channels/sms/smsRetryGuard';
import { WebChatAdapter } from '../channels/web/webChatAdapter';
import { TranscriptStore } from '../transcripts/transcriptStore';
import { UnansweredQuestions } from '../analytics/unansweredQuestions';
import { conversationKeyOf, turnEntries } from '../transcripts/turnTranscript';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { createReferralRuntime, type ReferralRuntime } from '../referrals/runtime';
import { OutboxEmailSender, SesEmailSender } from '../referrals/email';
import { createStatusRuntime, type StatusRuntime } from '../status/runtime';

/** How long after a staff message a family's free-text reply is treated as an answer to the office. */
const STAFF_REPLY_WINDOW_DAYS = 14;

/** Everything a handler needs, built once per process (warm Lambda invocations reuse it). */
export interface Runtime {
  config: Config;
  dynamo: DynamoClients;
  bot: NavigatorBot;
  /** What was said in each conversation, for staff and for a reopened web chat. */
  transcripts: TranscriptStore;
  /** Questions the bot could not answer (no personal data), for staff. */
  unanswered: UnansweredQuestions;
  smsAdapter: TwilioSmsAdapter;
  /** Every outbound text goes through this (opt-out list checked first). */
  smsSender: OptOutAwareSender;
  optOuts: OptOutStore;
  sms: SmsService;
  web: WebChatAdapter;
  /** Referrals and handoffs: store, routing, staff notifier (issue 4). */
  referrals: ReferralRuntime;
  /** Where referrals stand: status lookups, family updates, the first-contact watch (issue 11). */
  status: StatusRuntime;
}

/** Composition root: the only place that chooses implementations. */
export function createRuntime({ config, dynamo }: Infrastructure): Runtime {
  const storage = new DynamoStorage({ client: dynamo.documentClient, tableName: config.TABLE_NAME, ttlDays: config.STATE_TTL_DAYS });
  const transcripts = new TranscriptStore(dynamo.documentClient, config.TABLE_NAME, config.STATE_TTL_DAYS);
  const unanswered = new UnansweredQuestions(dynamo.documentClient, config.TABLE_NAME);
  const mainDialog = new MainDialog({
    recordUnanswered: (question) => unanswered.record(question),
    hasRecentStaffMessage: async (context) => {
      const since = new Date(Date.now() - STAFF_REPLY_WINDOW_DAYS * 86400_000).toISOString();
      return (await transcripts.list(conversationKeyOf(context), 50, since)).some((line) => line.from === 'staff');
    },
  });
  const bot = new NavigatorBot(new VersionedConversationState(storage), mainDialog, (context, replies) =>
    transcripts.append(conversationKeyOf(context), turnEntries(context, replies)),
  );
  const logic = (context: Parameters<NavigatorBot['run']>[0]) => bot.run(context);

  const optOuts = new OptOutStore(dynamo.documentClient, config.TABLE_NAME);
  const smsSender = new OptOutAwareSender(new TwilioRestSender(config), optOuts);
  const smsAdapter = new TwilioSmsAdapter(smsSender);
  smsAdapter.onTurnError = onTurnError;
  const sms = new SmsService(smsAdapter, logic, optOuts, (fn) => guardTwilioRetries(fn, { client: dynamo.client, tableName: config.TABLE_NAME }));

  const web = new WebChatAdapter(config);
  web.onTurnError = onTurnError;

  // Staff email: SES when deployed; locally an in-memory outbox (tests read it).
  const email = config.isLocal ? new OutboxEmailSender() : new SesEmailSender(new SESv2Client({ region: config.AWS_REGION }));
  const referrals = createReferralRuntime({ config, dynamo, sms: smsSender, email });
  smsAdapter.use(referrals.middleware);
  web.use(referrals.middleware);
  const status = createStatusRuntime({ config, dynamo, referrals, transcripts, sms: smsSender });
  smsAdapter.use(status.middleware);
  web.use(status.middleware);
  return { config, dynamo, bot, transcripts, unanswered, smsAdapter, smsSender, optOuts, sms, web, referrals, status };
}

let runtime: Promise<Runtime> | undefined;

/** The process-wide runtime; secrets are read from SSM on first use when deployed. */
export function getRuntime(): Promise<Runtime> {
  runtime ??= getInfrastructure().then(createRuntime);
  return runtime;
}

/** Forget the runtime (tests and the local host rebuild it after changing the environment). */
export function resetRuntime(): void {
  runtime = undefined;
  resetInfrastructure();
}
