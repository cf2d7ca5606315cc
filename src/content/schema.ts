import * as z from 'zod';

/**
 * Schemas for the hand-written content under content/. Objects are strict so that a misspelled
 * field name fails validation instead of being silently ignored. Validation runs in the unit
 * tests, not at import time, so the cold start stays cheap.
 */

/** The two languages the product speaks. */
export type Lang = 'en' | 'es';

const isoDate = z.iso.date();
/** "(661) 321-3000" or "1-800-288-4584": the two styles the sources use. */
const phoneNumber = z.string().regex(/^(\(\d{3}\) \d{3}-\d{4}|1-\d{3}-\d{3}-\d{4})$/);
const text = z.string().trim().min(1);
const localized = z.strictObject({ en: text, es: text });
const localizedList = (min: number, max: number) => z.strictObject({ en: z.array(text).min(min).max(max), es: z.array(text).min(min).max(max) });
const region = z.enum(['CA', 'IL']);

/**
 * One question-and-answer entry.
 * @example { "id": "refer-who", "topic": "referral", "audience": ["parent"], "region": "CA", "title": {...},
 *   "questions": { "en": [...], "es": [...] }, "answer": { "en": "...", "es": "..." },
 *   "source": { "doc": "seeds/001_....txt", "quote": "Anyone can make a referral." }, "verified": "2026-11-22" }
 */
export const faqEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  topic: z.enum(['about', 'eligibility', 'counties', 'wcm', 'referral', 'case-management', 'provider', 'illinois']),
  /** Short label for "did you mean" choices. */
  title: localized,
  audience: z.array(z.enum(['parent', 'provider'])).min(1),
  region,
  /** Paraphrases the way parents and providers actually type them; the first is the canonical one. */
  questions: localizedList(4, 8),
  keywords: localizedList(0, 40).optional(),
  answer: localized,
  contactIds: z.array(z.string()).optional(),
  source: z.strictObject({ doc: text, quote: text.optional() }),
  verified: isoDate,
});

/** How much a phone or fax number can be trusted: a seed document, or a county page of high/medium confidence. */
const confidence = z.enum(['seed', 'high', 'medium', 'low']);

/** Where a number came from, shown to the user next to it. */
const numberSource = {
  source: text,
  /** Short human name of the source in each language, e.g. "Health Net notice 20-667" / "aviso 20-667 de Health Net". */
  sourceName: localized,
  /** Date printed on the source, when it shows one: the only date users see ("date not shown" otherwise). */
  sourceDate: isoDate.optional(),
  /** When the number was last compared with its source (for maintainers; never shown as a check of the number itself). */
  verified: isoDate,
  confidence,
};

const countyOffice = z
  .strictObject({
    phone: phoneNumber.optional(),
    fax: phoneNumber.optional(),
    /** What the phone line is when it is not the CCS office's own, e.g. "Kern County Public Health main line". */
    phoneNote: localized.optional(),
    /** What the fax is for, e.g. "provider SAR fax". */
    faxNote: localized.optional(),
    /** The office's postal address as its own source prints it ("direccion y telefono"). */
    address: text.optional(),
    ...numberSource,
  })
  .refine((o) => o.phone || o.fax, 'an office needs a phone or a fax');

/** A number that is not the CCS office's main line, or that conflicts with it: always shown with its label. */
const otherNumber = z
  .strictObject({
    label: localized,
    phone: phoneNumber.optional(),
    fax: phoneNumber.optional(),
    note: text,
    /** Another published number for the office's own phone or fax (a conflict): shown beside it wherever that one is. */
    alternativeTo: z.enum(['phone', 'fax']).optional(),
    ...numberSource,
  })
  .refine((o) => o.phone || o.fax, 'a number needs a phone or a fax');

const wcm = z.strictObject({
  plans: z.array(z.strictObject({ name: text, since: isoDate })).min(1),
  source: text,
  /** "low" for the unconfirmed 2025 expansion rows: stored, never stated to users. */
  confidence: z.enum(['high', 'low']),
});

/** One California county and its CCS program. */
export const countySchema = z.strictObject({
  name: text,
  aliases: z.array(text),
  designation: z.enum(['independent', 'dependent', 'unknown']),
  designationSource: text,
  designationConfidence: z.enum(['explicit', 'inferred', 'none']),
  wcm: wcm.nullable(),
  /** Null when no number is known: the user is sent to the DHCS directory and the child's plan instead. */
  office: countyOffice.nullable(),
  otherNumbers: z.array(otherNumber).optional(),
  cities: z.array(text),
  /** ZIP code prefixes (3 to 5 digits) that lie in this county; the longest matching prefix wins. */
  zipPrefixes: z.array(z.string().regex(/^9[0-6]\d{1,3}$/)),
});

/** A program, line or web page the bot can point people to. */
export const contactSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: localized,
    phone: phoneNumber.optional(),
    fax: phoneNumber.optional(),
    email: z.email().optional(),
    url: z.url().optional(),
    hours: localized.optional(),
    region,
    /** One line: who should use this contact and for what. */
    appliesTo: localized,
    /** Names people use for it, matched as whole phrases. */
    keywords: z.array(text).min(1),
    source: text,
    sourceDate: isoDate.optional(),
    verified: isoDate,
  })
  .refine((c) => c.phone || c.email || c.url, 'a contact needs a phone, an email or a url');

/** An organization the sources name whose number we do not have (a hospital, a plan): said so, never answered with another's number. */
export const organizationSchema = z.strictObject({
  name: localized,
  /** Lowercase, accent-free phrases that name it in a message, matched as whole words. */
  names: z.array(z.string().regex(/^[a-z0-9' ]+$/)).min(1),
  source: text,
});

/** Folded phrases (lowercase, no accents or punctuation) as the intake matches answers against them, whole words. */
const phrases = z.array(z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/));
const somePhrases = phrases.min(1);

/**
 * The words the referral intake reads answers by (English and Spanish together): yes, no and
 * not sure, who is referring, Medi-Cal scope, languages, the words that name each answer in a
 * correction ("change the county"), and the short replies of the review, consent and handoff.
 */
export const intakeWordsSchema = z.strictObject({
  yes: somePhrases,
  no: somePhrases,
  unsure: somePhrases,
  /** A confirmation and nothing else: a word, optionally a tag such as "it's right" / "está bien". */
  pureYes: z.strictObject({ words: somePhrases, tagSubjects: somePhrases, tagWords: somePhrases }),
  change: somePhrases,
  send: somePhrases,
  consentShare: somePhrases,
  consentDecline: somePhrases,
  resumeContinue: somePhrases,
  resumeRestart: somePhrases,
  tryAgain: somePhrases,
  skipCounty: somePhrases,
  replyInChat: somePhrases,
  thisNumber: somePhrases,
  otherPlan: somePhrases,
  illinois: somePhrases,
  roles: z.strictObject({ parent: somePhrases, provider: somePhrases, other: somePhrases }),
  mediCal: z.strictObject({ full: somePhrases, limited: somePhrases }),
  languages: z.strictObject({ en: somePhrases, es: somePhrases, other: somePhrases }),
  /** Per intake field; an empty list names the field nowhere (it is never offered for correction by name). */
  fieldNames: z.record(z.string(), phrases),
});

export const faqSchema = z.array(faqEntrySchema);
export const organizationsSchema = z.array(organizationSchema);
export const countiesSchema = z.array(countySchema);
export const contactsSchema = z.array(contactSchema);

export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type County = z.infer<typeof countySchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type IntakeWords = z.infer<typeof intakeWordsSchema>;
