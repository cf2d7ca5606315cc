import { ActivityTypes, type Activity, type Attachment } from 'botbuilder-core';
import { t, type Lang } from '../../i18n';
import { offeredChoices } from '../../bot/replies';
import { splitForSms } from './segments';

/**
 * The one place that knows what SMS can show: plain text, no cards or markdown, choices as
 * numbered lines, each message within 3 segments where possible. Dialogs never format for SMS.
 */
export function renderSms(activities: Partial<Activity>[]): string[] {
  return activities.filter((a) => a.type === ActivityTypes.Message).flatMap((a) => splitForSms(renderOne(a)));
}

function renderOne(activity: Partial<Activity>): string {
  const lang: Lang = activity.locale?.startsWith('es') ? 'es' : 'en';
  const parts: string[] = [];
  if (activity.text) parts.push(stripMarkdown(activity.text));
  for (const attachment of activity.attachments ?? []) {
    const card = renderCard(attachment);
    if (card) parts.push(card);
  }
  const choices = offeredChoices(activity);
  if (choices.length > 0) {
    parts.push(choices.map((c, i) => t('smsReplyNumber', lang, { n: i + 1, title: c.title })).join('\n'));
  }
  return parts.join('\n\n');
}

interface HeroLike {
  title?: string;
  subtitle?: string;
  text?: string;
  buttons?: { type?: string; title?: string; value?: unknown }[];
}

function renderCard(attachment: Attachment): string | undefined {
  if (attachment.contentType !== 'application/vnd.microsoft.card.hero') return undefined;
  const card = attachment.content as HeroLike;
  const lines = [card.title, card.subtitle, card.text?.replace(/\n{2,}/g, '\n')].filter((l): l is string => Boolean(l));
  // Phone and fax are in the card's text already; only links need spelling out.
  for (const button of card.buttons ?? []) if (button.type === 'openUrl') lines.push(String(button.value ?? ''));
  return lines.map(stripMarkdown).join('\n');
}

/** Markdown shows as stray symbols on a phone: keep the words and the link targets. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label: string, url: string) => (label === url ? url : `${label}: ${url}`))
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\s)[*_](\S(?:.*?\S)?)[*_](?=\s|$|[.,!?])/g, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*]\s+/gm, '• ');
}
