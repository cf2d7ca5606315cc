import { randomUUID } from 'node:crypto';
import { TurnContext, type Middleware } from 'botbuilder';
import { channelOf, verifiedChannel } from '../channels/verifiedChannel';
import { BusinessCalendar } from './businessDays';
import type { ContactKey } from './model';
import { Router } from './routing';
import type { ReferralRepository } from './store';

/** What the referral intake and handoffs need at turn time. Built in the composition root (src/app/runtime.ts). */
export interface ReferralServices {
  store: ReferralRepository;
  router: Router;
  calendar: BusinessCalendar;
  now: () => Date;
}

export function createReferralServices(store: ReferralRepository, overrides: Partial<Omit<ReferralServices, 'store'>> = {}): ReferralServices {
  return { store, router: new Router(), calendar: new BusinessCalendar(), now: () => new Date(), ...overrides };
}

const SERVICES = Symbol('referralServices');
const TURN_ID = Symbol('referralTurnId');

/**
 * Makes the referral services available to every dialog of a turn (adapter middleware, added by
 * the composition root), so dialogs and `createHandoff(context, ...)` need nothing but the context.
 */
export class ReferralServicesMiddleware implements Middleware {
  constructor(private readonly services: ReferralServices) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.turnState.set(SERVICES, this.services);
    await next();
  }
}

export function referralServices(context: TurnContext): ReferralServices {
  const services: ReferralServices | undefined = context.turnState.get(SERVICES);
  if (!services) throw new Error('[referralServices]: ReferralServicesMiddleware is not installed on this adapter.');
  return services;
}

export { channelOf };

/** How staff (and issue 11's updates) reach this person back: the verified phone, or the web conversation. */
export function contactOf(context: TurnContext): ContactKey {
  const { activity } = context;
  const verified = verifiedChannel(context);
  if (verified.channel === 'sms') return { channel: 'sms', key: verified.phone };
  const reference = TurnContext.getConversationReference(activity);
  return { channel: 'web', key: activity.conversation.id, conversationReference: JSON.parse(JSON.stringify(reference)) };
}

/**
 * The inbound activity's id, the idempotency key for side effects of this turn. A turn re-run
 * after an eTag conflict reuses the same context, so a generated stand-in is stable too.
 */
export function turnActivityId(context: TurnContext): string {
  if (context.activity.id) return context.activity.id;
  let id: string | undefined = context.turnState.get(TURN_ID);
  if (!id) context.turnState.set(TURN_ID, (id = randomUUID()));
  return id;
}
