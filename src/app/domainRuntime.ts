import { requireSecret, type Config } from '../config';
import type { DynamoClients } from '../storage/dynamoClient';
import { KeyHasher } from '../storage/keyHash';
import { getInfrastructure, resetInfrastructure, type Infrastructure } from './infrastructure';
import { OptOutAwareSender, TwilioRestSender } from '../channels/sms/twilioRest';
import { OptOutStore } from '../channels/sms/optOutStore';
import { TranscriptStore } from '../transcripts/transcriptStore';
import { UnansweredQuestions } from '../analytics/unansweredQuestions';
import { createReferralRuntime, type ReferralRuntime } from '../referrals/runtime';
import { Router } from '../referrals/routing';
import { createFamilyRuntime, type FamilyRuntime } from '../family/runtime';
import { OutboxEmailSender, SesEmailSender, type EmailSender } from '../staff/email';
import { StaffNotifier } from '../staff/staffNotifier';

/**
 * Everything but the bot: what staff, stream and schedule functions use. Nothing here imports
 * botbuilder or the dialogs, so those functions' bundles stay small and load fast
 * (`npm run bench -- cold`); the bot runtime (src/app/runtime.ts) builds on top of it.
 */
export interface DomainRuntime {
  config: Config;
  dynamo: DynamoClients;
  /** Phone numbers and conversation ids as they appear in table keys (keyed hash). */
  keyHash: KeyHasher;
  /** What was said in each conversation, for staff and for a reopened web chat. */
  transcripts: TranscriptStore;
  /** Questions the bot could not answer (no personal data), for staff. */
  unanswered: UnansweredQuestions;
  /** Every outbound text goes through this (opt-out list checked first). */
  smsSender: OptOutAwareSender;
  optOuts: OptOutStore;
  /** Referrals and handoffs: store, routing, calendar. */
  referrals: ReferralRuntime;
  /** Staff email: SES deployed, an in-memory outbox locally. */
  email: EmailSender;
  /** The staff console's address, for the links in staff texts and emails. */
  consoleBaseUrl: string;
  /** Table stream → the queue's staff told of a new referral or handoff (functions/notifyStaff). */
  staffNotifier: StaffNotifier;
  /** Where referrals stand: lookups' rate limit, family updates, the first-contact watch. */
  family: FamilyRuntime;
}

/** Composition root for the domain: the only place that chooses its implementations. */
export function createDomainRuntime({ config, dynamo }: Infrastructure): DomainRuntime {
  const transcripts = new TranscriptStore(dynamo.documentClient, config.TABLE_NAME, config.STATE_TTL_DAYS);
  const unanswered = new UnansweredQuestions(dynamo.documentClient, config.TABLE_NAME);
  const keyHash = new KeyHasher(() => requireSecret(config, 'KEY_HASH_SECRET'));
  const optOuts = new OptOutStore(dynamo.documentClient, config.TABLE_NAME, keyHash);
  const smsSender = new OptOutAwareSender(new TwilioRestSender(config), optOuts);
  // Staff email: SES when deployed; locally an in-memory outbox (tests read it).
  const email = config.isLocal ? new OutboxEmailSender() : new SesEmailSender(config.AWS_REGION);
  const consoleBaseUrl = config.PUBLIC_BASE_URL ?? 'http://localhost:3978';
  const referrals = createReferralRuntime({ config, dynamo, router: queueRouter() });
  const { store, router } = referrals;
  const staffNotifier = new StaffNotifier({ store, router, sms: smsSender, email, consoleBaseUrl });
  const family = createFamilyRuntime({ config, dynamo, referrals, transcripts, sms: smsSender });
  return { config, dynamo, keyHash, transcripts, unanswered, smsSender, optOuts, referrals, email, consoleBaseUrl, staffNotifier, family };
}

let router: Router | undefined;

/**
 * The queues and routing rules, from content alone (no config, no secret), so one serves every
 * runtime of the process, and the staff API's query checks have it when their function loads.
 */
export function queueRouter(): Router {
  router ??= new Router();
  return router;
}

let domain: Promise<DomainRuntime> | undefined;

/** The process-wide domain runtime; secrets are read from SSM on first use when deployed. */
export function getDomainRuntime(): Promise<DomainRuntime> {
  domain ??= getInfrastructure().then(createDomainRuntime);
  return domain;
}

/** Forget the domain runtime (tests and the local host rebuild it after changing the environment). */
export function resetDomainRuntime(): void {
  domain = undefined;
  resetInfrastructure();
}
