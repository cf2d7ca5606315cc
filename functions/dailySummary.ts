import { getRuntime } from '../src/app/runtime';
import { DailySummary, type SummaryResult } from '../src/staff/dailySummary';

/** Scheduled (weekday mornings): each queue's overdue items, as counts and console links, to its on-call number and email. */
export const handler = async (): Promise<SummaryResult> => {
  const { referrals, smsSender, config } = await getRuntime();
  const { store, router, calendar, email } = referrals;
  return new DailySummary({ store, router, calendar, sms: smsSender, email, consoleBaseUrl: config.PUBLIC_BASE_URL ?? 'http://localhost:3978' }).run();
};
