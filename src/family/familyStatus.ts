import { contacts, counties, STATE_DIRECTORY_URL } from '../content/directory';
import type { Lang } from '../i18n';
import { formatDate, formatLongDate, type BusinessCalendar } from '../referrals/businessDays';
import type { Referral } from '../referrals/model';
import type { Router } from '../referrals/routing';
import { fitsInSms } from '../channels/sms/segments';
import { st, withOptOutFooter } from './messages';
import { statusMeaning } from './statusContent';

/**
 * What a family or provider is told about a referral: its code, the child's first name only,
 * where it stands in plain words, when that last changed and what happens next by when. Never
 * the child's last name, the condition or anything else from the intake.
 */

export interface FamilyStatusOptions {
  lang: Lang;
  /** California date (YYYY-MM-DD) the words are written for: a confirmed date before it has passed. */
  today: string;
  calendar: BusinessCalendar;
  router: Router;
}

const ILLINOIS = contacts.find((c) => c.id === 'il-bbh');

/**
 * Nobody has opened it and its first-contact date has passed: the family gets one "still waiting"
 * message. (The console's deadline flags, src/staff/deadlines.ts, also count a referral opened
 * but not yet contacted.)
 */
export function firstContactOverdue(referral: Pick<Referral, 'status' | 'firstContactDue'>, today: string): boolean {
  return referral.status === 'submitted' && today > referral.firstContactDue;
}

/** How to reach the office: its checked phone number from content, else the state's list of county offices. */
export function officeLine(referral: Pick<Referral, 'region' | 'county'>, lang: Lang, router: Router): string {
  if (referral.region === 'IL' && ILLINOIS?.phone) return st('officeCall', lang, { office: ILLINOIS.name[lang], phone: ILLINOIS.phone });
  const county = referral.county ? counties.find((c) => c.name === referral.county) : undefined;
  const countyQueue = county && router.queues().find((q) => q.kind === 'county' && q.counties?.includes(county.name));
  if (county?.office?.phone && countyQueue) return st('officeCall', lang, { office: countyQueue.name[lang], phone: county.office.phone });
  return st('officeFind', lang, { url: STATE_DIRECTORY_URL });
}

/** The child's first name, or what was asked for when a handoff has no child on it. */
function subjectOf(referral: Referral, lang: Lang): string {
  return referral.child?.firstName ?? referral.handoff?.known?.childFirstName ?? st('statusHandoff', lang);
}

/**
 * The pieces every status message is built from. The next step gives a date only when the office
 * confirmed a first-contact time (the staff target is never told as a promise), and always ends
 * with how to reach the office.
 */
export function familyStatusParts(referral: Referral, { lang, today, calendar, router }: FamilyStatusOptions) {
  const meaning = statusMeaning(referral);
  const office = officeLine(referral, lang, router);
  const confirmed = referral.confirmedFirstContactDue;
  const awaitingContact = referral.status === 'submitted' || referral.status === 'received';
  const promiseKey = confirmed && today > confirmed ? 'statusConfirmedPassed' : 'statusConfirmedBy';
  const promise = confirmed && awaitingContact ? ` ${st(promiseKey, lang, { due: formatLongDate(confirmed, lang) })}` : '';
  return {
    code: referral.code,
    subject: subjectOf(referral, lang),
    meaning: meaning.family[lang],
    next: `${meaning.next[lang]}${promise} ${office}`,
    changed: formatDate(calendar.localDate(new Date(referral.statusChangedAt)), lang),
    office,
  };
}

/** One referral in an answer to "status": code, child, plain words, last change, next step. */
export function statusItemText(referral: Referral, options: FamilyStatusOptions): string {
  return st('statusItem', options.lang, familyStatusParts(referral, options));
}

/**
 * An automatic text (status change, still waiting). It names the child when the text still fits
 * in 3 SMS segments with the opt-out footer; a very long first name, or one outside the GSM-7
 * alphabet ("Sofía" turns the whole text into 70-character segments), leaves the code alone,
 * which is enough to tell referrals apart.
 */
function automaticText(key: 'familyUpdate' | 'stillWaiting', referral: Referral, options: FamilyStatusOptions): string {
  const parts = familyStatusParts(referral, options);
  const named = st(key, options.lang, { ...parts, referral: `${parts.code} (${parts.subject})` });
  return fitsInSms(withOptOutFooter(named, options.lang)) ? named : st(key, options.lang, { ...parts, referral: parts.code });
}

/** The short message sent when staff change the status (SMS, or a line in the web chat). */
export function statusUpdateText(referral: Referral, options: FamilyStatusOptions): string {
  return automaticText('familyUpdate', referral, options);
}

/** The one honest message for a referral nobody opened in time. */
export function stillWaitingText(referral: Referral, options: FamilyStatusOptions): string {
  return automaticText('stillWaiting', referral, options);
}
