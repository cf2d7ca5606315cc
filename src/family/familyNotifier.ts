import type { DynamoDBRecord } from 'aws-lambda';
import { reachedFamily, type Referral } from '../referrals/model';
import { familyNotifyClaim, referralIdOf } from '../storage/keys';
import type { BusinessCalendar } from '../referrals/businessDays';
import type { Router } from '../referrals/routing';
import type { ReferralRepository } from '../referrals/store';
import { statusUpdateText } from './familyStatus';
import type { ClaimOutcome, FamilyMessenger } from './familyMessenger';

/** How long "this status change was told" is remembered: well past the stream's 24-hour record age. */
const CLAIM_TTL_DAYS = 30;
/** A staff message this close before a status change (or any time after it) is what the family heard from it. */
const STAFF_MESSAGE_WINDOW_MS = 10 * 60_000;

/**
 * Staff wrote to the family within {@link STAFF_MESSAGE_WINDOW_MS} of this status change: a person
 * just spoke to them, so a "received" or "in progress" text would add nothing. A closing text
 * (closed, and its outcome) always goes: it is news the staff message may not have given.
 */
function staffJustSpoke(referral: Referral): boolean {
  if (referral.status === 'closed') return false;
  const since = new Date(Date.parse(referral.statusChangedAt) - STAFF_MESSAGE_WINDOW_MS).toISOString();
  return referral.history.some((h) => h.action === 'messaged' && reachedFamily(h.delivery) && h.at >= since);
}

export interface FamilyNotifierDeps {
  store: ReferralRepository;
  router: Router;
  calendar: BusinessCalendar;
  messenger: FamilyMessenger;
  now?: () => Date;
}

/**
 * The referral id when a stream record shows a REFERRAL item's status changing (its
 * `statusChangedAt` differs between the old and new image; staff notifications and other
 * updates leave it alone). A record with keys and no images is an operator's redrive.
 */
export function statusChangeReferralId(record: DynamoDBRecord): string | undefined {
  const data = record.dynamodb;
  const id = referralIdOf({ pk: data?.Keys?.pk?.S, sk: data?.Keys?.sk?.S });
  if (!id || !data) return undefined;
  if (!data.OldImage && !data.NewImage) return id;
  if (record.eventName !== 'MODIFY') return undefined;
  return data.OldImage?.statusChangedAt?.S !== data.NewImage?.statusChangedAt?.S ? id : undefined;
}

/**
 * Staff changed a referral's status (the staff console, through the store): the family gets a
 * short message in their language on the channel they used, unless they declined updates at
 * intake or texted STOP. Code, child's first name, plain status words and the next step; never
 * the condition or the child's last name.
 *
 * The message describes the referral as it is now (re-read), claimed on its current
 * `statusChangedAt`: a redelivered record, or an older record read after a newer change, sends
 * nothing twice. One clear message per real change: a change to received or in progress right
 * after a staff message is not texted (the skip is claimed too, so a redelivery stays silent).
 */
export class FamilyNotifier {
  private readonly now: () => Date;

  constructor(private readonly deps: FamilyNotifierDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Handles one stream record; throws when it must be retried. */
  async handleRecord(record: DynamoDBRecord): Promise<void> {
    const id = statusChangeReferralId(record);
    if (id) await this.notify(id);
  }

  async notify(id: string): Promise<ClaimOutcome | 'already' | 'skipped'> {
    const { store, router, calendar, messenger } = this.deps;
    const referral = await store.get(id);
    // A referral whose status never changed has nothing new to tell (its confirmation said it all).
    if (!referral?.updatesOptIn || referral.statusChangedAt === referral.createdAt) return 'skipped';
    const claimKey = familyNotifyClaim(id, referral.statusChangedAt);
    if (staffJustSpoke(referral)) return messenger.skipOnce(claimKey, CLAIM_TTL_DAYS, 'after_staff_message');
    const text = statusUpdateText(referral, { lang: referral.language, today: calendar.localDate(this.now()), calendar, router });
    return messenger.sendOnce(claimKey, CLAIM_TTL_DAYS, referral, text);
  }
}
