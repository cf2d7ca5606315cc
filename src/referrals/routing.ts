import { z } from 'zod';
import routingJson from '../../content/routing.json';
import { counties, type County } from '../content';
import type { Lang } from '../i18n';

/**
 * Where a referral or handoff goes: routing rules are content (content/routing.json), not code.
 * Order: the first matching rule; then the county queue that lists the child's county; then the
 * fallback queue. A queue without its own `notify` is announced to the fallback queue's targets.
 */

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number such as +15555550199');
const localized = z.strictObject({ en: z.string().min(1), es: z.string().min(1) });

export const queueSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['county', 'wcm-plan', 'illinois', 'fallback']),
  name: localized,
  /** County queues: the counties whose referrals they take. */
  counties: z.array(z.string().min(1)).optional(),
  /** WCM plan queues: the plan's name as in content/counties.json. */
  wcmPlan: z.string().min(1).optional(),
  /** Who to tell about a new item: the on-call SMS number and/or an email address. */
  notify: z
    .strictObject({ sms: e164.optional(), email: z.email().optional() })
    .refine((n) => n.sms || n.email, 'notify needs sms or email')
    .optional(),
  /** Business days to first contact, when not the default. */
  firstContactBusinessDays: z.number().int().min(1).max(30).optional(),
});

export const ruleSchema = z.strictObject({
  when: z
    .strictObject({
      region: z.enum(['CA', 'IL']).optional(),
      county: z.array(z.string().min(1)).optional(),
      wcmPlan: z.string().min(1).optional(),
      /** Only route to the plan when content is this sure the county is a WCM county. */
      wcmConfidence: z.array(z.enum(['high', 'low'])).optional(),
    })
    .refine((w) => Object.keys(w).length > 0, 'a rule needs a condition'),
  queue: z.string().min(1),
});

export const routingSchema = z
  .strictObject({
    $comment: z.string().optional(),
    fallbackQueue: z.string().min(1),
    defaults: z.strictObject({ firstContactBusinessDays: z.number().int().min(1).max(30) }),
    /** Staff console link in notifications; `{baseUrl}` and `{id}` are filled in. */
    consoleUrl: z.string().includes('{id}'),
    email: z.strictObject({ from: z.string().min(3) }),
    rules: z.array(ruleSchema),
    queues: z.array(queueSchema).min(1),
  })
  .superRefine((r, ctx) => {
    const ids = new Set(r.queues.map((q) => q.id));
    if (ids.size !== r.queues.length) ctx.addIssue({ code: 'custom', message: 'queue ids must be unique' });
    if (!ids.has(r.fallbackQueue)) ctx.addIssue({ code: 'custom', message: `fallbackQueue ${r.fallbackQueue} is not a queue` });
    if (!r.queues.find((q) => q.id === r.fallbackQueue)?.notify) ctx.addIssue({ code: 'custom', message: 'the fallback queue needs notify targets' });
    for (const rule of r.rules) if (!ids.has(rule.queue)) ctx.addIssue({ code: 'custom', message: `rule queue ${rule.queue} is not a queue` });
  });

export type RoutingContent = z.infer<typeof routingSchema>;
export type Queue = z.infer<typeof queueSchema>;

export interface RouteInput {
  region: 'CA' | 'IL';
  /** County name as in content/counties.json. */
  county?: string;
}

export interface NotifyTargets {
  sms?: string;
  email?: string;
}

export class Router {
  private readonly byId: Map<string, Queue>;

  constructor(
    readonly content: RoutingContent = routingJson as RoutingContent,
    private readonly countyData: readonly County[] = counties,
  ) {
    this.byId = new Map(content.queues.map((q) => [q.id, q]));
  }

  route(input: RouteInput): Queue {
    const county = input.county ? this.countyData.find((c) => c.name === input.county) : undefined;
    for (const rule of this.content.rules) {
      if (this.matches(rule.when, input, county)) return this.queue(rule.queue);
    }
    if (input.region === 'CA' && county) {
      const own = this.content.queues.find((q) => q.kind === 'county' && q.counties?.includes(county.name));
      if (own) return own;
    }
    return this.fallback();
  }

  queue(id: string): Queue {
    const queue = this.byId.get(id);
    if (!queue) throw new Error(`[Router]: unknown queue ${id}`);
    return queue;
  }

  findQueue(id: string): Queue | undefined {
    return this.byId.get(id);
  }

  queues(): Queue[] {
    return this.content.queues;
  }

  fallback(): Queue {
    return this.queue(this.content.fallbackQueue);
  }

  /** Who hears about new items in `queue`: its own targets, else the fallback queue's. */
  notifyTargets(queue: Queue): NotifyTargets {
    return queue.notify ?? this.fallback().notify ?? {};
  }

  firstContactBusinessDays(queue: Queue): number {
    return queue.firstContactBusinessDays ?? this.content.defaults.firstContactBusinessDays;
  }

  queueName(queue: Queue, lang: Lang): string {
    return queue.name[lang];
  }

  consoleLink(baseUrl: string, id: string): string {
    return this.content.consoleUrl.replace('{baseUrl}', baseUrl.replace(/\/+$/, '')).replace('{id}', encodeURIComponent(id));
  }

  private matches(when: z.infer<typeof ruleSchema>['when'], input: RouteInput, county: County | undefined): boolean {
    if (when.region && when.region !== input.region) return false;
    if (when.county && !(county && when.county.includes(county.name))) return false;
    if (when.wcmPlan) {
      if (input.region !== 'CA' || !county?.wcm) return false;
      if (!county.wcm.plans.some((p) => p.name === when.wcmPlan)) return false;
      if (when.wcmConfidence && !when.wcmConfidence.includes(county.wcm.confidence)) return false;
    }
    return true;
  }
}
