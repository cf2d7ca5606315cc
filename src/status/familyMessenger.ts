import { TwilioSendError, type SmsSender } from '../channels/sms/twilioRest';
import { errorSummary, logger } from '../observability/logger';
import type { Referral } from '../referrals/model';
import { expiresInDays } from '../storage/table';
import type { TranscriptStore } from '../transcripts/transcriptStore';
import { st } from './messages';
import type { ClaimOutcome, OnceClaims } from './onceClaims';

export interface FamilyMessengerDeps {
  /** The opt-out-aware sender: a number that texted STOP gets nothing. */
  sms: SmsSender;
  transcripts: Pick<TranscriptStore, 'append'>;
  claims: OnceClaims;
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

  async sendOnce(claimKey: string, ttlDays: number, referral: Referral, text: string): Promise<ClaimOutcome | 'already'> {
    const { claims, sms, transcripts } = this.deps;
    const at = this.now();
    if (!(await claims.claim(claimKey, at, expiresInDays(ttlDays, at)))) return 'already';
    const conversation = { channel: referral.contact.channel, key: referral.contact.key };

    if (referral.contact.channel === 'web') {
      try {
        await transcripts.append(conversation, [{ at: at.toISOString(), from: 'bot', text, proactive: true }]);
      } catch (error) {
        await claims.release(claimKey);
        throw error;
      }
      await claims.settle(claimKey, 'chat_history', at);
      return 'chat_history';
    }

    const body = `${text} ${st('smsFooter', referral.language)}`;
    let outcome: ClaimOutcome;
    try {
      outcome = 'skipped' in (await sms.send(referral.contact.key, body)) ? 'opted_out' : 'sent';
    } catch (error) {
      if (error instanceof TwilioSendError && error.retryable) {
        await claims.release(claimKey);
        throw error;
      }
      logger.error('family text may have gone out; it is not resent', { referralId: referral.id, error: errorSummary(error) });
      outcome = 'uncertain';
    }
    await claims.settle(claimKey, outcome, at);
    if (outcome === 'sent') await this.keepLine(referral, { at: at.toISOString(), text: body });
    return outcome;
  }

  /** The text went out: a lost transcript line must not make the caller retry (and text twice). */
  private async keepLine(referral: Referral, line: { at: string; text: string }): Promise<void> {
    try {
      await this.deps.transcripts.append({ channel: 'sms', key: referral.contact.key }, [{ ...line, from: 'bot', proactive: true }]);
    } catch (error) {
      logger.error('family text not recorded in the transcript', { referralId: referral.id, error: errorSummary(error) });
    }
  }
}
