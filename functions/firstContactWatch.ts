import { getDomainRuntime } from '../src/app/domainRuntime';
import type { WatchResult } from '../src/status/firstContactWatch';

/** Scheduled (hourly): families of referrals nobody opened by their first-contact date get one honest message. */
export const handler = async (): Promise<WatchResult> => {
  const { status } = await getDomainRuntime();
  return status.firstContactWatch.run();
};
