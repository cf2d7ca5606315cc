import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { verifiedChannel } from '../channels/verifiedChannel';
import { renderSms } from '../channels/sms/renderSms';
import { redactSsn } from '../safety';
import type { ConversationKey, TranscriptEntry } from './transcriptStore';

export function conversationKeyOf(context: TurnContext): ConversationKey {
  const verified = verifiedChannel(context);
  return verified.channel === 'sms' ? { channel: 'sms', key: verified.phone } : { channel: 'web', key: context.activity.conversation.id };
}

/** What a web visitor saw in one activity: its text, card lines and choices. */
function webText(activity: Partial<Activity>): string {
  const cards = (activity.attachments ?? []).map((a) => [a.content?.title, a.content?.text].filter(Boolean).join('\n'));
  const choices = (activity.suggestedActions?.actions ?? []).map((a) => `[${a.title}]`).join(' ');
  return [activity.text ?? '', ...cards, choices].filter(Boolean).join('\n');
}

/** The lines of one committed turn: what the person sent (SSN-redacted) and what they were shown. */
export function turnEntries(context: TurnContext, replies: Partial<Activity>[], now = new Date()): TranscriptEntry[] {
  const at = now.toISOString();
  const entries: TranscriptEntry[] = [];
  const inbound = context.activity;
  if (inbound.type === ActivityTypes.Message && inbound.text) entries.push({ at, from: 'user', text: redactSsn(inbound.text) });
  const shown =
    verifiedChannel(context).channel === 'sms'
      ? renderSms(replies)
      : replies.filter((r) => r.type === ActivityTypes.Message).map(webText).filter(Boolean);
  for (const text of shown) entries.push({ at, from: 'bot', text });
  return entries;
}
