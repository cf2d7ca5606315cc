import { createHash } from 'node:crypto';

/** 32 symbols without 0/O and 1/I, so a code read over the phone or copied by hand is not misread. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_LENGTH = 6;
export const CODE_PATTERN = new RegExp(`^CCS-[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A stable hash of what created a referral (the idempotency key); never the raw conversation id or phone. */
export function sourceKeyOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 40);
}

/**
 * The confirmation code for a source key, e.g. `CCS-7K3F9Q`. Deterministic, so a re-run turn
 * computes the same code; `salt` > 0 picks another code when one is taken by a different referral.
 */
export function confirmationCode(sourceKey: string, salt = 0): string {
  const digest = createHash('sha256').update(`${sourceKey}:${salt}`).digest();
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[digest[i] % CODE_ALPHABET.length];
  return `CCS-${code}`;
}

/** Normalizes what a person types back ("ccs 7k3f9q", "7K3F9Q") to a code, or undefined. */
export function parseCode(text: string): string | undefined {
  const compact = text
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/^CCS/, '');
  const code = `CCS-${compact}`;
  return CODE_PATTERN.test(code) ? code : undefined;
}
