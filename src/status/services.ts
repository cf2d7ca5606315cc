import type { Middleware, TurnContext } from 'botbuilder';
import type { RateLimiter } from './rateLimiter';

/** What the status dialog needs at turn time beyond the referral services. Built in the composition root. */
export interface StatusServices {
  limiter: RateLimiter;
}

const SERVICES = Symbol('statusServices');

/** Makes the status services available to every dialog of a turn (adapter middleware), like the referral services. */
export class StatusServicesMiddleware implements Middleware {
  constructor(private readonly services: StatusServices) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.turnState.set(SERVICES, this.services);
    await next();
  }
}

export function statusServices(context: TurnContext): StatusServices {
  const services: StatusServices | undefined = context.turnState.get(SERVICES);
  if (!services) throw new Error('[statusServices]: StatusServicesMiddleware is not installed on this adapter.');
  return services;
}
