import { getDomainRuntime } from '../src/app/domainRuntime';
import type { WatchResult } from '../src/family/firstContactWatch';

/** Scheduled (hourly): families of referrals nobody opened by their first-contact date get one honest message. */
export const handler = async (): Promise<WatchResult> => {
  const { family } = await getDomainRuntime();
  return family.firstContactWatch.run();
};
