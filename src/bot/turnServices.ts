import { randomUUID } from 'node:crypto';
import type { Middleware, TurnContext } from 'botbuilder-core';
import type { ReferralServices } from '../referrals/services';
import type { StatusServices } from '../family/services';

const REFERRAL_SERVICES = Symbol('referralServices');
const STATUS_SERVICES = Symbol('statusServices');
const TURN_ID = Symbol('referralTurnId');

/**
 * Makes the referral services available to every dialog of a turn (adapter middleware, added by
 * the composition root), so dialogs and `createHandoff(context, ...)` need nothing but the context.
 */
export class ReferralServicesMiddleware implements Middleware {
  constructor(private readonly services: ReferralServices) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.turnState.set(REFERRAL_SERVICES, this.services);
    await next();
  }
}

export function referralServices(context: TurnContext): ReferralServices {
  const services: ReferralServices | undefined = context.turnState.get(REFERRAL_SERVICES);
  if (!services) throw new Error('[referralServices]: ReferralServicesMiddleware is not installed on this adapter.');
  return services;
}

/** Makes the status services available to every dialog of a turn (adapter middleware), like the referral services. */
export class StatusServicesMiddleware implements Middleware {
  constructor(private readonly services: StatusServices) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.turnState.set(STATUS_SERVICES, this.services);
    await next();
  }
}

export function statusServices(context: TurnContext): StatusServices {
  const services: StatusServices | undefined = context.turnState.get(STATUS_SERVICES);
  if (!services) throw new Error('[statusServices]: StatusServicesMiddleware is not installed on this adapter.');
  return services;
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
