import { randomUUID } from 'node:crypto';
import { getParameter } from '@aws-lambda-powertools/parameters/ssm';
import { z } from 'zod';
import { httpHandler, textResponse } from '../src/http/middleware';
import { errorSummary, logger } from '../src/observability/logger';

export const DIRECT_LINE_TOKEN_URL = 'https://directline.botframework.com/v3/directline/tokens/generate';

const issued = z.object({ token: z.string().min(1), conversationId: z.string().min(1), expires_in: z.number().int().positive() });

/** The Direct Line secret, from the SSM SecureString named in DIRECT_LINE_SECRET_PARAM (cached 5 minutes per warm Lambda). */
async function directLineSecret(): Promise<string | undefined> {
  const name = process.env.DIRECT_LINE_SECRET_PARAM;
  return name ? getParameter(name, { decrypt: true, maxAge: 300 }) : undefined;
}

/**
 * POST /api/directline/token: trades the Direct Line secret for a token good for one new
 * conversation (about 30 minutes, which Web Chat refreshes), so the secret never reaches a browser.
 * The user id is made here and embedded in the token ("dl_" ids can only come from a token), so a
 * page cannot speak as another user's conversation.
 */
export const handler = httpHandler().handler(async () => {
  const secret = await directLineSecret();
  if (!secret) return textResponse(404, 'Direct Line is not configured');
  let response: Response;
  try {
    response = await fetch(DIRECT_LINE_TOKEN_URL, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: `dl_${randomUUID()}` } }),
      signal: AbortSignal.timeout(5000),
    });
  } catch (error) {
    logger.error('direct line token: request failed', { error: errorSummary(error) });
    return textResponse(502, 'The chat service is not answering; please try again in a minute.');
  }
  const body = issued.safeParse(response.ok ? await response.json().catch(() => undefined) : undefined);
  if (!body.success) {
    logger.error('direct line token: refused', { status: response.status });
    return textResponse(502, 'The chat service is not answering; please try again in a minute.');
  }
  const { token, conversationId, expires_in: expiresIn } = body.data;
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: JSON.stringify({ token, conversationId, expiresIn }),
  };
});
