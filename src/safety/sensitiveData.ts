/**
 * Social Security numbers must never be stored: callers redact a message before logging or
 * persisting it, and reply with `ssnNotice`.
 *
 * A grouped 3-2-4 number (123-45-6789, 123 45 6789, 123.45.6789) is an SSN on its own, because
 * phone numbers group 3-3-4 and dates 2-2-4 or 4-2-2. A bare run of 9 digits is only treated as
 * one after an SSN keyword, since ZIP+4 codes and member IDs look the same; exactly 9 digits are
 * required so 10-digit phone and NPI numbers never match.
 */
const GROUPED_SSN = /(?<![\d-])\d{3}([- .])\d{2}\1\d{4}(?![\d-])/g;
// The keyword may be followed by up to 20 non-digits ("SSN is:", "seguro social es el").
// "social" also covers "social security" and "seguro social".
const KEYWORD_SSN = /(\b(?:ssn|ss#|social|soc sec)(?![a-z])\D{0,20}?)\d(?:[- ]?\d){8}(?![- ]?\d)/gi;

const REDACTED = '[SSN removed]';

export function findSsn(text: string): boolean {
  // Fresh regexes per call: global regexes keep `lastIndex` between `test` calls.
  return new RegExp(GROUPED_SSN).test(text) || new RegExp(KEYWORD_SSN).test(text);
}

export function redactSsn(text: string): string {
  return text.replace(GROUPED_SSN, REDACTED).replace(KEYWORD_SSN, `$1${REDACTED}`);
}
