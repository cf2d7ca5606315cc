import type { TurnContext } from 'botbuilder';
import type { Referral } from '../referrals/model';
import { safeEqual } from '../referrals/http/staffAuth';
import { contactOf, referralServices, turnActivityId } from '../referrals/services';
import { LOOKUPS_PER_CODE, LOOKUPS_PER_CONTACT } from './rateLimiter';
import { statusServices } from './services';

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
 * code that does not exist and a lookup over the limit give the same answer after the same work
 * (both counters, one read, a constant-time comparison), so a guess reveals nothing.
 */
export async function referralByCodeAndDob(context: TurnContext, code: string, dateOfBirth: string): Promise<Referral | undefined> {
  const { store, now } = referralServices(context);
  const { limiter } = statusServices(context);
  const use = useId(context);
  const [contactAllowed, codeAllowed, referral] = await Promise.all([
    limiter.take(LOOKUPS_PER_CONTACT, contactSubject(context), use, now()),
    limiter.take(LOOKUPS_PER_CODE, code, use, now()),
    store.get(code),
  ]);
  const matches = safeEqual(dateOfBirth, referral?.child?.dateOfBirth ?? '');
  return contactAllowed && codeAllowed && matches ? referral : undefined;
}
