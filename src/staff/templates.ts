import templatesJson from '../../content/staff-templates.json';
import type { Lang } from '../i18n';
import { formatLongDate, type BusinessCalendar } from '../referrals/businessDays';
import type { Referral } from '../referrals/model';
import type { Router } from '../referrals/routing';
import { fill, type StatusTopic } from '../family/statusContent';
import type { StaffTemplates } from './templatesSchema';

/** content/staff-templates.json, as ./templatesSchema checks it (in a unit test). */
export const staffTemplates = templatesJson as StaffTemplates;

/** The template staff start from to write their own words. */
export const FREE_TEMPLATE = 'free';

/** The language to write to a family in: the one they asked the office to use, else the one they chatted in. */
export function familyLanguage(referral: Pick<Referral, 'language' | 'preferredLanguage'>): Lang {
  const preferred = referral.preferredLanguage;
  return preferred === 'en' || preferred === 'es' ? preferred : referral.language;
}

export interface FamilyTemplate {
  id: string;
  label: string;
  language: Lang;
  text: string;
  /** The automatic status text that already says this, if any. */
  repeats?: StatusTopic;
}

export interface TemplateContext {
  router: Router;
  calendar: BusinessCalendar;
  /** The office's ISO date. */
  today: string;
}

/**
 * Every family template, filled in for this referral in the family's language. `{due}` is the
 * first-contact date, or the next business day once that has passed (never a date behind us).
 */
export function familyTemplates(referral: Referral, { router, calendar, today }: TemplateContext): FamilyTemplate[] {
  const language = familyLanguage(referral);
  const callBy = referral.firstContactDue >= today ? referral.firstContactDue : calendar.nextBusinessDay(today);
  const vars = {
    office: router.findQueue(referral.queue.id)?.name[language] ?? referral.queue.name,
    code: referral.code,
    due: formatLongDate(callBy, language),
  };
  return staffTemplates.family.map((t) => ({
    id: t.id,
    label: t.label,
    language,
    text: fill(t.text[language], vars),
    ...(t.repeats ? { repeats: t.repeats } : {}),
  }));
}
