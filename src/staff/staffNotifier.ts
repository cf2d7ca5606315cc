import type { DynamoDBRecord } from 'aws-lambda';
import type { SmsSender } from '../channels/sms/twilioRest';
import { errorSummary, logger } from '../observability/logger';
import { formatLongDate } from '../referrals/businessDays';
import type { EmailSender } from './email';
import { rt } from '../referrals/messages';
import type { NotificationKey, Referral } from '../referrals/model';
import { referralIdOf } from '../storage/keys';
import type { NotifyTargets, Queue, Router } from '../referrals/routing';
import type { NotifyChannel, ReferralRepository } from '../referrals/store';

/** A channel whose last send may have gone out: never resent automatically (a person checks, then redrives). */
export class NotificationUncertainError extends Error {
  constructor(id: string, channel: NotificationKey, status: string) {
    super(`The ${channel} notification for ${id} is ${status}; check the provider's log before sending it again`);
    this.name = 'NotificationUncertainError';
  }
}

export class NotificationFailedError extends Error {
  constructor(id: string, failures: { channel: NotificationKey; error: unknown }[]) {
    super(`Notifying staff about ${id} failed on ${failures.map((f) => `${f.channel} (${errorSummary(f.error).message})`).join(', ')}`);
    this.name = 'NotificationFailedError';
  }
}

export interface StaffNotifierDeps {
  store: ReferralRepository;
  router: Router;
  sms: SmsSender;
  email: EmailSender;
  /** Origin of the staff console links, e.g. https://ccs.example.org. */
  consoleBaseUrl: string;
  now?: () => Date;
}

/** The referral id of a new REFERRAL item in a stream record, or undefined for anything else. */
export function newReferralId(record: DynamoDBRecord): string | undefined {
  if (record.eventName !== 'INSERT') return undefined;
  const keys = record.dynamodb?.Keys;
  return referralIdOf({ pk: keys?.pk?.S, sk: keys?.sk?.S });
}

/**
 * Tells a queue's staff about a new referral or handoff, from the table's stream: SMS to the
 * on-call number through Twilio's REST API and/or email through SES, as content/routing.json
 * says per queue. The message carries the code, the queue, the first-contact due date and a
 * console link: never the child's name or the condition.
 *
 * Exactly-once per channel: the channel is claimed on the referral item before sending and
 * marked sent after, so a redelivered stream record skips what went out. A send that certainly
 * failed releases the claim and the record fails (retried by Lambda, then dead-lettered); one
 * that may have gone out is never resent automatically. The referral itself is never touched
 * beyond its notification fields.
 */
export class StaffNotifier {
  private readonly now: () => Date;

