import * as z from '../zodMini';
import type { Lang } from '../i18n';
import type { BusinessCalendar } from './businessDays';
import type { Channel, ContactKey, NewReferral, ReferralDraft } from './model';
import type { RouteInput, Router } from './routing';
import { isValidNpi, MAX_AGE } from './validation';
import { ageOn } from './dates';

const isoDate = z.iso.date();
const e164 = z.string().check(z.regex(/^\+[1-9]\d{6,14}$/));
/** Text trimmed, then between `min` and `max` characters. */
const trimmed = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** The complete draft the intake submits, checked once more before anything is written. */
export function submissionSchema(today: string) {
  return z
    .object({
      intakeId: z.string().check(z.minLength(1)),
      role: z.enum(['parent', 'provider', 'other']),
      referrerName: trimmed(1, 80),
      childFirstName: trimmed(1, 80),
      childLastName: trimmed(1, 80),
      dateOfBirth: isoDate.check(z.refine((d) => d <= today && ageOn(d, today) < MAX_AGE, 'child must be under 21')),
      region: z.enum(['CA', 'IL']),
      county: z.optional(z.string().check(z.minLength(1))),
      condition: trimmed(3, 1000),
      mediCal: z.enum(['full', 'limited', 'yes', 'no', 'unsure']),
      mediCalPlan: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
      openToCcs: z.enum(['yes', 'no', 'unsure']),
      practiceName: z.optional(trimmed(2, 150)),
      npi: z.optional(z.string().check(z.refine(isValidNpi))),
      fax: z.optional(e164),
      emergency: z.optional(z.enum(['yes', 'no', 'unsure'])),
      admittedOn: z.optional(isoDate),
      phone: e164,
      preferredLanguage: z.enum(['en', 'es', 'other']),
      preferredLanguageOther: z.optional(trimmed(2, 40)),
      updatesOptIn: z.boolean(),
    })
    .check(
      z.refine((d) => d.region === 'IL' || Boolean(d.county), 'a California referral needs the county'),
      z.refine((d) => d.role !== 'provider' || (d.practiceName && d.npi && d.fax && d.emergency), 'provider details are missing'),
      z.refine((d) => d.emergency !== 'yes' || Boolean(d.admittedOn), 'the admission date is missing'),
    );
}

/** What routing needs from a draft: where the child lives and, for a Whole Child Model county, the Medi-Cal plan. */
export function routeInput(d: Pick<ReferralDraft, 'region' | 'county' | 'mediCal' | 'mediCalPlan'>): RouteInput {
  return { region: d.region ?? 'CA', county: d.county, mediCal: d.mediCal, mediCalPlan: d.mediCalPlan };
}

export interface BuildContext {
  contact: ContactKey;
  channel: Channel;
  language: Lang;
  now: Date;
  router: Router;
  calendar: BusinessCalendar;
  sourceKey: string;
}

/** Turns a finished draft into the referral to store: routed to the county office (plan teams told as well), with the staff first-contact target and emergency due dates. */
export function buildReferral(draft: ReferralDraft, ctx: BuildContext): NewReferral {
  const today = ctx.calendar.localDate(ctx.now);
  const d = submissionSchema(today).parse(draft);
  const provider = d.role === 'provider';
  const route = routeInput(d);
  const queue = ctx.router.route(route);
  const alsoTold = ctx.router.planTeams(route).map((team) => ({ id: team.id, name: team.name.en }));
  const firstContactDue = ctx.calendar.addBusinessDays(today, ctx.router.firstContactBusinessDays(queue));
  const confirmedDays = ctx.router.confirmedFirstContactDays(queue);
  const emergency =
    provider && d.emergency === 'yes' && d.admittedOn ? { admittedOn: d.admittedOn, dueDate: ctx.calendar.nextBusinessDay(d.admittedOn) } : undefined;
  const createdAt = ctx.now.toISOString();
  return {
    kind: 'referral',
    sourceKey: ctx.sourceKey,
    queue: { id: queue.id, name: queue.name.en },
    region: d.region,
    county: d.region === 'CA' ? d.county : undefined,
    channel: ctx.channel,
    contact: ctx.contact,
    language: ctx.language,
    preferredLanguage: d.preferredLanguage === 'other' ? d.preferredLanguageOther : d.preferredLanguage,
    updatesOptIn: d.updatesOptIn,
    phone: d.phone,
    referrer: {
      role: d.role,
      name: d.referrerName,
      ...(provider ? { practiceName: d.practiceName, npi: d.npi, fax: d.fax } : {}),
    },
    child: { firstName: d.childFirstName, lastName: d.childLastName, dateOfBirth: d.dateOfBirth },
    condition: d.condition,
    mediCal: d.mediCal,
    mediCalPlan: d.mediCal === 'full' ? d.mediCalPlan : undefined,
    ...(alsoTold.length ? { alsoTold } : {}),
    openToCcs: d.openToCcs,
    emergency,
    dueDate: emergency?.dueDate,
    firstContactDue,
    ...(confirmedDays ? { confirmedFirstContactDue: ctx.calendar.addBusinessDays(today, confirmedDays) } : {}),
    consentAt: createdAt,
    createdAt,
  };
}
