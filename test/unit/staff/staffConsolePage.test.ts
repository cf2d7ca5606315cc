import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'aws-lambda';
import { handler } from '../../../functions/staffConsole';
import type { HttpEvent, HttpResult } from '../../../src/http/types';
import { consoleConfig, consoleFile, consolePolicy } from '../../../src/staff/consolePage';

function get(path: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  const event = {
    version: '2.0',
    routeKey: 'GET /staff/{file}',
    rawPath: path,
    rawQueryString: '',
    headers,
    isBase64Encoded: false,
    requestContext: { requestId: randomUUID(), http: { method: 'GET', path } },
  };
  return handler(event as unknown as HttpEvent, {} as Context) as Promise<HttpResult>;
}

describe('GET /staff/config.json: how staff sign in', () => {
  const env = process.env;
  afterEach(() => (process.env = env));

  it('offers the staff token when no Cognito sign-in is configured (local)', async () => {
    process.env = { ...env, STAFF_COGNITO_DOMAIN: '', STAFF_COGNITO_CLIENT_ID: '' };
    const response = await get('/staff/config.json');
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['cache-control']).toBe('no-store');
    expect(JSON.parse(response.body!)).toEqual({ auth: 'token' });
  });

  it("points the console at the user pool's Hosted UI when deployed, and allows only that origin in the page's policy", async () => {
    process.env = { ...env, STAFF_COGNITO_DOMAIN: 'ccs-staff-prod.auth.us-west-2.amazoncognito.com', STAFF_COGNITO_CLIENT_ID: '4tq1example2client3id' };
    const config = JSON.parse((await get('/staff/config.json')).body!);
    expect(config).toEqual({
      auth: 'cognito',
      cognito: { domain: 'https://ccs-staff-prod.auth.us-west-2.amazoncognito.com', clientId: '4tq1example2client3id' },
    });
    const page = await get('/staff');
    expect(page.headers?.['content-security-policy']).toContain("connect-src 'self' https://ccs-staff-prod.auth.us-west-2.amazoncognito.com;");
  });

  it('refuses a domain or client id that could smuggle anything into the policy', () => {
    expect(consoleConfig({ STAFF_COGNITO_DOMAIN: 'https://ccs.example.org/', STAFF_COGNITO_CLIENT_ID: 'abc123' })).toEqual({
      auth: 'cognito',
      cognito: { domain: 'https://ccs.example.org', clientId: 'abc123' },
    });
    expect(() => consoleConfig({ STAFF_COGNITO_DOMAIN: "x.org; script-src 'unsafe-inline'", STAFF_COGNITO_CLIENT_ID: 'abc' })).toThrow(/malformed/);
    expect(() => consoleConfig({ STAFF_COGNITO_DOMAIN: 'x.org', STAFF_COGNITO_CLIENT_ID: 'a b' })).toThrow(/malformed/);
  });
});

describe('GET /staff: the console page and its files', () => {
  it('serves the page with a strict policy: own scripts and styles only, no framing, no inline anything', async () => {
    const page = await get('/staff');
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['content-type']).toBe('text/html; charset=utf-8');
    const policy = page.headers?.['content-security-policy'] as string;
    expect(policy).toBe(consolePolicy({ auth: 'token' }));
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe');
    expect(page.headers?.['referrer-policy']).toBe('no-referrer');
    expect(page.body).not.toMatch(/<script>|<style>|\sstyle=|\son\w+=/i);
  });

  it("serves the same page at a referral's own address (the link in staff notifications)", async () => {
    const page = await get('/staff/referrals/CCS-7K3F9Q');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Staff console');
  });

  it('serves every file in web/staff and nothing else; answers 304 to a matching ETag', async () => {
    const files = readdirSync(join(__dirname, '../../../web/staff')).filter((f) => f !== 'index.html');
    for (const file of files) {
      const response = await get(`/staff/${file}`);
      expect({ file, status: response.statusCode }).toEqual({ file, status: 200 });
      expect(response.headers?.['x-content-type-options']).toBe('nosniff');
    }
    for (const path of ['/staff/../package.json', '/staff/index.html', '/staff/secret.js', '/staff/referrals/a/b', '/staffx']) {
      expect({ path, file: consoleFile(path) }).toEqual({ path, file: undefined });
    }
    expect((await get('/staff/nope.js')).statusCode).toBe(404);
    const first = await get('/staff/console.js');
    expect((await get('/staff/console.js', { 'if-none-match': first.headers?.etag as string })).statusCode).toBe(304);
  });

  it('renders data only as text: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval in the scripts', async () => {
    const files = readdirSync(join(__dirname, '../../../web/staff')).filter((f) => f.endsWith('.js'));
    for (const file of files) {
      const source = (await get(`/staff/${file}`)).body!;
      expect({ file, unsafe: source.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/g) }).toEqual({ file, unsafe: null });
    }
  });
});
