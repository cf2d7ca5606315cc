import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handler as tokenHandler, NEW_CHATS_PER_ADDRESS } from '../../functions/webChatToken';
import { handler as transcriptHandler } from '../../functions/transcript';
import { getInfrastructure, resetInfrastructure } from '../../src/app/infrastructure';
import { signResume } from '../../src/channels/web/chatResume';
import { resetConfig } from '../../src/config';
import { localContext } from '../../src/local/apiGatewayEvent';
import { ensureTable } from '../../src/local/dynamoLocal';
import type { HttpEvent, HttpResult } from '../../src/http/types';
import { TranscriptStore } from '../../src/transcripts/transcriptStore';

const SECRET = 'dl-secret-Zk3.pQ9-wR7_tY5uI1oP3aS5dF7gH9jK2lZ4xC6vB8nM0';
const RESUME_SECRET = 'm3Nb5Vc7Xz9Lk2Jh4Gf6Ds8Aq1Wr3Et5Y';

/**
 * A stand-in for Direct Line 3.0's token endpoints (the real service is not reachable here), with
 * the documented shapes: `POST /v3/directline/tokens/generate` with the secret and `{ user }`
 * answers `{ conversationId, token, expires_in }`; `GET /v3/directline/conversations/{id}` (reconnect)
 * answers `{ conversationId, token, streamUrl }` for a conversation it has, 404 otherwise; a wrong
 * secret is a 403.
 */
function fakeDirectLine() {
  const conversations = new Map<string, { user: string }>();
  const calls: { method: string; path: string; authorization?: string; body?: unknown }[] = [];
  let down = false;
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => resolve(text));
    });
  const server: Server = createServer(async (req, res) => {
    const body = await read(req);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    calls.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body: body ? JSON.parse(body) : undefined });
    const reply = (status: number, json: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    if (down) return reply(503, { error: { code: 'ServiceError' } });
    if (req.headers.authorization !== `Bearer ${SECRET}`) return reply(403, { error: { code: 'BadArgument', message: 'Invalid token or secret' } });
    if (req.method === 'POST' && path === '/v3/directline/tokens/generate') {
      const conversationId = `${randomUUID().replace(/-/g, '').slice(0, 22)}-us`;
      conversations.set(conversationId, { user: JSON.parse(body).user.id });
      return reply(200, { conversationId, token: `token-for-${conversationId}`, expires_in: 1800 });
    }
    const reconnect = /^\/v3\/directline\/conversations\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && reconnect) {
      const id = decodeURIComponent(reconnect[1]);
      if (!conversations.has(id)) return reply(404, { error: { code: 'BadArgument', message: 'Conversation not found' } });
      return reply(200, {
        conversationId: id,
        token: `fresh-token-for-${id}`,
        streamUrl: `wss://directline.example/v3/directline/conversations/${id}/stream?t=x`,
      });
    }
    return reply(404, { error: { code: 'NotFound' } });
  });
  return { server, conversations, calls, setDown: (value: boolean) => (down = value) };
}

