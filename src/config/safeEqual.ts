import { createHash, timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of two secrets of any length, hashed first so lengths leak nothing (the staff token; a date of birth given for a status lookup). */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
