import { getDomainRuntime } from '../src/app/domainRuntime';
import { jsonResponse } from '../src/http/middleware';
import type { HttpEvent } from '../src/http/types';
import type { WithStaff } from '../src/staff/http/staffAuth';
import { auditRead } from '../src/staff/audit';
import { staffApiHandler } from '../src/app/staffApi';
import { referralIdParam, type WithReferralId } from '../src/staff/http/referralIdParam';
import { referralDetail } from '../src/staff/referralDetail';
import { staffActions } from '../src/app/staffRuntime';

/**
 * GET /staff/api/referrals/{id}: one referral with its transcript, templates and allowed status
 * changes. Opening a submitted referral marks it received (the family's "someone opened it").
 */
export const handler = staffApiHandler<HttpEvent & WithStaff & WithReferralId>(referralIdParam()).handler(async (event) => {
  const runtime = await getDomainRuntime();
  const actions = staffActions(runtime);
  const referral = await actions.open(event.staff, event.referralId);
  const { contact } = referral;
  const [transcript, optedOut, templates] = await Promise.all([
    runtime.transcripts.list(contact),
    contact.channel === 'sms' ? runtime.optOuts.isOptedOut(contact.key) : Promise.resolve(false),
    actions.templates(referral),
  ]);
  auditRead(event.staff, 'viewed', { referralId: referral.id, queue: referral.queue.id });
  return jsonResponse(200, referralDetail(referral, { router: runtime.referrals.router, today: actions.today(), transcript, optedOut, templates }));
});
