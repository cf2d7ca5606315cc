import routingJson from '../../content/routing.json';
import { counties } from '../content/directory';
import type { County } from '../content';
import type { Lang } from '../i18n';
import type { MediCal } from './model';
import type { Queue, RoutingContent, RuleCondition } from './routingSchema';

/**
 * Where a referral or handoff goes: routing rules are content (content/routing.json), not code.
 * Order: the first matching rule; then the county queue that lists the child's county (seed 001:
 * a child "must be referred to their county of residence CCS office"); then the fallback queue.
 * In a Whole Child Model county the plan does CCS case management for its own members, so the
 * plan's care team is told as well when the child has full-scope Medi-Cal with that plan
 * ({@link Router.planTeams}). A queue without its own `notify` is announced to the fallback
 * queue's targets. The content's schema is in ./routingSchema (checked by the tests, never at run time).
 */

export type { Queue, RoutingContent } from './routingSchema';

export interface RouteInput {
  region: 'CA' | 'IL';
  /** County name as in content/counties.json. */
  county?: string;
  mediCal?: MediCal;
  /** The child's Medi-Cal plan as the person named it: a plan name from content/counties.json, `other` or `unsure`. */
  mediCalPlan?: string;
}

export interface NotifyTargets {
  sms?: string;
  email?: string;
}

/** A county's Whole Child Model plans when content is sure of them (`high`); none otherwise. */
export function wholeChildModelPlans(countyName: string | undefined, countyData: readonly County[] = counties): string[] {
  const county = countyName ? countyData.find((c) => c.name === countyName) : undefined;
  return county?.wcm?.confidence === 'high' ? county.wcm.plans.map((p) => p.name) : [];
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
    const county = this.countyOf(input);
    for (const rule of this.content.rules) {
      if (this.matches(rule.when, input, county)) return this.queue(rule.queue);
    }
    if (input.region === 'CA' && county) {
      const own = this.content.queues.find((q) => q.kind === 'county' && q.counties?.includes(county.name));
      if (own) return own;
    }
    return this.fallback();
  }

  /**
   * The Whole Child Model plan care teams to tell besides the county office: only for a county
   * content is sure about (`high`), and only when the child has full-scope Medi-Cal with that plan.
   */
  planTeams(input: RouteInput): Queue[] {
    const county = this.countyOf(input);
    if (input.region !== 'CA' || county?.wcm?.confidence !== 'high' || input.mediCal !== 'full') return [];
    const plan = county.wcm.plans.find((p) => p.name === input.mediCalPlan);
    const team = plan && this.content.planTeams.find((t) => t.plan === plan.name);
    return team ? [this.queue(team.queue)] : [];
  }

  /** The county's Whole Child Model plans content is sure of: what the intake offers as the child's plan. */
  wholeChildModelPlans(countyName: string | undefined): string[] {
    return wholeChildModelPlans(countyName, this.countyData);
  }

  /** The plan a folded answer names ("kaiser", "we have partnership"): among the county's own plans, or any plan without a county. */
  planNamedIn(folded: string, countyName?: string): string | undefined {
    const plans = countyName === undefined ? undefined : this.wholeChildModelPlans(countyName);
    const named = (words: string) => new RegExp(`\\b${words}\\b`).test(folded);
    return this.content.planTeams.find((t) => (!plans || plans.includes(t.plan)) && (named(t.plan.toLowerCase()) || t.names.some(named)))?.plan;
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

  /** The staff target for first contact (console deadlines, the first-contact watch). */
  firstContactBusinessDays(queue: Queue): number {
    return queue.firstContactBusinessDays ?? this.content.defaults.firstContactBusinessDays;
  }

  /** Business days to first contact that the office has confirmed, the only time families are told. */
  confirmedFirstContactDays(queue: Queue): number | undefined {
    return queue.confirmedFirstContact?.businessDays;
  }

  queueName(queue: Queue, lang: Lang): string {
    return queue.name[lang];
  }

  consoleLink(baseUrl: string, id: string): string {
    return this.content.consoleUrl.replace('{baseUrl}', baseUrl.replace(/\/+$/, '')).replace('{id}', encodeURIComponent(id));
  }

  private countyOf(input: RouteInput): County | undefined {
    return input.county ? this.countyData.find((c) => c.name === input.county) : undefined;
  }

  private matches(when: RuleCondition, input: RouteInput, county: County | undefined): boolean {
    if (when.region && when.region !== input.region) return false;
    if (when.county && !(county && when.county.includes(county.name))) return false;
    return true;
  }
}
