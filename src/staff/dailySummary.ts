import type { OnceClaims } from '../storage/onceClaims';
import { expiresInDays } from '../storage/table';
import type { SmsSender } from '../channels/sms/twilioRest';
import { errorSummary, logger } from '../observability/logger';
import { formatLongDate, type BusinessCalendar } from '../referrals/businessDays';
import type { EmailSender } from './email';
import type { Queue, Router } from '../referrals/routing';
import type { ReferralRepository } from '../referrals/store';
import { fill } from '../family/statusContent';
import { pendingDeadlines } from './deadlines';
import { allInQueue } from './queueItems';
import { staffTemplates } from './templates';
import { dailySummaryClaim } from '../storage/keys';

export interface DailySummaryDeps {
  store: ReferralRepository;
  router: Router;
  calendar: BusinessCalendar;
  sms: SmsSender;
  email: EmailSender;
  /** Origin of the console links, e.g. https://ccs.example.org. */
  consoleBaseUrl: string;
  /** Once per day: a repeated scheduler invocation must not send the summary twice. */
  claims: Pick<OnceClaims, 'claim'>;
  now?: () => Date;
}

/** One queue's overdue open items: `items` counts each once, the rest by which deadline passed. */
export interface QueueOverdue {
  queue: Queue;
  items: number;
  firstContact: number;
  due: number;
}

export interface SummaryResult {
  date: string;
  queues: { id: string; items: number; firstContact: number; due: number }[];
  sent: number;
  failed: number;
  /** True when today's summary had already gone out (nothing sent this time). */
  alreadySent?: boolean;
}

/**
 * The morning summary: per queue, open items past their first-contact date (still submitted or
 * received) or past their due date, sent to the queue's on-call number and email (or the
 * fallback team's, as for new referrals). One message per recipient, however many queues they
 * watch; counts and console links only, never names or health details. Queues with nothing
 * overdue are left out, and nobody hears anything on a day with nothing overdue.
 */
export class DailySummary {
  private readonly now: () => Date;

  constructor(private readonly deps: DailySummaryDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async overdue(today: string): Promise<QueueOverdue[]> {
    const { store, router } = this.deps;
    const perQueue = await Promise.all(
      router.queues().map(async (queue) => {
        const late = (await allInQueue(store, queue.id, 'open')).map((r) => pendingDeadlines(r, today).filter((d) => d.state === 'overdue'));
        return {
          queue,
          items: late.filter((d) => d.length > 0).length,
          firstContact: late.filter((d) => d.some((x) => x.rule === 'first_contact')).length,
          due: late.filter((d) => d.some((x) => x.rule !== 'first_contact')).length,
        };
      }),
    );
    return perQueue.filter((q) => q.items > 0);
  }

  async run(): Promise<SummaryResult> {
    const now = this.now();
    const today = this.deps.calendar.localDate(now);
    if (!(await this.deps.claims.claim(dailySummaryClaim(today), now, expiresInDays(7, now)))) {
      return { date: today, queues: [], sent: 0, failed: 0, alreadySent: true };
    }
    const overdue = await this.overdue(today);
    const result: SummaryResult = { date: today, queues: overdue.map(({ queue, ...counts }) => ({ id: queue.id, ...counts })), sent: 0, failed: 0 };
    for (const { channel, to, queues } of this.byRecipient(overdue)) {
      try {
        await (channel === 'sms' ? this.text(to, queues) : this.mail(to, queues, today));
        result.sent += 1;
      } catch (error) {
        // The others still get theirs; tomorrow's summary repeats what is still overdue.
        result.failed += 1;
        logger.error('daily summary not sent', { channel, queues: queues.map((q) => q.queue.id), error: errorSummary(error) });
      }
    }
    logger.info('daily summary', { date: today, queues: result.queues.length, sent: result.sent, failed: result.failed });
    return result;
  }

  /** Each recipient (an on-call number or an email address) with the overdue queues it watches. */
  private byRecipient(overdue: QueueOverdue[]): { channel: 'sms' | 'email'; to: string; queues: QueueOverdue[] }[] {
    const recipients = new Map<string, { channel: 'sms' | 'email'; to: string; queues: QueueOverdue[] }>();
    for (const entry of overdue) {
      const targets = this.deps.router.notifyTargets(entry.queue);
      for (const channel of ['sms', 'email'] as const) {
        const to = targets[channel];
        if (!to) continue;
        const key = `${channel}:${to}`;
        if (!recipients.has(key)) recipients.set(key, { channel, to, queues: [] });
        recipients.get(key)!.queues.push(entry);
      }
    }
    return [...recipients.values()];
  }

  private link(queue?: Queue): string {
    const base = `${this.deps.consoleBaseUrl.replace(/\/+$/, '')}/staff`;
    return queue ? `${base}?queue=${encodeURIComponent(queue.id)}` : base;
  }

  private async text(to: string, queues: QueueOverdue[]): Promise<void> {
    const words = staffTemplates.dailySummary;
    const one = queues.length === 1 ? queues[0].queue : undefined;
    const body = fill(words.sms, {
      count: String(queues.reduce((n, q) => n + q.items, 0)),
      where: one ? one.name.en : fill(words.smsManyQueues, { queues: String(queues.length) }),
      link: this.link(one),
    });
    // An opted-out on-call number is skipped by the sender itself; nothing else to do here.
    await this.deps.sms.send(to, body);
  }

  private async mail(to: string, queues: QueueOverdue[], today: string): Promise<void> {
    const words = staffTemplates.dailySummary;
    const date = formatLongDate(today, 'en');
    const lines = queues.map((q) =>
      fill(words.emailLine, { queue: q.queue.name.en, firstContact: String(q.firstContact), due: String(q.due), link: this.link(q.queue) }),
    );
    await this.deps.email.send({
      from: this.deps.router.content.email.from,
      to,
      subject: fill(words.emailSubject, { count: String(queues.reduce((n, q) => n + q.items, 0)), date }),
      text: [fill(words.emailIntro, { date }), '', ...lines, '', words.emailOutro].join('\n'),
    });
  }
}
