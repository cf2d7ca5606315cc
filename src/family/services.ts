import type { RateLimiter } from './rateLimiter';

/** What the status dialog needs at turn time beyond the referral services. Built in the composition root; dialogs reach it through the turn (src/bot/turnServices.ts). */
export interface StatusServices {
  limiter: RateLimiter;
}
