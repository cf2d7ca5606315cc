import { getDomainRuntime } from '../src/app/domainRuntime';
import { jsonBody, jsonResponse, type WithBody } from '../src/http/middleware';
import type { HttpEvent } from '../src/http/types';
import type { WithStaff } from '../src/staff/http/staffAuth';
import { toStaffView } from '../src/staff/staffView';
import { actionBodies, type ActionBody } from '../src/staff/actionBodies';
import { staffApiHandler } from '../src/app/staffApi';
import { referralIdParam, type WithReferralId } from '../src/staff/http/referralIdParam';
import { staffActions } from '../src/app/staffRuntime';

/**
 * POST /staff/api/referrals/{id}/messages `{ templateId, text? }`: messages the family on their
 * channel (SMS via Twilio, or the web chat) and audits it. Answers with `delivery`: `sent`,
 * `chat_history`, `opted_out` (the number texted STOP: nothing sent) or `uncertain`.
 */
export const handler = staffApiHandler<HttpEvent & WithStaff & WithReferralId & WithBody<ActionBody<'messages'>>>(
  referralIdParam(),
  jsonBody(actionBodies.messages),
).handler(async (event) => {
  const runtime = await getDomainRuntime();
  const actions = staffActions(runtime);
  const { delivery, referral } = await actions.message(event.staff, event.referralId, event.parsedBody);
  return jsonResponse(200, { delivery, referral: toStaffView(referral, runtime.referrals.router, actions.today()) });
});
