import { windowOf, type RateLimit, type RateLimiter } from '../../src/family/rateLimiter';

/** DynamoRateLimiter's rule in memory, for dialog tests that must not touch DynamoDB. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly uses = new Map<string, Set<string>>();

  async take(limit: RateLimit, subject: string, useId: string, now: Date, { count = true }: { count?: boolean } = {}): Promise<boolean> {
    const key = `${limit.name}#${subject}#${windowOf(limit, now)}`;
    const set = this.uses.get(key) ?? new Set<string>();
    this.uses.set(key, set);
    if (count && set.has(useId)) return true;
    if (set.size >= limit.max) return false;
    if (count) set.add(useId);
    return true;
  }
}
