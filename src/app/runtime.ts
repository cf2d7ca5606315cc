import type { Middleware } from 'botbuilder-core';
import { DynamoStorage } from '../storage/dynamoStorage';
import { VersionedConversationState } from '../storage/versionedConversationState';
import { NavigatorBot } from '../bot/navigatorBot';
import { MainDialog } from '../../dialogs/mainDialog';
import { conversationKeyOf, turnEntries } from '../transcripts/turnTranscript';
import { ReferralServicesMiddleware, StatusServicesMiddleware } from '../bot/turnServices';
import { getDomainRuntime, resetDomainRuntime, type DomainRuntime } from './domainRuntime';
import { compileRegExpsAtOnce } from './regExpCompilation';

/** How long after a staff message a family's free-text reply is treated as an answer to the office. */
const STAFF_REPLY_WINDOW_DAYS = 14;

/**
 * What the bot functions (sms, messages) need: the domain runtime plus the bot. Each channel is a
 * part of its own over it, imported only by its function: src/app/smsRuntime.ts (Twilio's adapter
 * and TwiML) and src/app/webRuntime.ts (botbuilder's CloudAdapter and Bot Framework auth), which
 * the other function's cold start would only load.
 */
export interface Runtime extends DomainRuntime {
  bot: NavigatorBot;
  /** What each adapter runs before the bot: the dialogs reach the referral and status services through the turn. */
  turnServices: Middleware[];
}

/** Composition root for the bot: builds the dialogs over the domain runtime. */
export function createRuntime(domain: DomainRuntime): Runtime {
  compileRegExpsAtOnce();
  const { config, dynamo, keyHash, transcripts, unanswered, referrals, family } = domain;
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
  const turnServices = [new ReferralServicesMiddleware(referrals.services), new StatusServicesMiddleware(family.services)];
  return { ...domain, bot, turnServices };
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
