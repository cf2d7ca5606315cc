import { BusinessCalendar } from './businessDays';
import { Router } from './routing';
import type { ReferralRepository } from './store';

/** What the referral intake and handoffs need at turn time. Built in the composition root (src/app/runtime.ts); dialogs reach it through the turn (src/bot/turnServices.ts). */
export interface ReferralServices {
  store: ReferralRepository;
  router: Router;
  calendar: BusinessCalendar;
  now: () => Date;
}

export function createReferralServices(store: ReferralRepository, overrides: Partial<Omit<ReferralServices, 'store'>> = {}): ReferralServices {
  return { store, router: new Router(), calendar: new BusinessCalendar(), now: () => new Date(), ...overrides };
}
