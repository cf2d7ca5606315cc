import type { Context } from 'aws-lambda';
import { getDomainRuntime } from '../src/app/domainRuntime';
import { jsonBody, jsonResponse, textResponse, type WithBody } from '../src/http/middleware';
import type { HttpEvent, HttpHandler, HttpResult } from '../src/http/types';
import type { WithStaff } from '../src/staff/http/staffAuth';
import type { Referral } from '../src/referrals/model';
import { toStaffView } from '../src/staff/staffView';
import { actionBodies, type ActionBody, type StaffAction } from '../src/staff/actionBodies';
import { staffApiHandler } from '../src/app/staffApi';
import { referralIdParam, type WithReferralId } from '../src/staff/http/referralIdParam';
import { staffActions } from '../src/app/staffRuntime';
import type { StaffActions } from '../src/staff/actions';

type ActionEvent<A extends StaffAction> = HttpEvent & WithStaff & WithReferralId & WithBody<ActionBody<A>>;

/** Each action: staff auth (401), the referral code (400), the body (415/400), then the audited action (403/404/409). */
function action<A extends StaffAction>(name: A, run: (actions: StaffActions, event: ActionEvent<A>) => Promise<Referral>): HttpHandler {
  return staffApiHandler<ActionEvent<A>>(referralIdParam(), jsonBody(actionBodies[name])).handler(async (event) => {
    const runtime = await getDomainRuntime();
    const actions = staffActions(runtime);
    const referral = await run(actions, event);
    return jsonResponse(200, { referral: toStaffView(referral, runtime.referrals.router, actions.today()) });
  }) as unknown as HttpHandler;
}

const handlers: Record<StaffAction, HttpHandler> = {
  claim: action('claim', (a, e) => a.claim(e.staff, e.referralId, e.parsedBody.takeOver)),
  release: action('release', (a, e) => a.release(e.staff, e.referralId)),
  status: action('status', (a, e) => a.changeStatus(e.staff, e.referralId, e.parsedBody)),
  notes: action('notes', (a, e) => a.addNote(e.staff, e.referralId, e.parsedBody.text)),
  deadline: action('deadline', (a, e) => a.setCareCoordinatorNotice(e.staff, e.referralId, e.parsedBody.noticedOn)),
};

/**
 * POST /staff/api/referrals/{id}/claim | release | status | notes | deadline: one function for
 * the actions that only change the referral (same permissions), picked by the route's last segment.
 */
export const handler = async (event: HttpEvent, context: Context): Promise<HttpResult> => {
  const name = event.routeKey.split('/').pop() as StaffAction;
  const run = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
  return run ? run(event, context) : textResponse(404, 'Not found');
};
