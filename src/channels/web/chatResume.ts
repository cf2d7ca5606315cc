import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from '../../zodMini';

/**
 * The chat page's proof that a conversation is its own: `<payload>.<HMAC-SHA256>` (base64url)
 * under CHAT_RESUME_SECRET, naming the Direct Line conversation and user and when it stops
 * working. A conversation id alone opens nothing: it is in every activity and the bot's logs.
 * Issued with each token (functions/webChatToken), kept by the page, and asked for again to go
 * on with the chat after a reload (a fresh Direct Line token for that conversation) and to read
 * its transcript (functions/transcript).
 */
export interface ChatResume {
  conversationId: string;
  userId: string;
}

/** How long a page that stays away can come back to its chat; each resume signs a fresh one. */
export const RESUME_DAYS = 7;

const payloadSchema = z.strictObject({
  c: z.string().check(z.minLength(1), z.maxLength(256)),
  u: z.string().check(z.minLength(1), z.maxLength(256)),
  exp: z.int(),
});

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signResume(secret: string, resume: ChatResume, now = new Date()): string {
  const exp = Math.floor(now.getTime() / 1000) + RESUME_DAYS * 86400;
  const payload = Buffer.from(JSON.stringify({ c: resume.conversationId, u: resume.userId, exp })).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The conversation a resume token names, or undefined when it is forged, altered, malformed or expired. */
export function verifyResume(secret: string, token: string | undefined, now = new Date()): ChatResume | undefined {
  const [payload, signature, ...rest] = (token ?? '').split('.');
  if (!payload || !signature || rest.length > 0) return undefined;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = payloadSchema.safeParse(fields);
  if (!parsed.success || parsed.data.exp * 1000 <= now.getTime()) return undefined;
  return { conversationId: parsed.data.c, userId: parsed.data.u };
}
