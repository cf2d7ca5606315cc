import statusesJson from '../../content/statuses.json';
import type { Outcome, ReferralStatus } from '../referrals/model';
import type { Lang } from '../i18n';
import type { StatusContent, StatusMeaning } from './statusContentSchema';

export type { StatusMeaning } from './statusContentSchema';

/** content/statuses.json, as ./statusContentSchema checks it (in a unit test). */
const content = statusesJson as StatusContent;

/** Which entry of content/statuses.json tells where a referral stands: a closing outcome, an in-progress reason, or the status itself. */
export type StatusTopic = { outcome: Outcome } | { reason: string } | { status: ReferralStatus };

/** The outcome when closed, else the in-progress reason when content has one, else the status. */
export function statusTopic(referral: { status: ReferralStatus; outcome?: Outcome; statusReason?: string }): StatusTopic {
  if (referral.status === 'closed' && referral.outcome) return { outcome: referral.outcome };
  if (referral.statusReason && content.reasons[referral.statusReason]) return { reason: referral.statusReason };
  return { status: referral.status };
}

/** One string per topic (`reason:waiting_for_records`), to compare topics. */
export function topicKey(topic: StatusTopic): string {
  const [[kind, id]] = Object.entries(topic);
  return `${kind}:${id}`;
}

/** The words for where a referral stands ({@link statusTopic}). Staff see `label`; families read `family` and `next`. */
export function statusMeaning(referral: { status: ReferralStatus; outcome?: Outcome; statusReason?: string }): StatusMeaning {
  const topic = statusTopic(referral);
  if ('outcome' in topic) return content.outcomes[topic.outcome];
  if ('reason' in topic) return content.reasons[topic.reason];
  return content.statuses[topic.status];
}

/** The reasons staff can give for "in progress" (e.g. waiting for records), with their labels. */
export function inProgressReasons(lang: Lang): { id: string; label: string }[] {
  return Object.entries(content.reasons).map(([id, m]) => ({ id, label: m.label[lang] }));
}

/**
 * Fills `{due}` and other placeholders. Spanish office names start with their article ("el
 * equipo…"), so "de {office}" and "a {office}" contract as Spanish does ("del", "al"); the
 * capital of a name such as El Dorado stays ("condado de El Dorado").
 */
export function fill(template: string, vars: Record<string, string>): string {
  return template
    .replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole)
    .replace(/\b(de|a) el\b/g, (_, preposition: string) => (preposition === 'de' ? 'del' : 'al'));
}
