import messages from '../../content/status-messages.json';
import type { Lang } from '../i18n';
import { fill } from './statusContent';

type StatusMessageKey = keyof typeof messages.en;

/** A referral-status message in `lang` (content/status-messages.json, hand-written English and Spanish), placeholders filled. */
export function st(key: StatusMessageKey, lang: Lang, vars: Record<string, string> = {}): string {
  return fill(messages[lang][key] ?? messages.en[key], vars);
}

/** An automatic text as SMS sends it: with the opt-out instructions at the end. */
export function withOptOutFooter(text: string, lang: Lang): string {
  return `${text} ${st('smsFooter', lang)}`;
}
