import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder-core';
import { verifiedChannel } from '../channels/verifiedChannel';
import { renderSms } from '../channels/sms/renderSms';
import { redactSsn } from '../safety/sensitiveData';
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
  if (verifiedChannel(context).channel === 'sms') {
    for (const text of renderSms(replies)) entries.push({ at, from: 'bot', text });
    return entries;
  }
  for (const reply of replies.filter((r) => r.type === ActivityTypes.Message)) {
    const text = webText(reply);
    if (!text) continue;
    const cards = reply.attachments ?? [];
    // The cards themselves too, so a reopened chat shows them with their buttons (staff read `text`).
    entries.push({ at, from: 'bot', text, ...(cards.length > 0 ? { web: { text: reply.text, attachments: cards } } : {}) });
  }
  return entries;
}
