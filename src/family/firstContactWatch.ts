import { errorSummary, logger } from '../observability/logger';
import { nudgeClaim } from '../storage/keys';
import type { BusinessCalendar } from '../referrals/businessDays';
import type { Router } from '../referrals/routing';
import type { ReferralRepository } from '../referrals/store';
import type { FamilyMessenger } from './familyMessenger';
import { firstContactOverdue, stillWaitingText } from './familyStatus';

export interface FirstContactWatchDeps {
  store: ReferralRepository;
  router: Router;
  calendar: BusinessCalendar;
  messenger: FamilyMessenger;
  /** How long "this family was told" is remembered: as long as the referral itself. */
  claimTtlDays: number;
  now?: () => Date;
}

export interface WatchResult {
  /** Referrals still unopened after their first-contact date. */
  overdue: number;
  /** Families told on this run (SMS sent or a line left in the web chat). */
  told: number;
  /** Sends that failed and are retried on the next run. */
  failed: number;
}

const PAGE = 100;

/**
 * No silent queue: each queue's referrals still `submitted` after their first-contact date
 * (business days from content/routing.json, California holidays excluded) get one honest message
 * to the family ("still waiting; here is the office's number"), once per referral (`NUDGE#<id>`),
 * if they wanted updates and have not texted STOP ({@link firstContactOverdue}). Staff see them
 * flagged in the console and the daily summary (src/staff/deadlines.ts). Runs on a schedule.
 */
export class FirstContactWatch {
  private readonly now: () => Date;

  constructor(private readonly deps: FirstContactWatchDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async run(at: Date = this.now()): Promise<WatchResult> {
    const { store, router, calendar, messenger, claimTtlDays } = this.deps;
    const today = calendar.localDate(at);
    const result: WatchResult = { overdue: 0, told: 0, failed: 0 };
    for (const queue of router.queues()) {
      let cursor: string | undefined;
      do {
        const page = await store.listByQueue(queue.id, { status: 'submitted', limit: PAGE, cursor });
        cursor = page.cursor;
        for (const referral of page.referrals) {
          if (!firstContactOverdue(referral, today)) continue;
          result.overdue += 1;
          if (!referral.updatesOptIn) continue;
          try {
            const text = stillWaitingText(referral, { lang: referral.language, today, calendar, router });
            const outcome = await messenger.sendOnce(nudgeClaim(referral.id), claimTtlDays, referral, text);
            if (outcome === 'sent' || outcome === 'chat_history') result.told += 1;
          } catch (error) {
            result.failed += 1;
            logger.warn('still-waiting message failed; retried next run', { referralId: referral.id, error: errorSummary(error) });
          }
        }
      } while (cursor);
    }
    logger.info('first-contact watch', { ...result });
    return result;
  }
}
