import type { Middleware } from 'botbuilder-core';
import { DynamoStorage } from '../storage/dynamoStorage';
import { VersionedConversationState } from '../storage/versionedConversationState';
import { NavigatorBot } from '../bot/navigatorBot';
import { onTurnError } from '../bot/turnError';
import { MainDialog } from '../../dialogs/mainDialog';
import { TwilioSmsAdapter } from '../channels/sms/twilioSmsAdapter';
import { SmsService } from '../channels/sms/smsService';
import { guardTwilioRetries } from '../channels/sms/smsRetryGuard';
import { conversationKeyOf, turnEntries } from '../transcripts/turnTranscript';
import { ReferralServicesMiddleware, StatusServicesMiddleware } from '../bot/turnServices';
import { getDomainRuntime, resetDomainRuntime, type DomainRuntime } from './domainRuntime';

/** How long after a staff message a family's free-text reply is treated as an answer to the office. */
const STAFF_REPLY_WINDOW_DAYS = 14;

/**
 * What the bot functions (sms, messages) need: the domain runtime plus the bot and its SMS adapter.
 * The web chat's adapter is src/app/webRuntime.ts, which only the messages function imports: it
 * brings botbuilder's CloudAdapter and Bot Framework auth, which an SMS cold start would only load.
 */
export interface Runtime extends DomainRuntime {
  bot: NavigatorBot;
  smsAdapter: TwilioSmsAdapter;
  sms: SmsService;
  /** What each adapter runs before the bot: the dialogs reach the referral and status services through the turn. */
  turnServices: Middleware[];
}

/** Composition root for the bot: builds the dialogs and adapters over the domain runtime. */
export function createRuntime(domain: DomainRuntime): Runtime {
  const { config, dynamo, keyHash, transcripts, unanswered, optOuts, smsSender, referrals, family } = domain;
  const storage = new DynamoStorage({ client: dynamo.documentClient, tableName: config.TABLE_NAME, ttlDays: config.STATE_TTL_DAYS, keyHash });
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

  const smsAdapter = new TwilioSmsAdapter(smsSender);
  smsAdapter.onTurnError = onTurnError;
  const sms = new SmsService(
    smsAdapter,
    logic,
    optOuts,
    (fn) => guardTwilioRetries(fn, { client: dynamo.client, tableName: config.TABLE_NAME }),
    (context) => bot.conversationLang(context),
  );

  const turnServices = [new ReferralServicesMiddleware(referrals.services), new StatusServicesMiddleware(family.services)];
  for (const middleware of turnServices) smsAdapter.use(middleware);
  return { ...domain, bot, smsAdapter, sms, turnServices };
}

let runtime: Promise<Runtime> | undefined;

/** The process-wide runtime; secrets are read from SSM on first use when deployed. */
export function getRuntime(): Promise<Runtime> {
  runtime ??= getDomainRuntime().then(createRuntime);
  return runtime;
}

/** Forget the runtime (tests and the local host rebuild it after changing the environment). */
export function resetRuntime(): void {
  runtime = undefined;
  resetDomainRuntime();
}
