import { contacts, counties } from '../content';
import type { Lang } from '../i18n';
import { formatDate, formatLongDate, type BusinessCalendar } from '../referrals/businessDays';
import type { Referral } from '../referrals/model';
import type { Router } from '../referrals/routing';
import { st } from './messages';
import { fill, statusMeaning } from './statusContent';

/**
 * What a family or provider is told about a referral: its code, the child's first name only,
 * where it stands in plain words, when that last changed and what happens next by when. Never
 * the child's last name, the condition or anything else from the intake.
 */

export interface FamilyStatusOptions {
  lang: Lang;
  /** California date (YYYY-MM-DD) the words are written for: a due date before it is late. */
  today: string;
  calendar: BusinessCalendar;
  router: Router;
}

const STATE_DIRECTORY = contacts.find((c) => c.id === 'dhcs-county-offices')?.url ?? '';
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
  return st('officeFind', lang, { url: STATE_DIRECTORY });
}

/** The child's first name, or what was asked for when a handoff has no child on it. */
function subjectOf(referral: Referral, lang: Lang): string {
  return referral.child?.firstName ?? referral.handoff?.known?.childFirstName ?? st('statusHandoff', lang);
}

/** The pieces every status message is built from. */
export function familyStatusParts(referral: Referral, { lang, today, calendar, router }: FamilyStatusOptions) {
  const meaning = statusMeaning(referral);
  const due = formatLongDate(referral.firstContactDue, lang);
  const office = officeLine(referral, lang, router);
  // A next step that promises a date is only honest until that date: after it, say so and give the office.
  const late = meaning.next[lang].includes('{due}') && today > referral.firstContactDue;
  const next = late ? st('statusOverdue', lang, { due, office }) : fill(meaning.next[lang], { due });
  return {
    code: referral.code,
    subject: subjectOf(referral, lang),
    meaning: meaning.family[lang],
    next: referral.status === 'closed' ? `${next} ${office}` : next,
    changed: formatDate(calendar.localDate(new Date(referral.statusChangedAt)), lang),
    due,
    office,
  };
}

/** One referral in an answer to "status": code, child, plain words, last change, next step. */
export function statusItemText(referral: Referral, options: FamilyStatusOptions): string {
  return st('statusItem', options.lang, familyStatusParts(referral, options));
}

/** The short message sent when staff change the status (SMS, or a line in the web chat). */
export function statusUpdateText(referral: Referral, options: FamilyStatusOptions): string {
  return st('familyUpdate', options.lang, familyStatusParts(referral, options));
}

/** The one honest message for a referral nobody opened in time. */
export function stillWaitingText(referral: Referral, options: FamilyStatusOptions): string {
  return st('stillWaiting', options.lang, familyStatusParts(referral, options));
}
