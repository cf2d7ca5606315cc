import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpEvent, HttpResult } from '../../src/http/types';
import { localContext } from '../../src/local/apiGatewayEvent';
import { chatConfig, handler } from '../../functions/webChatPage';

/** GET / and GET /chat/{file} (functions/webChatPage), as API Gateway invokes it. */
describe('Chat page and assets (functions/webChatPage)', () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    handler({ rawPath: path, headers, requestContext: { http: { method: 'GET', path } } } as unknown as HttpEvent, localContext('webChatPage')) as Promise<HttpResult>;
  const bytes = (result: HttpResult) => (result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : Buffer.from(result.body ?? ''));

  it('serves the page with a Content-Security-Policy that allows no third-party or inline script', async () => {
    const page = await get('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers?.['content-security-policy']).toMatch(/script-src 'self';/);
    expect(bytes(page).toString()).toContain('<script src="chat/webchat.js" defer></script>');
  });

  it("serves Web Chat's prebuilt bundle from the project, gzipped for browsers that accept it", async () => {
    const bundle = await get('/chat/webchat.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers?.['content-encoding']).toBe('gzip');
    const original = readFileSync(join(__dirname, '../../node_modules/botframework-webchat/dist/webchat.js'));
    expect(gunzipSync(bytes(bundle)).equals(original)).toBe(true);
    // Lambda's response limit is 6 MB.
    expect((bundle.body ?? '').length).toBeLessThan(6 * 1024 * 1024);
  });

  it('answers a repeat visit with 304 Not Modified', async () => {
    const first = await get('/chat/chat.js');
    const again = await get('/chat/chat.js', { 'if-none-match': String(first.headers?.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBeUndefined();
  });

  it('reads only the listed files', async () => {
    for (const path of ['/chat/../package.json', '/chat/..%2Fpackage.json', '/chat/', '/chat/index.html', '/web/chat/chat.js']) {
      expect((await get(path)).statusCode).toBe(404);
    }
  });

  it('tells the page to use Direct Line where a secret is configured, and the local endpoint otherwise', async () => {
    expect(chatConfig({ DIRECT_LINE_SECRET_PARAM: '/ccs-navigator/dev/direct-line-secret' })).toEqual({ mode: 'directline', tokenUrl: 'api/directline/token' });
    expect(chatConfig({})).toEqual({ mode: 'local', messagesUrl: 'api/messages' });
    const config = await get('/chat/config.json');
    expect(config.headers?.['cache-control']).toBe('no-store');
    expect(JSON.parse(config.body ?? '')).toEqual(chatConfig());
  });
});
