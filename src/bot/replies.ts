import { ActionTypes, ActivityTypes, CardFactory, type Activity, type CardAction } from 'botbuilder-core';
import type { Lang } from '../i18n';

/**
 * Channel-neutral replies. Dialogs build these and never format for a channel: the web sends
 * them as Bot Framework activities (suggested actions, hero cards), and the SMS renderer turns
 * the same activities into numbered plain text.
 */
export interface Choice {
  /** What the person sees. */
  title: string;
  /** What comes back when they pick it (also what a typed number maps to on SMS). */
  value: string;
}

export interface ContactCard {
  title: string;
  /** Everything a person must read, numbers included (SMS shows only these lines). */
  lines: string[];
  /** Number for the web card's tap-to-call button. */
  phone?: string;
  /** Link for the web card's button. */
  url?: string;
}

function base(text: string, lang: Lang): Partial<Activity> {
  return { type: ActivityTypes.Message, text, locale: lang, inputHint: 'acceptingInput' };
}

export function textReply(text: string, lang: Lang): Partial<Activity> {
  return base(text, lang);
}

export function choicesReply(text: string, choices: Choice[], lang: Lang): Partial<Activity> {
  return {
    ...base(text, lang),
    inputHint: 'expectingInput',
    suggestedActions: {
      to: [],
      actions: choices.map((c): CardAction => ({ type: ActionTypes.ImBack, title: c.title, value: c.value })),
    },
  };
}

// Made on first use: the first segmenter a process makes loads ICU's break rules (~7-10 ms of cold start).
let graphemes: Intl.Segmenter | undefined;

/**
 * Shortens text to at most `max` UTF-16 units for a summary line, never inside a character as
 * the eye sees it (half an emoji is not text: TwiML refuses it) and, where it can, not inside a word.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > max - 3) break;
    kept += segment;
  }
  const atWord = kept.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : kept).trimEnd()}...`;
}

/** Telephone links keep the digits a phone can dial. */
export function telUri(phone: string): string {
  return `tel:+1${phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')}`;
}

export function contactReply(card: ContactCard, lang: Lang, intro?: string): Partial<Activity> {
  const buttons: CardAction[] = [];
  if (card.phone) buttons.push({ type: ActionTypes.Call, title: `📞 ${card.phone}`, value: telUri(card.phone) });
  if (card.url) buttons.push({ type: ActionTypes.OpenUrl, title: card.url, value: card.url });
  return {
    ...base(intro ?? '', lang),
    attachments: [
      // Web Chat renders card text as markdown: a blank line keeps each line on its own.
      CardFactory.heroCard(card.title, card.lines.join('\n\n'), undefined, buttons),
    ],
  };
}

/** Choices offered by a reply, in order (used to map a texted "2" back to a choice). */
export function offeredChoices(activity: Partial<Activity>): Choice[] {
  return (activity.suggestedActions?.actions ?? []).map((a) => ({ title: a.title ?? String(a.value), value: String(a.value) }));
}
