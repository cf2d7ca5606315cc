import type { Activity, TurnContext } from 'botbuilder';
import { turnProfileOrUndefined } from '../bot/turnLanguage';
import { textReply } from '../bot/replies';
import { knowledgeReplies } from '../bot/knowledgeReplies';
import { counties } from '../content';
import type { Lang } from '../i18n';
import { logger } from '../observability/logger';
import { formatLongDate } from '../referrals/businessDays';
import { sourceKeyOf } from '../referrals/code';
import type { ReferralDraft } from '../referrals/intake';
import { rt } from '../referrals/messages';
import type { Referral, ReferralKind } from '../referrals/model';
import type { Queue } from '../referrals/routing';
import { channelOf, contactOf, referralServices, turnActivityId } from '../referrals/services';
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
  businessDays: number;
}

/** Fields of the draft that are worth handing to staff (internals such as intakeId are left out). */
const KNOWN_FIELDS = [
  'role', 'referrerName', 'childFirstName', 'childLastName', 'dateOfBirth', 'region', 'county', 'condition', 'mediCal', 'openToCcs',
  'practiceName', 'npi', 'fax', 'emergency', 'admittedOn', 'phone', 'preferredLanguage', 'preferredLanguageOther', 'updatesOptIn',
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
  const channel = channelOf(context);
  const language: Lang = turnProfileOrUndefined(context)?.lang ?? 'en';
  const known = pickKnown(request.known);
  const region = known.region ?? 'CA';
  const queue = services.router.route({ region, county: known.county });
  const now = services.now();
  const today = services.calendar.localDate(now);
  const businessDays = kind === 'urgent' ? 0 : services.router.firstContactBusinessDays(queue);
  const firstContactDue = kind === 'urgent' ? today : services.calendar.addBusinessDays(today, businessDays);
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
    handoff: { reason: request.reason, during: request.during, known },
    createdAt: now.toISOString(),
  });
  logger.info('handoff created', { referralId: referral.id, kind, queue: queue.id, channel, created });
  return { referral, created, queue, businessDays };
}

function pickKnown(draft: Partial<ReferralDraft> | undefined): Partial<ReferralDraft> {
  const known: Partial<ReferralDraft> = {};
  for (const field of KNOWN_FIELDS) if (draft?.[field] !== undefined) (known as Record<string, unknown>)[field] = draft[field];
  return known;
}

/** What to tell the person after a handoff: who will contact them, how, by when, and their code. */
export function handoffReplies(result: HandoffResult, lang: Lang): Partial<Activity>[] {
  const { referral, queue, businessDays } = result;
  const vars = {
    destination: queue.name[lang],
    code: referral.code,
    days: businessDays,
    date: formatLongDate(referral.firstContactDue, lang),
    phone: referral.phone ? formatPhone(referral.phone) : '',
  };
  if (referral.kind === 'urgent') return [textReply(rt('handoffUrgent', lang, vars), lang)];
  const replies = [textReply(`${rt(referral.phone ? 'handoffCreated' : 'handoffCreatedChat', lang, vars)} ${rt('handoffEmergency', lang)}`, lang)];
  const county = referral.county ? counties.find((c) => c.name === referral.county) : undefined;
  if (county) {
    replies.push(textReply(rt('handoffCallNow', lang), lang));
    replies.push(...knowledgeReplies({ kind: 'county', county, wants: 'phone' }, lang));
  }
  return replies;
}