describe('Deployed web chat: resuming a conversation after a reload (Direct Line, fake token endpoints)', () => {
  const directLine = fakeDirectLine();
  const saved: NodeJS.ProcessEnv = { ...process.env };
  let tableName: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => directLine.server.listen(0, '127.0.0.1', resolve));
    tableName = `resume-${randomUUID().slice(0, 8)}`;
    await ensureTable(process.env.DYNAMODB_ENDPOINT as string, tableName);
    // A deployed stage's environment after SSM (the token and transcript functions' own secrets).
    Object.assign(process.env, {
      STAGE: 'prod',
      TABLE_NAME: tableName,
      PUBLIC_BASE_URL: 'https://abc123.execute-api.us-west-2.amazonaws.com',
      MICROSOFT_APP_ID: '3f2b9c1e-8a4d-4e2f-9b6a-1c2d3e4f5a6b',
      DIRECT_LINE_SECRET: SECRET,
      CHAT_RESUME_SECRET: RESUME_SECRET,
      DIRECT_LINE_BASE_URL: `http://127.0.0.1:${(directLine.server.address() as AddressInfo).port}`,
    });
    resetConfig();
    resetInfrastructure();
  });
  afterAll(async () => {
    for (const name of ['STAGE', 'TABLE_NAME', 'PUBLIC_BASE_URL', 'MICROSOFT_APP_ID', 'DIRECT_LINE_SECRET', 'CHAT_RESUME_SECRET', 'DIRECT_LINE_BASE_URL']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    resetConfig();
    resetInfrastructure();
    await new Promise((resolve) => directLine.server.close(resolve));
  });

  let addresses = 0;
  const event = (init: { body?: unknown; rawBody?: string; query?: Record<string, string>; authorization?: string; sourceIp?: string }): HttpEvent =>
    ({
      rawPath: '/api/test',
      rawQueryString: new URLSearchParams(init.query ?? {}).toString(),
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.authorization ? { authorization: init.authorization } : {}),
      },
      body: init.rawBody ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
      requestContext: { http: { method: 'POST', sourceIp: init.sourceIp ?? `198.51.100.${++addresses}` } },
    }) as unknown as HttpEvent;
  const token = async (init: Parameters<typeof event>[0] = {}) => {
    const result = (await tokenHandler(event(init), localContext('webChatToken'))) as HttpResult;
    return { status: result.statusCode, body: result.statusCode === 200 ? JSON.parse(result.body ?? '{}') : result.body };
  };
  const transcript = async (conversationId: string, authorization?: string) =>
    (await transcriptHandler(event({ query: { conversationId }, authorization }), localContext('transcript'))) as HttpResult;

  it('a new chat gets a token, its user id and a resume token; the secret never reaches the page', async () => {
    const first = await token();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ resumed: false, expiresIn: 1800, userId: expect.stringMatching(/^dl_[0-9a-f-]{36}$/), resume: expect.any(String) });
    expect(JSON.stringify(first.body)).not.toContain(SECRET);
    expect(directLine.conversations.get(first.body.conversationId)).toEqual({ user: first.body.userId });
    // A page with no body at all (an older copy of the page) still gets a new chat, as another user.
    const second = await token({ rawBody: '' });
    expect(second.status).toBe(200);
    expect(second.body.userId).not.toBe(first.body.userId);
  });

  it('answers 404 where no Direct Line secret is configured', async () => {
    delete process.env.DIRECT_LINE_SECRET;
    resetConfig();
    resetInfrastructure();
    try {
      expect((await token()).status).toBe(404);
    } finally {
      process.env.DIRECT_LINE_SECRET = SECRET;
      resetConfig();
      resetInfrastructure();
    }
  });

  it('a reload with the resume token goes on with the same conversation and user (Direct Line reconnect)', async () => {
    const first = (await token()).body;
    const again = await token({ body: { resume: first.resume } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      resumed: true,
      conversationId: first.conversationId,
      userId: first.userId,
      token: `fresh-token-for-${first.conversationId}`,
      expiresIn: 1800,
    });
    const reconnect = directLine.calls.filter((c) => c.method === 'GET').at(-1);
    expect(reconnect).toMatchObject({ path: `/v3/directline/conversations/${first.conversationId}`, authorization: `Bearer ${SECRET}` });
    // The page keeps the new resume token; it works as the old one did.
    expect((await token({ body: { resume: again.body.resume } })).body).toMatchObject({ resumed: true, conversationId: first.conversationId });
  });

  it('a conversation id alone, or a forged, altered or expired resume token, opens a new chat, never that conversation', async () => {
    const first = (await token()).body;
    const forged = signResume('not-the-server-secret-at-all-000000', { conversationId: first.conversationId, userId: first.userId });
    const [payload, mac] = String(first.resume).split('.');
    const altered = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), c: 'someone-elses-conversation' })).toString('base64url')}.${mac}`;
    const expired = signResume(RESUME_SECRET, { conversationId: first.conversationId, userId: first.userId }, new Date(Date.now() - 8 * 86400_000));
    for (const resume of [first.conversationId, forged, altered, expired, 'x.y.z']) {
      const answer = await token({ body: { resume } });
      expect({ resume, status: answer.status, resumed: answer.body.resumed }).toEqual({ resume, status: 200, resumed: false });
      expect(answer.body.conversationId).not.toBe(first.conversationId);
    }
  });

  it('a conversation Direct Line no longer has starts a new chat; Direct Line down is a 502 without details', async () => {
    const gone = signResume(RESUME_SECRET, { conversationId: 'expired-conversation-0000', userId: 'dl_x' });
    const answer = await token({ body: { resume: gone } });
    expect(answer.body).toMatchObject({ resumed: false });
    expect(answer.body.conversationId).not.toBe('expired-conversation-0000');
    directLine.setDown(true);
    try {
      const down = await token();
      expect(down.status).toBe(502);
      expect(String(down.body)).not.toMatch(/ServiceError/);
    } finally {
      directLine.setDown(false);
    }
  });

  it('refuses a malformed request with a clear 4xx, not a 500', async () => {
    expect((await token({ rawBody: '{not json', body: undefined, authorization: undefined })).status).toBe(415);
    expect((await token({ body: { resume: 42 } })).status).toBe(400);
    expect((await token({ body: { resume: 'a', extra: true } })).status).toBe(400);
  });

  it('reads a transcript only with the resume token of that conversation', async () => {
    const mine = (await token()).body;
    const other = (await token()).body;
    const { config, dynamo } = await getInfrastructure();
    await new TranscriptStore(dynamo.documentClient, config.TABLE_NAME, 30).append({ channel: 'web', key: mine.conversationId }, [
      { at: new Date().toISOString(), from: 'user', text: 'Is my son eligible?' },
    ]);
    const ok = await transcript(mine.conversationId, `Bearer ${mine.resume}`);
    expect(ok.statusCode).toBe(200);
    expect(JSON.parse(ok.body ?? '{}').lines.map((l: { text: string }) => l.text)).toEqual(['Is my son eligible?']);

    expect((await transcript(mine.conversationId)).statusCode).toBe(401);
    expect((await transcript(mine.conversationId, 'Bearer not-a-token')).statusCode).toBe(401);
    const refused = await transcript(mine.conversationId, `Bearer ${other.resume}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('Is my son eligible?');
  });

  it('one client address opens at most its hourly share of new chats; resuming its chats still works', async () => {
    const sourceIp = '203.0.113.77';
    const chats = [];
    for (let i = 0; i < NEW_CHATS_PER_ADDRESS.max; i++) chats.push(await token({ sourceIp }));
    expect(chats.map((c) => c.status)).toEqual(Array(NEW_CHATS_PER_ADDRESS.max).fill(200));
    const over = await token({ sourceIp });
    expect(over.status).toBe(429);
    expect((await token({ sourceIp, body: { resume: chats[0].body.resume } })).body).toMatchObject({ resumed: true });
    expect((await token({ sourceIp: '203.0.113.78' })).status).toBe(200);
  });
});
