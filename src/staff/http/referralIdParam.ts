import type { MiddlewareObj } from '@middy/core';
import { HttpError } from '../../http/errors';
import type { HttpEvent, HttpResult } from '../../http/types';
import { CODE_PATTERN } from '../../referrals/code';

/** The `{id}` of a `/staff/api/referrals/{id}/...` route travels on the event under this key. */
export interface WithReferralId {
  referralId: string;
}

/** Reads the `{id}` path parameter (API Gateway's `pathParameters`); 400 unless it is a confirmation code. */
export function referralIdParam(): MiddlewareObj<HttpEvent & Partial<WithReferralId>, HttpResult> {
  return {
    before: async (request) => {
      const id = request.event.pathParameters?.id;
      if (!id || !CODE_PATTERN.test(id)) throw new HttpError(400, 'Invalid request: the path needs a referral code such as CCS-7K3F9Q');
      request.event.referralId = id;
    },
  };
}
