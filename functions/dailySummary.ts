import { getDomainRuntime } from '../src/app/domainRuntime';
import { DailySummary, type SummaryResult } from '../src/staff/dailySummary';
import { OnceClaims } from '../src/storage/onceClaims';

/** Scheduled (weekday mornings): each queue's overdue items, as counts and console links, to its on-call number and email. */
export const handler = async (): Promise<SummaryResult> => {
  const { referrals, smsSender, email, config, dynamo } = await getDomainRuntime();
  const { store, router, calendar } = referrals;
  const claims = new OnceClaims(dynamo.documentClient, config.TABLE_NAME);
  return new DailySummary({ store, router, calendar, sms: smsSender, email, claims, consoleBaseUrl: config.PUBLIC_BASE_URL ?? 'http://localhost:3978' }).run();
};
