import { randomUUID } from 'node:crypto';

export interface WebActivity {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: any }[];
  suggestedActions?: { actions: { title: string; value: string }[] };
  [key: string]: unknown;
}

/** Where a local Web Chat page says replies go (its own loopback origin); nothing listens on port 9. */
export const LOCAL_SERVICE_URL = 'http://127.0.0.1:9/';

/** A Web Chat activity from the user of `conversationId`, asking for its replies in the response (expectReplies). */
export function webActivity(conversationId: string, activity: Record<string, unknown>): Record<string, unknown> {
  return {
    channelId: 'webchat',
    serviceUrl: LOCAL_SERVICE_URL,
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}`, role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    deliveryMode: 'expectReplies',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    ...activity,
  };
}

/** A web chat conversation driven through POST /api/messages with deliveryMode expectReplies. */
export function webConversation(baseUrl: string, conversationId: string = randomUUID()) {
  const post = async (activity: Record<string, unknown>) => {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(webActivity(conversationId, activity)),
    });
    const json = response.headers.get('content-type')?.includes('json') ? await response.json() : undefined;
    return { status: response.status, activities: (json?.activities ?? []) as WebActivity[] };
  };
  return {
    conversationId,
    say: (text: string) => post({ type: 'message', text }),
    join: () => post({ type: 'conversationUpdate', membersAdded: [{ id: `user-${conversationId}` }] }),
    post,
  };
}

/** Everything a person would read in these activities: text, card titles and text, button titles. */
export function visibleText(activities: WebActivity[]): string {
  return activities
    .flatMap((a) => [
      a.text ?? '',
      ...(a.attachments ?? []).flatMap((att) => [att.content?.title, att.content?.text, ...(att.content?.buttons ?? []).map((b: any) => b.title)]),
      ...(a.suggestedActions?.actions ?? []).map((s) => s.title),
    ])
    .filter(Boolean)
    .join('\n');
}

/** A parent making a referral on the web chat by the buttons' titles, who wants updates in the chat, through consent. */
export const WEB_PARENT_REFERRAL = [
  'Make a referral',
  'Parent or guardian',
  'Maria Lopez',
  'Juan Perez',
  'March 25, 2015',
  'Kern',
  'heart murmur',
  'Yes, full-scope',
  'No',
  '661-555-0123',
  'English, please',
  'Yes',
  "Yes, it's right",
  'Yes, share it',
];
