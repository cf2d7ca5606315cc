import { getDomainRuntime } from '../src/app/domainRuntime';
import { dailySummary } from '../src/app/scheduleRuntime';
import type { SummaryResult } from '../src/staff/dailySummary';

/** Scheduled (weekday mornings): each queue's overdue items, as counts and console links, to its on-call number and email. */
export const handler = async (): Promise<SummaryResult> => dailySummary(await getDomainRuntime()).run();
