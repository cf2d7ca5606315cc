import type { TurnContext } from 'botbuilder-core';
import type { Referral } from '../src/referrals/model';
import { safeEqual } from '../src/config/safeEqual';
import { referralServices, statusServices, turnActivityId } from '../src/bot/turnServices';
import { contactOf } from '../src/channels/verifiedChannel';
import { FAILED_TRIES_PER_CODE, FAILED_TRIES_PER_REQUESTER, LOOKUPS_PER_CONTACT } from '../src/family/rateLimiter';

/** Referrals shown for one "status": the newest few (an SMS answer must stay short). */
const MAX_LISTED = 5;

/** The limiter's subject for this phone or web conversation. */
function contactSubject(context: TurnContext): string {
  const { channel, key } = contactOf(context);
  return `${channel}:${key}`;
}

/**
 * This lookup, as the limiter counts it: the inbound activity within its phone or conversation
 * (a re-run turn counts once; an activity id reused from other chats is not the same use).
 */
function useId(context: TurnContext): string {
  return `${contactSubject(context)}#${turnActivityId(context)}`;
}

/**
 * The referrals made from this phone (SMS) or in this web conversation, newest first; nothing
 * about anyone else's. `limited` after too many lookups from the same phone or conversation.
 */
export async function ownReferrals(context: TurnContext): Promise<Referral[] | 'limited'> {
  const { now } = referralServices(context);
  const allowed = await statusServices(context).limiter.take(LOOKUPS_PER_CONTACT, contactSubject(context), useId(context), now());
  if (!allowed) return 'limited';
  return ownReferralsUnlimited(context);
}

/**
 * The same list without counting a lookup: for "what's my code?", which must always work. It
 * shows only what this phone or chat itself made, so there is nothing to guess or to limit.
 */
export async function ownReferralsUnlimited(context: TurnContext): Promise<Referral[]> {
  return referralServices(context).store.listByContact(contactOf(context), MAX_LISTED);
}

/**
 * The referral with this code when `dateOfBirth` is its child's, else undefined. A wrong date, a
 * code that does not exist and a lookup over a limit give the same answer after the same work
 * (one read, a constant-time comparison, the same three counter calls), so a guess reveals nothing.
 *
 * Limits: lookups per phone or chat (10 an hour), and wrong tries: 3 a day per code from one
 * phone or chat, 10 a day per code from everyone. Only wrong tries count against a code, so
 * providers who know the date of birth never spend its day; once 10 wrong tries are in, nobody
 * sees it that day (a right date included: otherwise new chats could guess without end).
 */
export async function referralByCodeAndDob(context: TurnContext, code: string, dateOfBirth: string): Promise<Referral | undefined> {
  const { store, now } = referralServices(context);
  const { limiter } = statusServices(context);
  const use = useId(context);
  const [contactAllowed, referral] = await Promise.all([limiter.take(LOOKUPS_PER_CONTACT, contactSubject(context), use, now()), store.get(code)]);
  const matches = safeEqual(dateOfBirth, referral?.child?.dateOfBirth ?? '');
  const counted = { count: !matches };
  const [codeAllowed, requesterAllowed] = await Promise.all([
    limiter.take(FAILED_TRIES_PER_CODE, code, use, now(), counted),
    limiter.take(FAILED_TRIES_PER_REQUESTER, `${contactSubject(context)}#${code}`, use, now(), counted),
  ]);
  return contactAllowed && codeAllowed && requesterAllowed && matches ? referral : undefined;
}
