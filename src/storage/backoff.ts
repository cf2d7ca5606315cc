import { setTimeout as sleep } from 'node:timers/promises';

export interface Backoff {
  /** First delay's upper bound, in ms. */
  baseMs: number;
  /** No delay is longer than this, in ms. */
  capMs: number;
}

/**
 * Waits before retry number `attempt` (1-based): exponential with "full jitter" (a random delay
 * up to base·2^(attempt-1), capped), so callers that collided do not collide again in lockstep.
 */
export function backoff(attempt: number, { baseMs, capMs }: Backoff): Promise<void> {
  const bound = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return sleep(Math.random() * bound);
}
