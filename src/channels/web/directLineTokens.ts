import * as z from '../../zodMini';
import { errorSummary, logger } from '../../observability/logger';

export const DIRECT_LINE_BASE_URL = 'https://directline.botframework.com';

/** A Direct Line token for one conversation, as the page needs it. */
export interface IssuedToken {
  token: string;
  conversationId: string;
  expiresIn: number;
}

const generated = z.object({
  token: z.string().check(z.minLength(1)),
  conversationId: z.string().check(z.minLength(1)),
  expires_in: z.int().check(z.positive()),
});
// The reconnect answer documents conversationId, token and streamUrl; expires_in may be absent.
const reconnected = z.object({
  token: z.string().check(z.minLength(1)),
  conversationId: z.string().check(z.minLength(1)),
  expires_in: z.optional(z.int().check(z.positive())),
});
/** Direct Line's own token lifetime (30 minutes), when its answer does not say. */
const DEFAULT_EXPIRES_IN = 1800;

/**
 * Direct Line 3.0's token endpoints, called with the secret (server side only):
 * `POST /v3/directline/tokens/generate` (a token for a new conversation, the user id bound into
 * it) and `GET /v3/directline/conversations/{id}` (reconnect: a fresh token for an existing one).
 * `baseUrl` is Direct Line's, or locally a fake of it.
 */
export class DirectLineTokens {
  constructor(
    private readonly secret: string,
    private readonly baseUrl: string = DIRECT_LINE_BASE_URL,
  ) {}

  /** A new conversation; undefined when Direct Line refuses or cannot be reached (logged without details). */
  async newConversation(userId: string): Promise<IssuedToken | undefined> {
    const body = await this.call('generate', '/v3/directline/tokens/generate', { method: 'POST', body: JSON.stringify({ user: { id: userId } }) });
    const parsed = generated.safeParse(body);
    return parsed.success ? { token: parsed.data.token, conversationId: parsed.data.conversationId, expiresIn: parsed.data.expires_in } : undefined;
  }

  /** A fresh token for an existing conversation; undefined when it is gone or Direct Line refuses. */
  async reconnect(conversationId: string): Promise<IssuedToken | undefined> {
    const body = await this.call('reconnect', `/v3/directline/conversations/${encodeURIComponent(conversationId)}`, { method: 'GET' });
    const parsed = reconnected.safeParse(body);
    if (!parsed.success || parsed.data.conversationId !== conversationId) return undefined;
    return { token: parsed.data.token, conversationId, expiresIn: parsed.data.expires_in ?? DEFAULT_EXPIRES_IN };
  }

  private async call(what: string, path: string, init: RequestInit): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${this.secret}`, 'content-type': 'application/json' },
        signal: AbortSignal.timeout(5000),
      });
    } catch (error) {
      logger.error(`direct line ${what}: request failed`, { error: errorSummary(error) });
      return undefined;
    }
    if (!response.ok) {
      logger.warn(`direct line ${what}: refused`, { status: response.status });
      return undefined;
    }
    return response.json().catch(() => undefined);
  }
}
