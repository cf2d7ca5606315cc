import { DailySummary } from '../staff/dailySummary';
import { OnceClaims } from '../storage/onceClaims';
import type { DomainRuntime } from './domainRuntime';
import { perRuntime } from './perRuntime';

/**
 * The weekday morning summary over a domain runtime (one per runtime), with its once-a-day claim.
 * Only functions/dailySummary imports it, so no other function carries the summary's code.
 */
export const dailySummary = perRuntime(({ referrals, smsSender, email, consoleBaseUrl, config, dynamo }: DomainRuntime) => {
  const { store, router, calendar } = referrals;
  const claims = new OnceClaims(dynamo.documentClient, config.TABLE_NAME);
  return new DailySummary({ store, router, calendar, sms: smsSender, email, claims, consoleBaseUrl });
});