  constructor(private readonly deps: StaffNotifierDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Handles one stream record; throws when the record must be retried. */
  async handleRecord(record: DynamoDBRecord): Promise<void> {
    const id = newReferralId(record);
    if (id) await this.notify(id);
  }

  /**
   * Notifies every target of the referral's queue, and of each plan care team told as well that
   * has its own targets, that has not been notified yet. (A team without its own targets is named
   * in the queue's message, so whoever gets that one tells the team.)
   */
  async notify(id: string): Promise<'notified' | 'already' | 'missing'> {
    const { store, router } = this.deps;
    const referral = await store.get(id);
    if (!referral) {
      logger.warn('referral to notify not found', { referralId: id });
      return 'missing';
    }
    if (referral.notifiedAt) return 'already';
    const queue = router.findQueue(referral.queue.id) ?? router.fallback();
    const sends: Send[] = channelsOf(router.notifyTargets(queue)).map(([channel, to]) => ({ key: channel, channel, to, audience: 'queue' }));
    for (const ref of referral.alsoTold ?? []) {
      const team = router.findQueue(ref.id);
      for (const [channel, to] of channelsOf(team?.notify ?? {})) sends.push({ key: `${channel}:${ref.id}`, channel, to, audience: 'planTeam' });
    }
    const failures: { channel: NotificationKey; error: unknown }[] = [];
    for (const send of sends) {
      try {
        await this.deliver(referral, queue, send);
      } catch (error) {
        failures.push({ channel: send.key, error });
      }
    }
    if (failures.length > 0) {
      logger.warn('staff notification failed', {
        referralId: id,
        queue: queue.id,
        channels: failures.map((f) => f.channel),
        errors: failures.map((f) => errorSummary(f.error)),
      });
      throw new NotificationFailedError(id, failures);
    }
    await store.markNotified(id, this.now());
    logger.info('staff notified', { referralId: id, queue: queue.id, kind: referral.kind });
    return 'notified';
  }

  private async deliver(referral: Referral, queue: Queue, { key, channel, to, audience }: Send): Promise<void> {
    const { store } = this.deps;
    const claim = await store.claimNotification(referral.id, key, this.now());
    if (!claim.claimed) {
      if (claim.state.status === 'sent') return;
      throw new NotificationUncertainError(referral.id, key, claim.state.status);
    }
    try {
      const vars = this.vars(referral, queue);
      const messageId =
        channel === 'sms'
          ? await this.sendSms(to, rt(audience === 'queue' ? 'staffSms' : 'staffPlanTeamSms', 'en', vars))
          : await this.sendEmail(
              to,
              rt(audience === 'queue' ? 'staffEmailSubject' : 'staffPlanTeamEmailSubject', 'en', vars),
              rt(audience === 'queue' ? 'staffEmailBody' : 'staffPlanTeamEmailBody', 'en', vars),
            );
      await store.completeNotification(referral.id, key, { messageId, at: this.now(), attempts: claim.attempts });
    } catch (error) {
      await store.failNotification(referral.id, key, {
        error: errorSummary(error).message,
        at: this.now(),
        attempts: claim.attempts,
        uncertain: !certainlyNotSent(error),
      });
      throw error;
    }
  }

  private vars(referral: Referral, queue: Queue) {
    const lang = 'en' as const;
    const kindKey = referral.kind === 'urgent' ? 'staffKindUrgent' : referral.kind === 'handoff' ? 'staffKindHandoff' : 'staffKindReferral';
    return {
      kind: rt(kindKey, lang),
      code: referral.code,
      queue: queue.name[lang],
      due: formatLongDate(referral.firstContactDue, lang),
      emergency: referral.dueDate ? rt('staffEmergency', lang, { date: formatLongDate(referral.dueDate, lang) }) : '',
      alsoTold: referral.alsoTold?.length ? rt('staffAlsoTold', lang, { teams: referral.alsoTold.map((t) => t.name).join(', ') }) : '',
      link: this.deps.router.consoleLink(this.deps.consoleBaseUrl, referral.id),
    };
  }

  private async sendSms(to: string, text: string): Promise<string | undefined> {
    const result = await this.deps.sms.send(to, text);
    if ('sid' in result) return result.sid;
    throw Object.assign(new Error(`SMS to the on-call number was not sent (${JSON.stringify(result)})`), { retryable: true });
  }

  private async sendEmail(to: string, subject: string, text: string): Promise<string> {
    const { messageId } = await this.deps.email.send({ from: this.deps.router.content.email.from, to, subject, text });
    return messageId;
  }
}

/** One staff message to send: the claim key, how, to whom, and whether it is for the queue or a told plan team. */
interface Send {
  key: NotificationKey;
  channel: NotifyChannel;
  to: string;
  audience: 'queue' | 'planTeam';
}

function channelsOf(targets: NotifyTargets): [NotifyChannel, string][] {
  return (['sms', 'email'] as const).flatMap((channel) => (targets[channel] ? [[channel, targets[channel]] as [NotifyChannel, string]] : []));
}

/** Errors that prove nothing went out (Twilio 429 or connection refused, SES refusals). */
function certainlyNotSent(error: unknown): boolean {
  return (error as { retryable?: unknown } | null)?.retryable === true;
}
