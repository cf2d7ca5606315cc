import type { HttpEvent, HttpResult } from '../../src/http/types';
import { localContext } from '../../src/local/apiGatewayEvent';

// The Direct Line secret lives in SSM; here a stand-in answers for the one parameter name.
jest.mock('@aws-lambda-powertools/parameters/ssm', () => ({
  getParameter: jest.fn(async (name: string, options: { decrypt?: boolean }) =>
    name === '/ccs-navigator/test/direct-line-secret' && options.decrypt ? 'dl-secret-from-ssm' : undefined,
  ),
}));

import { DIRECT_LINE_TOKEN_URL, handler } from '../../functions/webChatToken';

/** Unit test of POST /api/directline/token with a fake fetch (no network, no AWS). */
describe('Direct Line token endpoint (functions/webChatToken)', () => {
  const fetchMock = jest.spyOn(globalThis, 'fetch');
  const event = { rawPath: '/api/directline/token', headers: {}, requestContext: { http: { method: 'POST' } } } as unknown as HttpEvent;
  const call = () => handler(event, localContext('webChatToken')) as Promise<HttpResult>;

  beforeEach(() => {
    fetchMock.mockReset();
    process.env.DIRECT_LINE_SECRET_PARAM = '/ccs-navigator/test/direct-line-secret';
  });
  afterAll(() => {
    fetchMock.mockRestore();
    delete process.env.DIRECT_LINE_SECRET_PARAM;
  });

  it('trades the secret from SSM for a short-lived token, and the secret never reaches the browser', async () => {
    fetchMock.mockResolvedValue(Response.json({ conversationId: 'conv-1', token: 'short-lived-token', expires_in: 1800 }));
    const result = await call();

    expect(result.statusCode).toBe(200);
    expect(result.headers?.['cache-control']).toBe('no-store');
    expect(JSON.parse(result.body ?? '')).toEqual({ token: 'short-lived-token', conversationId: 'conv-1', expiresIn: 1800 });
    expect(result.body).not.toContain('dl-secret-from-ssm');

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(DIRECT_LINE_TOKEN_URL);
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>).authorization).toBe('Bearer dl-secret-from-ssm');
    // A "dl_" user id, made server-side, is bound into the token so no page can choose its own.
    expect(JSON.parse(String(init?.body))).toEqual({ user: { id: expect.stringMatching(/^dl_[0-9a-f-]{36}$/) } });
  });

  it('gives each visitor a different user id', async () => {
    fetchMock.mockImplementation(async () => Response.json({ conversationId: 'c', token: 't', expires_in: 1800 }));
    await call();
    await call();
    const ids = fetchMock.mock.calls.map(([, init]) => JSON.parse(String(init?.body)).user.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('answers 502 when Direct Line refuses (a wrong or revoked secret) or cannot be reached, without details', async () => {
    fetchMock.mockResolvedValueOnce(new Response('{"error":{"code":"BadArgument"}}', { status: 403 }));
    const refused = await call();
    expect(refused.statusCode).toBe(502);
    expect(refused.body).not.toContain('BadArgument');

    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    expect((await call()).statusCode).toBe(502);
  });

  it('answers 404 where no Direct Line secret is configured (local development)', async () => {
    delete process.env.DIRECT_LINE_SECRET_PARAM;
    expect((await call()).statusCode).toBe(404);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
