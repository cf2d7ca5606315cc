import { OUTCOMES, STATUSES, TRANSITIONS, type Referral } from '../referrals/model';
import { toStaffView } from './staffView';
import { inProgressReasons, statusMeaning } from '../family/statusContent';
import type { TranscriptEntry } from '../transcripts/transcriptStore';
import type { OfferedTemplate } from './actions';
import type { TemplateContext } from './templates';

/** Staff labels (content/statuses.json) by id, for the status form and the audit trail. */
function labels() {
  return {
    statuses: Object.fromEntries(STATUSES.map((status) => [status, statusMeaning({ status }).label.en])),
    reasons: Object.fromEntries(inProgressReasons('en').map((r) => [r.id, r.label])),
    outcomes: Object.fromEntries(OUTCOMES.map((outcome) => [outcome, statusMeaning({ status: 'closed', outcome }).label.en])),
  };
}

/**
 * What the console's referral view shows: the referral, the conversation that led to it, the
 * messages staff can send (filled in, in the family's language), the status changes allowed
 * from here, and the labels to show it all with.
 */
export function referralDetail(
  referral: Referral,
  context: Pick<TemplateContext, 'router' | 'today'> & { transcript: TranscriptEntry[]; optedOut: boolean; templates: OfferedTemplate[] },
) {
  return {
    referral: toStaffView(referral, context.router, context.today),
    transcript: context.transcript,
    /** The family texted STOP: no text can reach them. */
    optedOut: context.optedOut,
    /** Filled in, in the family's language; one an automatic status text just said is `unavailable`, with why. */
    templates: context.templates,
    allowedStatuses: TRANSITIONS[referral.status],
    labels: labels(),
  };
}
