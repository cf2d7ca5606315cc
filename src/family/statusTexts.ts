import { reachedFamily, type Referral } from '../referrals/model';
import { familyNotifyClaim } from '../storage/keys';
import type { OnceClaims } from '../storage/onceClaims';
import type { ClaimOutcome } from './familyMessenger';
import { statusTopic, topicKey, type StatusTopic } from './statusContent';

/**
 * What the automatic status texts (src/family/familyNotifier.ts) told a family: each status
 * change in the referral's history, read back from its claim, which records how the text ended.
 * Staff use it so a template does not repeat a text the family just received.
 */
export class StatusTexts {
  constructor(private readonly claims: OnceClaims<ClaimOutcome>) {}

  /** When the family last received the status text about `topic` at or after `since`, if they did. */
  async lastToldAt(referral: Referral, topic: StatusTopic, since: Date): Promise<Date | undefined> {
    const wanted = topicKey(topic);
    const changes = referral.history.filter(
      (h) =>
        h.action === 'status' &&
        h.to &&
        h.at >= since.toISOString() &&
        topicKey(statusTopic({ status: h.to, statusReason: h.reason, outcome: h.outcome })) === wanted,
    );
    const claims = await Promise.all(changes.map((h) => this.claims.read(familyNotifyClaim(referral.id, h.at))));
    const told = claims.flatMap((c) => (c && reachedFamily(c.outcome) ? [c.settledAt ?? c.claimedAt] : []));
    return told.length ? new Date(told.sort().at(-1)!) : undefined;
  }
}
