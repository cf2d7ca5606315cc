import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpEvent, HttpResult } from '../../src/http/types';
import { localContext } from '../../src/local/apiGatewayEvent';
import { contacts } from '../../src/content';
import { chatConfig, handler, hashedPath } from '../../functions/webChatPage';

/** GET / and GET /chat/{file} (functions/webChatPage), as API Gateway invokes it. */
describe('Chat page and assets (functions/webChatPage)', () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    handler(
      { rawPath: path, headers, requestContext: { http: { method: 'GET', path } } } as unknown as HttpEvent,
      localContext('webChatPage'),
    ) as Promise<HttpResult>;
  const bytes = (result: HttpResult) => (result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : Buffer.from(result.body ?? ''));

  it('serves the page with a Content-Security-Policy that allows no third-party or inline script', async () => {
    const page = await get('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers?.['content-security-policy']).toMatch(/script-src 'self';/);
    expect(page.headers?.['cache-control']).toBe('no-cache');
    expect(bytes(page).toString()).toMatch(/<script src="chat\/webchat\.[A-Za-z0-9]{12}\.js" defer><\/script>/);
  });

  it('names each script and style sheet by its content, so a browser keeps it a year and a deploy is a new URL', async () => {
    const html = bytes(await get('/')).toString();
    for (const file of ['/chat/webchat.js', '/chat/chat.js', '/chat/localDirectLine.js', '/chat/chat.css']) {
      const hashed = hashedPath(file);
      expect(html).toContain(`"${hashed.slice(1)}"`);
      const asset = await get(hashed);
      expect(asset.statusCode).toBe(200);
      expect(asset.headers?.['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    // An older page's hash gets today's file, but revalidated: it is not that hash's content.
    const stale = await get('/chat/chat.AAAAAAAAAAAA.js');
    expect(stale.statusCode).toBe(200);
    expect(stale.headers?.['cache-control']).toBe('no-cache');
  });

  it("serves Web Chat's prebuilt bundle from the project, gzipped for browsers that accept it", async () => {
    const bundle = await get(hashedPath('/chat/webchat.js'), { 'accept-encoding': 'gzip, deflate, br' });
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
    expect(chatConfig({ DIRECT_LINE_SECRET_PARAM: '/ccs-navigator/dev/direct-line-secret' })).toMatchObject({
      mode: 'directline',
      tokenUrl: 'api/directline/token',
    });
    expect(chatConfig({})).toMatchObject({ mode: 'local', messagesUrl: 'api/messages' });
    const config = await get('/chat/config.json');
    expect(config.headers?.['cache-control']).toBe('no-store');
    expect(JSON.parse(config.body ?? '')).toEqual(chatConfig());
  });

  it('says whose service it is and carries the privacy notice the bot gives; a deployment without an operator names none', () => {
    const deployed = { DIRECT_LINE_SECRET_PARAM: '/x', OPERATOR_NAME: 'Kern County Public Health', OPERATOR_CONTACT_URL: 'https://example.org/contact' };
    expect(chatConfig(deployed).about).toEqual({
      operator: { name: 'Kern County Public Health', contactUrl: 'https://example.org/contact' },
      privacy: { en: expect.stringMatching(/^Privacy: CCS Navigator uses/), es: expect.stringMatching(/^Privacidad:/) },
    });
    expect(chatConfig({ DIRECT_LINE_SECRET_PARAM: '/x' }).about.operator).toBeUndefined();
    expect(chatConfig({}).about.operator?.name).toMatch(/local test copy/);
  });

  it("links the page's fallback to the state's county office directory from content", async () => {
    const directory = contacts.find((c) => c.id === 'dhcs-county-offices')?.url;
    expect(directory).toBeDefined();
    expect(bytes(await get('/')).toString()).toContain(`href="${directory}"`);
  });
});
