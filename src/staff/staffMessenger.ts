import { TwilioSendError } from '../channels/sms/twilioRest';
import { deliverToFamily, type FamilyDeliveryDeps, type ProactiveWeb } from '../family/familyDelivery';
import { HttpError } from '../http/errors';
import type { MessageDelivery, Referral, StaffRef } from '../referrals/model';

export type { ProactiveWeb };

export type StaffMessengerDeps = FamilyDeliveryDeps;

/**
 * A staff member's message to a family, on the channel the family came from (see
 * {@link deliverToFamily}); what went out joins the conversation's transcript, where the
 * family's reply lands too. A text that certainly did not go out is refused with 503 so staff
 * can try again; one that may have gone out is reported `uncertain` and never resent.
 */
export class StaffMessenger {
  constructor(private readonly deps: StaffMessengerDeps) {}

  async send(referral: Referral, staff: StaffRef, text: string, at: Date): Promise<MessageDelivery> {
    try {
      return await deliverToFamily(this.deps, referral, { from: 'staff', text, staffId: staff.id }, at);
    } catch (error) {
      if (error instanceof TwilioSendError && error.retryable)
        throw new HttpError(503, 'The text was not sent (Twilio is busy or unreachable); try again', { cause: error });
      throw error;
    }
  }
}
