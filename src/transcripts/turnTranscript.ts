import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { SMS_CHANNEL_ID } from '../channels/sms/twilioSmsAdapter';
import { renderSms } from '../channels/sms/renderSms';
import { redactSsn } from '../safety';
import type { ConversationKey, TranscriptEntry } from './transcriptStore';

export function conversationKeyOf(context: TurnContext): ConversationKey {
  const { activity } = context;
  return activity.channelId === SMS_CHANNEL_ID
    ? { channel: 'sms', key: activity.from.id }
    : { channel: 'web', key: activity.conversation.id };
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
    inbound.channelId === SMS_CHANNEL_ID
      ? renderSms(replies)
      : replies.filter((r) => r.type === ActivityTypes.Message).map(webText).filter(Boolean);
  for (const text of shown) entries.push({ at, from: 'bot', text });
  return entries;
}
