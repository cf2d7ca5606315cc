import { deliverToFamily, type FamilyDeliveryDeps } from './familyDelivery';
import type { MessageDelivery, Referral } from '../referrals/model';
import { expiresInDays } from '../storage/table';
import { withOptOutFooter } from './messages';
import type { OnceClaims } from '../storage/onceClaims';

/**
 * How a claimed message ended: the delivery outcomes of src/family/familyDelivery.ts, or
 * `after_staff_message` (a status text not sent because staff had just written to the family).
 */
export type ClaimOutcome = MessageDelivery | 'after_staff_message';

export interface FamilyMessengerDeps extends FamilyDeliveryDeps {
  claims: OnceClaims<ClaimOutcome>;
  now?: () => Date;
}

/**
 * Tells a family something on the channel they used, once per claim key: SMS through Twilio's
 * REST API (and the line kept in their transcript), or on the web a line in the chat's
 * transcript, which the page shows when it is next open (or at once, if it is open now).
 *
 * A text that certainly did not go out (429, connection refused) releases the claim and throws,
 * so the caller retries; one that may have gone out is never sent again.
 */
export class FamilyMessenger {
  private readonly now: () => Date;

  constructor(private readonly deps: FamilyMessengerDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async sendOnce(claimKey: string, ttlDays: number, referral: Referral, text: string): Promise<MessageDelivery | 'already'> {
    const { claims } = this.deps;
    const at = this.now();
    if (!(await claims.claim(claimKey, at, expiresInDays(ttlDays, at)))) return 'already';
    const body = referral.contact.channel === 'sms' ? withOptOutFooter(text, referral.language) : text;
    let outcome: MessageDelivery;
    try {
      outcome = await deliverToFamily(this.deps, referral, { from: 'bot', text: body, proactive: true }, at);
    } catch (error) {
      // Certainly not delivered (or not stored): free the claim so the caller's retry can send it.
      await claims.release(claimKey);
      throw error;
    }
    await claims.settle(claimKey, outcome, at);
    return outcome;
  }

  /** Records, once per claim key, that this message is not sent and why: a redelivery finds the claim and sends nothing either. */
  async skipOnce(claimKey: string, ttlDays: number, why: Exclude<ClaimOutcome, MessageDelivery>): Promise<ClaimOutcome | 'already'> {
    const { claims } = this.deps;
    const at = this.now();
    if (!(await claims.claim(claimKey, at, expiresInDays(ttlDays, at)))) return 'already';
    await claims.settle(claimKey, why, at);
    return why;
  }
}
