import type { Activity, TurnContext } from 'botbuilder-core';
import { turnProfileOrUndefined } from '../bot/turnLanguage';
import { textReply } from '../bot/replies';
import { officeReplies } from '../bot/knowledgeReplies';
import { STATE_DIRECTORY_URL } from '../knowledge';
import type { Lang } from '../i18n';
import { logger } from '../observability/logger';
import { formatLongDate } from '../referrals/businessDays';
import { sourceKeyOf } from '../referrals/code';
import { rt } from '../referrals/messages';
import type { Referral, ReferralDraft, ReferralKind } from '../referrals/model';
import type { Queue } from '../referrals/routing';
import { referralServices, turnActivityId } from '../bot/turnServices';
import { contactOf } from '../channels/verifiedChannel';
import { formatPhone } from '../referrals/validation';

export interface HandoffRequest {
  /** `person`: they asked for a human; `crisis`: the safety check asked for one (issue: crisis path). */
  reason: 'person' | 'crisis';
  /** Defaults to `urgent` for a crisis, `handoff` otherwise. */
  kind?: Extract<ReferralKind, 'handoff' | 'urgent'>;
  /** What the conversation has established so far (the referral intake's draft, if one was under way). */
  known?: Partial<ReferralDraft>;
  /** The question the person was on when they asked, e.g. `dateOfBirth`. */
  during?: string;
}

export interface HandoffResult {
  referral: Referral;
  /** False when this activity had already created it (a retried or re-run turn). */
  created: boolean;
  queue: Queue;
}

/** Fields of the draft that are worth handing to staff (internals such as intakeId are left out). */
const KNOWN_FIELDS = [
  'role',
  'referrerName',
  'childFirstName',
  'childLastName',
  'dateOfBirth',
  'region',
  'county',
  'condition',
  'mediCal',
  'mediCalPlan',
  'openToCcs',
  'practiceName',
  'npi',
  'fax',
  'emergency',
  'admittedOn',
  'phone',
  'preferredLanguage',
  'preferredLanguageOther',
  'updatesOptIn',
] as const;

/**
 * Creates a handoff to staff: an item in the same queues as referrals (kind `handoff`, or
 * `urgent` for the crisis path), routed by the county when known, with what the conversation
 * has established so far. Idempotent per inbound activity: a Twilio retry or a re-run turn
 * returns the same handoff. Sends nothing; see {@link handoffReplies} for what to tell the person.
 *
 * The conversation so far is in the transcript store, found by the handoff's `contact`.
 */
export async function createHandoff(context: TurnContext, request: HandoffRequest): Promise<HandoffResult> {
  const services = referralServices(context);
  const kind = request.kind ?? (request.reason === 'crisis' ? 'urgent' : 'handoff');
  const contact = contactOf(context);
  const { channel } = contact;
  const language: Lang = turnProfileOrUndefined(context)?.lang ?? 'en';
  const known = pickKnown(request.known);
  const region = known.region ?? 'CA';
  // The county office (or the fallback queue) takes it; a plan team is told only with a referral's consent, which names it.
  const queue = services.router.route({ region, county: known.county });
  const now = services.now();
  const today = services.calendar.localDate(now);
  const firstContactDue = kind === 'urgent' ? today : services.calendar.addBusinessDays(today, services.router.firstContactBusinessDays(queue));
  const confirmedDays = kind === 'urgent' ? undefined : services.router.confirmedFirstContactDays(queue);
  const child =
    known.childFirstName && known.childLastName && known.dateOfBirth
      ? { firstName: known.childFirstName, lastName: known.childLastName, dateOfBirth: known.dateOfBirth }
      : undefined;

  const { referral, created } = await services.store.create({
    kind,
    sourceKey: sourceKeyOf('handoff', contact.channel, contact.key, turnActivityId(context)),
    queue: { id: queue.id, name: queue.name.en },
    region,
    county: region === 'CA' ? known.county : undefined,
    channel,
    contact,
    language,
    preferredLanguage: known.preferredLanguage === 'other' ? known.preferredLanguageOther : known.preferredLanguage,
    updatesOptIn: known.updatesOptIn ?? false,
    phone: channel === 'sms' ? contact.key : known.phone,
    referrer: known.role ? { role: known.role, name: known.referrerName, practiceName: known.practiceName, npi: known.npi, fax: known.fax } : undefined,
    child,
    condition: known.condition,
    mediCal: known.mediCal,
    openToCcs: known.openToCcs,
    firstContactDue,
    ...(confirmedDays ? { confirmedFirstContactDue: services.calendar.addBusinessDays(today, confirmedDays) } : {}),
    handoff: { reason: request.reason, during: request.during, known },
    createdAt: now.toISOString(),
  });
  logger.info('handoff created', { referralId: referral.id, kind, queue: queue.id, channel, created });
  return { referral, created, queue };
}

function pickKnown(draft: Partial<ReferralDraft> | undefined): Partial<ReferralDraft> {
  const known: Partial<ReferralDraft> = {};
  for (const field of KNOWN_FIELDS) if (draft?.[field] !== undefined) (known as Record<string, unknown>)[field] = draft[field];
  return known;
}

/**
 * What to tell the person after a handoff: who has it, how they will answer, their request number
 * and how to call now. A time is given only when the office has confirmed one.
 */
export function handoffReplies(result: HandoffResult, lang: Lang): Partial<Activity>[] {
  const { referral, queue } = result;
  const confirmed = referral.confirmedFirstContactDue;
  const vars = {
    destination: queue.name[lang],
    code: referral.code,
    days: queue.confirmedFirstContact?.businessDays ?? '',
    date: confirmed ? formatLongDate(confirmed, lang) : '',
    phone: referral.phone ? formatPhone(referral.phone) : '',
  };
  if (referral.kind === 'urgent') return [textReply(rt('handoffUrgent', lang, vars), lang)];
  const created = !referral.phone ? 'handoffCreatedChat' : confirmed ? 'handoffCreatedConfirmed' : 'handoffCreated';
  const replies = [textReply(`${rt(created, lang, vars)} ${rt('handoffEmergency', lang)}`, lang)];
  const office = officeReplies(referral, 'phone', lang);
  replies.push(
    ...(office.length
      ? [textReply(rt('handoffCallNow', lang), lang), ...office]
      : [textReply(rt('handoffFindOffice', lang, { url: STATE_DIRECTORY_URL }), lang)]),
  );
  return replies;
}
