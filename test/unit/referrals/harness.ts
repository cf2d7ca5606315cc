import { converse, testBot } from '../../helpers/testBot';
import { ReferralServicesMiddleware } from '../../../src/bot/turnServices';
import { createReferralServices } from '../../../src/referrals/services';
import { MemoryReferralStore } from '../../helpers/memoryReferralStore';

/** The number the test parent texts from. */
export const PHONE = '+16615550123';

/** Wednesday, January 7, 2026, 10:00 in California. */
export const WEDNESDAY = new Date('2026-01-07T18:00:00Z');

/**
 * The real bot (MainDialog + the referral intake) on botbuilder's TestAdapter and MemoryStorage,
 * with the referral services in memory and a clock the test moves.
 */
export function referralBot(channel: 'sms' | 'webchat' = 'webchat', start: Date = WEDNESDAY) {
  const clock = { now: new Date(start) };
  const store = new MemoryReferralStore();
  const services = createReferralServices(store, { now: () => new Date(clock.now) });
  const bot = testBot(channel);
  bot.adapter.use(new ReferralServicesMiddleware(services));
  // On SMS the sender is the phone number, as the Twilio adapter sets it.
  bot.adapter.conversation.user = { id: PHONE, name: '', role: 'user' };
  return {
    ...bot,
    store,
    services,
    clock,
    /** Sends each message; returns what was shown back, one string per message. */
    say: (...messages: string[]) => converse(bot.adapter, messages, channel),
    advance: (ms: number) => {
      clock.now = new Date(clock.now.getTime() + ms);
    },
    referrals: () => [...store.items.values()],
  };
}
