import { parsePhoneNumberFromString } from 'libphonenumber-js';
import * as z from '../zodMini';
import type { Lang } from '../i18n';
import { ageOn, parseDate } from './dates';
import type { ReferralMessageKey } from './messages';

/**
 * Field validation for the referral intake, as zod schemas over what the person typed. Each
 * schema's issue messages are keys of content/referral-messages.json, so the dialog can say
 * exactly what is wanted ("a date in the past", "10 digits") in the person's language. They are
 * run-time checks, so zod/mini's (src/zodMini.ts): the classic API would cost every bot cold start
 * ~65 kB and ~6 ms for questions most first turns never reach.
 */

/** CCS serves children and young adults under this age. */
export const MAX_AGE = 21;

export type FieldError = { key: ReferralMessageKey; vars?: Record<string, string | number> };
export type FieldParse<T> = { ok: true; value: T } | { ok: false; error: FieldError };

/** Runs a schema and returns the value or the first issue's message key (with `params` as vars). */
export function check<S extends z.ZodMiniType>(schema: S, input: unknown): FieldParse<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const vars = (issue as { params?: Record<string, string | number> }).params;
  return { ok: false, error: { key: issue.message as ReferralMessageKey, vars } };
}

const QUESTION_START =
  /^(what|whats|how|who|where|when|why|which|can|could|does|do|is|are|will|should|qué|que|como|cómo|quien|quién|donde|dónde|cuando|cuándo|por que|por qué|cual|cuál|puedo|puede|es|hay)\b/i;

/** Whether free text reads as a question rather than an answer ("what is CCS?", "¿cuánto tarda?"). */
export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  return /[?¿]/.test(t) || QUESTION_START.test(t);
}

const NAME_WORD = /^[\p{L}][\p{L}'’.-]*$/u;

/** A person's name as typed: letters (any script), spaces, hyphens, apostrophes; no digits, no questions. */
export const personNameSchema = z
  .pipe(
    z.string().check(z.trim()),
    z.transform((s: string) => s.replace(/\s+/g, ' ')),
  )
  .check(
    z.refine((s) => s.length >= 1 && s.length <= 80, 'nameRetry'),
    z.refine((s) => !looksLikeQuestion(s), 'nameRetry'),
    z.refine((s) => {
      const words = s.replace(/,/g, ' ').split(' ').filter(Boolean);
      return words.length >= 1 && words.length <= 6 && words.every((w) => NAME_WORD.test(w));
    }, 'nameRetry'),
  );

/** "Juan Pérez", "Pérez, Juan", "María José López García" → first name and last name(s). */
export const childNameSchema = z
  .pipe(
    personNameSchema,
    z.transform((s: string) => {
      const comma = s.split(',').map((p) => p.trim());
      if (comma.length === 2 && comma[0] && comma[1]) return { firstName: comma[1], lastName: comma[0] };
      const words = s.replace(/,/g, ' ').split(' ').filter(Boolean);
      return { firstName: words[0], lastName: words.slice(1).join(' ') };
    }),
  )
  .check(z.refine((n) => n.lastName.length > 0, 'childNameNeedsBoth'));

/** Ends a transform with the issue `message` (a key of content/referral-messages.json), as zod's `ctx.addIssue` does. */
function refuse(ctx: z.core.ParsePayload, message: ReferralMessageKey): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value });
  return z.NEVER;
}

export function dateOfBirthSchema(lang: Lang, today: string) {
  return z
    .pipe(
      z.string(),
      z.transform((text: string, ctx) => {
        // "today" / "ayer" too: newborns are referred from the NICU.
        const parsed = parseDate(text, { lang, today, relative: true });
        if (!parsed.ok) return refuse(ctx, parsed.error === 'impossible' ? 'dobImpossible' : 'dobRetry');
        return parsed.date;
      }),
    )
    .check(
      z.superRefine((date, ctx) => {
        if (date > today) ctx.addIssue({ code: 'custom', message: 'dobFuture' });
        else if (ageOn(date, today) >= MAX_AGE) ctx.addIssue({ code: 'custom', message: 'dobTooOld', params: { age: ageOn(date, today) } });
      }),
    );
}

/** Admission date for an emergency stay: today, yesterday or a date within the last 90 days. */
export function admissionDateSchema(lang: Lang, today: string) {
  return z
    .pipe(
      z.string(),
      z.transform((text: string, ctx) => {
        const parsed = parseDate(text, { lang, today, relative: true });
        return parsed.ok ? parsed.date : refuse(ctx, 'admittedRetry');
      }),
    )
    .check(
      z.refine((date) => date <= today, 'admittedFuture'),
      z.refine((date) => ageOn(date, today) < 1, 'admittedRetry'),
    );
}

/** A US phone or fax number in any common format, normalized to E.164. */
export const usPhoneSchema = z.pipe(
  z.string().check(z.trim()),
  z.transform((text: string, ctx) => {
    const phone = parsePhoneNumberFromString(text, 'US');
    if (!phone || !phone.isValid() || phone.countryCallingCode !== '1') return refuse(ctx, 'phoneRetry');
    return phone.number as string;
  }),
);

export const faxSchema = z.pipe(
  z.string().check(z.trim()),
  z.transform((text: string, ctx) => {
    const phone = parsePhoneNumberFromString(text, 'US');
    if (!phone || !phone.isValid()) return refuse(ctx, 'faxRetry');
    return phone.number as string;
  }),
);

/** "(661) 555-1234" for display. */
export function formatPhone(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  return phone.countryCallingCode === '1' ? phone.formatNational() : phone.formatInternational();
}

/**
 * NPI check digit: Luhn over the 9 leading digits prefixed with 80840 (the health-industry
 * prefix), as CMS specifies.
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`.split('').map(Number);
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits[i];
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export const npiSchema = z
  .pipe(
    z.string(),
    z.transform((s: string) => s.replace(/^\s*npi\s*[:#]?\s*/i, '').replace(/[\s-]/g, '')),
  )
  .check(
    z.refine((s) => /^\d{10}$/.test(s), 'npiRetry'),
    z.refine(isValidNpi, 'npiCheckDigit'),
  );

/** The condition in the person's words: anything readable, not a bare yes/no. */
export const conditionSchema = z.string().check(
  z.trim(),
  z.minLength(3, 'conditionRetry'),
  z.maxLength(1000, 'conditionTooLong'),
  z.refine((s) => /\p{L}{2,}/u.test(s), 'conditionRetry'),
);

export const practiceNameSchema = z.string().check(
  z.trim(),
  z.minLength(2, 'practiceRetry'),
  z.maxLength(150, 'practiceRetry'),
  z.refine((s) => /\p{L}/u.test(s) && !looksLikeQuestion(s), 'practiceRetry'),
);

/** Another language the person prefers ("Hmong", "Tagalog", "Mixteco"). */
export const otherLanguageSchema = z.string().check(
  z.trim(),
  z.minLength(2, 'otherLanguageRetry'),
  z.maxLength(40, 'otherLanguageRetry'),
  z.refine((s) => /^[\p{L}][\p{L} '()-]*$/u.test(s), 'otherLanguageRetry'),
);
