import type { Config } from '../config';
import type { SmsSender } from '../channels/sms/twilioRest';
import type { ReferralRuntime } from '../referrals/runtime';
import type { DynamoClients } from '../storage/dynamoClient';
import type { TranscriptStore } from '../transcripts/transcriptStore';
import { OnceClaims } from '../storage/onceClaims';
import { FamilyMessenger, type ClaimOutcome } from './familyMessenger';
import { FamilyNotifier } from './familyNotifier';
import { FirstContactWatch } from './firstContactWatch';
import { DynamoRateLimiter } from './rateLimiter';
import type { StatusServices } from './services';
import { StatusTexts } from './statusTexts';

export interface FamilyRuntime {
  /** Status lookups at turn time (the bot runtime installs them on both adapters). */
  services: StatusServices;
  /** Table stream → a family's status-change message (functions/notifyFamily). */
  familyNotifier: FamilyNotifier;
  /** Schedule → "still waiting" messages for referrals past their first-contact date (functions/firstContactWatch). */
  firstContactWatch: FirstContactWatch;
  /** What the status texts told each family (staff templates that would repeat one are held back). */
  statusTexts: StatusTexts;
}

export interface FamilyRuntimeOptions {
  config: Pick<Config, 'TABLE_NAME' | 'REFERRAL_TTL_DAYS'>;
  dynamo: DynamoClients;
  referrals: Pick<ReferralRuntime, 'store' | 'router' | 'calendar'>;
  transcripts: TranscriptStore;
  /** The opt-out-aware sender. */
  sms: SmsSender;
}

/** Wires status lookups, family notifications and the first-contact watch; called by the composition root. */
export function createFamilyRuntime({ config, dynamo, referrals, transcripts, sms }: FamilyRuntimeOptions): FamilyRuntime {
  const { store, router, calendar } = referrals;
  const claims = new OnceClaims<ClaimOutcome>(dynamo.documentClient, config.TABLE_NAME);
  const messenger = new FamilyMessenger({ sms, transcripts, claims });
  return {
    services: { limiter: new DynamoRateLimiter(dynamo.documentClient, config.TABLE_NAME) },
    familyNotifier: new FamilyNotifier({ store, router, calendar, messenger }),
    firstContactWatch: new FirstContactWatch({ store, router, calendar, messenger, claimTtlDays: config.REFERRAL_TTL_DAYS }),
    statusTexts: new StatusTexts(claims),
  };
}
