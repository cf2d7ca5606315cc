import messages from '../../content/referral-messages.json';
import type { Lang } from '../i18n';

export type ReferralMessageKey = keyof typeof messages.en;

/**
 * A referral or handoff message in `lang` (content/referral-messages.json, hand-written English
 * and Spanish), with `{name}` placeholders filled. Kept apart from content/messages.json so the
 * referral wording can be reviewed on its own.
 */
export function rt(key: ReferralMessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  const table = messages[lang] as Record<string, string>;
  const template: string = table[key] ?? messages.en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
