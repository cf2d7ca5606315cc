import { parsePhoneNumberFromString } from 'libphonenumber-js';
import * as z from 'zod';
import type { Lang } from '../i18n';
import { ageOn, parseDate } from './dates';
import type { ReferralMessageKey } from './messages';

/**
 * Field validation for the referral intake, as zod schemas over what the person typed. Each
 * schema's issue messages are keys of content/referral-messages.json, so the dialog can say
 * exactly what is wanted ("a date in the past", "10 digits") in the person's language.
 */

/** CCS serves children and young adults under this age. */
export const MAX_AGE = 21;

export type FieldError = { key: ReferralMessageKey; vars?: Record<string, string | number> };
export type FieldParse<T> = { ok: true; value: T } | { ok: false; error: FieldError };

/** Runs a schema and returns the value or the first issue's message key (with `params` as vars). */
export function check<S extends z.ZodType>(schema: S, input: unknown): FieldParse<z.output<S>> {
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
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, ' '))
  .refine((s) => s.length >= 1 && s.length <= 80, 'nameRetry')
  .refine((s) => !looksLikeQuestion(s), 'nameRetry')
  .refine((s) => {
    const words = s.replace(/,/g, ' ').split(' ').filter(Boolean);
    return words.length >= 1 && words.length <= 6 && words.every((w) => NAME_WORD.test(w));
  }, 'nameRetry');

/** "Juan Pérez", "Pérez, Juan", "María José López García" → first name and last name(s). */
export const childNameSchema = personNameSchema
  .transform((s) => {
    const comma = s.split(',').map((p) => p.trim());
    if (comma.length === 2 && comma[0] && comma[1]) return { firstName: comma[1], lastName: comma[0] };
    const words = s.replace(/,/g, ' ').split(' ').filter(Boolean);
    return { firstName: words[0], lastName: words.slice(1).join(' ') };
  })
  .refine((n) => n.lastName.length > 0, 'childNameNeedsBoth');

export function dateOfBirthSchema(lang: Lang, today: string) {
  return z
    .string()
    .transform((text, ctx) => {
      // "today" / "ayer" too: newborns are referred from the NICU.
      const parsed = parseDate(text, { lang, today, relative: true });
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error === 'impossible' ? 'dobImpossible' : 'dobRetry' });
        return z.NEVER;
      }
      return parsed.date;
    })
    .superRefine((date, ctx) => {
      if (date > today) ctx.addIssue({ code: 'custom', message: 'dobFuture' });
      else if (ageOn(date, today) >= MAX_AGE) ctx.addIssue({ code: 'custom', message: 'dobTooOld', params: { age: ageOn(date, today) } });
    });
}

/** Admission date for an emergency stay: today, yesterday or a date within the last 90 days. */
export function admissionDateSchema(lang: Lang, today: string) {
  return z
    .string()
    .transform((text, ctx) => {
      const parsed = parseDate(text, { lang, today, relative: true });
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: 'admittedRetry' });
        return z.NEVER;
      }
      return parsed.date;
    })
    .refine((date) => date <= today, 'admittedFuture')
    .refine((date) => ageOn(date, today) < 1, 'admittedRetry');
}

/** A US phone or fax number in any common format, normalized to E.164. */
export const usPhoneSchema = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const phone = parsePhoneNumberFromString(text, 'US');
    if (!phone || !phone.isValid() || phone.countryCallingCode !== '1') {
      ctx.addIssue({ code: 'custom', message: 'phoneRetry' });
      return z.NEVER;
    }
    return phone.number as string;
  });

export const faxSchema = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const phone = parsePhoneNumberFromString(text, 'US');
    if (!phone || !phone.isValid()) {
      ctx.addIssue({ code: 'custom', message: 'faxRetry' });
      return z.NEVER;
    }
    return phone.number as string;
  });

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
  .string()
  .transform((s) => s.replace(/^\s*npi\s*[:#]?\s*/i, '').replace(/[\s-]/g, ''))
  .refine((s) => /^\d{10}$/.test(s), 'npiRetry')
  .refine(isValidNpi, 'npiCheckDigit');

/** The condition in the person's words: anything readable, not a bare yes/no. */
export const conditionSchema = z
  .string()
  .trim()
  .min(3, 'conditionRetry')
  .max(1000, 'conditionTooLong')
  .refine((s) => /\p{L}{2,}/u.test(s), 'conditionRetry');

export const practiceNameSchema = z
  .string()
  .trim()
  .min(2, 'practiceRetry')
  .max(150, 'practiceRetry')
  .refine((s) => /\p{L}/u.test(s) && !looksLikeQuestion(s), 'practiceRetry');

/** Another language the person prefers ("Hmong", "Tagalog", "Mixteco"). */
export const otherLanguageSchema = z
  .string()
  .trim()
  .min(2, 'otherLanguageRetry')
  .max(40, 'otherLanguageRetry')
  .refine((s) => /^[\p{L}][\p{L} '()-]*$/u.test(s), 'otherLanguageRetry');
