import * as z from '../src/zodMini';
import { getInfrastructure } from '../src/app/infrastructure';
import { chatTranscripts } from '../src/app/transcriptRuntime';
import { verifyResume } from '../src/channels/web/chatResume';
import { requireSecret, type Config } from '../src/config';
import { HttpError } from '../src/http/errors';
import { httpHandler, jsonResponse } from '../src/http/middleware';
import { header, type HttpEvent } from '../src/http/types';
import { queryParams, type WithQuery } from '../src/http/queryParams';

/** The most a page gets back: a reopened chat shows its recent history, a poll what is new. */
const HISTORY_LINES = 200;
const NEW_LINES = 50;

const querySchema = z.strictObject({
  // Locally the page's random conversation id is the key to its transcript: too short an id is refused, never looked up.
  conversationId: z.string().check(z.regex(/^[A-Za-z0-9._:|-]{16,128}$/, 'must be the chat page conversation id')),
  after: z.optional(z.iso.datetime()),
});

/**
 * Deployed, the conversation id is no key (Direct Line puts it in every activity): the page must
 * show the resume token it was given for that conversation (`Authorization: Bearer <resume>`,
 * functions/webChatToken). Locally the chat page makes its own random ids and has no token.
 */
function checkResume(config: Config, event: HttpEvent, conversationId: string): void {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header(event, 'authorization') ?? '')?.[1];
  if (config.isLocal && given === undefined) return;
  const resume = verifyResume(requireSecret(config, 'CHAT_RESUME_SECRET'), given);
  if (!resume) throw new HttpError(401, "Unauthorized: this chat's resume token is required");
  if (resume.conversationId !== conversationId) throw new HttpError(403, 'Forbidden: the resume token is for another conversation');
}

/**
 * GET /api/transcript?conversationId=…[&after=<ISO time>]: a web chat's lines, oldest first, so a
 * reloaded or reopened page shows the conversation (and a half-finished intake) and an open page
 * sees status updates that arrive meanwhile. Web conversations only; no staff ids.
 */
export const handler = httpHandler<HttpEvent & WithQuery<z.infer<typeof querySchema>>>(queryParams(querySchema)).handler(async (event) => {
  const infrastructure = await getInfrastructure();
  checkResume(infrastructure.config, event, event.query.conversationId);
  const store = chatTranscripts(infrastructure);
  const { conversationId, after } = event.query;
  const lines = await store.list({ channel: 'web', key: conversationId }, after ? NEW_LINES : HISTORY_LINES, after);
  const response = jsonResponse(200, {
    lines: lines.map(({ at, from, text, proactive, web }) => ({ at, from, text, ...(proactive ? { proactive } : {}), ...(web ? { web } : {}) })),
  });
  return { ...response, headers: { ...response.headers, 'cache-control': 'no-store' } };
});
