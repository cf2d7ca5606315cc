import { randomUUID } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import * as z from '../src/zodMini';
import { getInfrastructure } from '../src/app/infrastructure';
import { chatTokens } from '../src/app/chatTokenRuntime';
import { signResume, verifyResume } from '../src/channels/web/chatResume';
import { requireSecret } from '../src/config';
import { HttpError } from '../src/http/errors';
import { httpHandler, jsonBody, textResponse, type WithBody } from '../src/http/middleware';
import { rawBody, type HttpEvent, type HttpResult } from '../src/http/types';
import type { RateLimit } from '../src/family/rateLimiter';

/**
 * New chats one client address may open an hour. Each chat may try a referral code's date of
 * birth only 3 times (FAILED_TRIES_PER_REQUESTER), so without this one client could open chat
 * after chat to spend the code's 10 wrong tries a day and lock its provider out. A clinic behind
 * one address still has room for its staff's chats; resuming a chat never counts.
 */
export const NEW_CHATS_PER_ADDRESS: RateLimit = { name: 'chat-new', max: 20, windowSeconds: 3600 };

const requestSchema = z.strictObject({ resume: z.optional(z.string().check(z.maxLength(2048))) });
type TokenRequest = z.infer<typeof requestSchema>;

/** No body (an older page) is a request for a new chat; a body must be the JSON above. */
function tokenRequest(): MiddlewareObj<HttpEvent & Partial<WithBody<TokenRequest>>, HttpResult> {
  const json = jsonBody(requestSchema);
  return {
    before: async (request) => {
      if (rawBody(request.event).trim() === '') request.event.parsedBody = {};
      else await json.before!(request as never);
    },
  };
}

const UNAVAILABLE = 'The chat service is not answering; please try again in a minute.';

/**
 * POST /api/directline/token `{ resume? }`: trades the Direct Line secret for a token good for one
 * conversation (about 30 minutes, which Web Chat refreshes), so the secret never reaches a browser.
 *
 * With the resume token this page was given, it is a fresh token for the page's own conversation
 * (Direct Line's reconnect), so a reload goes on with the chat; a resume token that is forged,
 * expired or names a conversation Direct Line no longer has gets a new chat. A new chat's user id
 * is made here and bound into its token ("dl_" ids can only come from a token). Every answer
 * carries a freshly signed resume token (src/channels/web/chatResume.ts) for the page to keep.
 */
export const handler = httpHandler<HttpEvent & WithBody<TokenRequest>>(tokenRequest()).handler(async (event) => {
  const infrastructure = await getInfrastructure();
  const { directLine, limiter } = chatTokens(infrastructure);
  if (!directLine) return textResponse(404, 'Direct Line is not configured');
  const resumeSecret = requireSecret(infrastructure.config, 'CHAT_RESUME_SECRET');

  const saved = verifyResume(resumeSecret, event.parsedBody.resume);
  const resumed = saved && (await directLine.reconnect(saved.conversationId));
  let userId = saved?.userId;
  let issued = resumed;
  if (!issued) {
    const address = event.requestContext?.http?.sourceIp ?? 'unknown';
    if (!(await limiter.take(NEW_CHATS_PER_ADDRESS, address, randomUUID(), new Date()))) {
      throw new HttpError(429, 'Too many new chats from this address; please try again in an hour or go on with an open chat.');
    }
    userId = `dl_${randomUUID()}`;
    issued = await directLine.newConversation(userId);
  }
  if (!issued || !userId) return textResponse(502, UNAVAILABLE);
  const { token, conversationId, expiresIn } = issued;
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: JSON.stringify({ token, conversationId, expiresIn, userId, resumed: Boolean(resumed), resume: signResume(resumeSecret, { conversationId, userId }) }),
  };
});
