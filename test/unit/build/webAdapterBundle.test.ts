import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bundleProbe } from '../../helpers/bundleProbe';
import { APP_ID, botFrameworkKey, botFrameworkKeys, ISSUER, otherKey, rs256, SERVICE_URL } from '../../helpers/botFrameworkTokens';

const APP_PASSWORD = 'Qx8~vN2.kLp7RtY5_wZ3mB9cD4fG6hJ1sA0e';
const ACCESS_TOKEN = `token-${randomUUID()}`;
/** Bot Framework's and Microsoft Entra's hosts, as the connector and MSAL name them by default; the child process reaches them here. */
const HOSTS = ['login.botframework.com', 'login.microsoftonline.com', 'webchat.botframework.com'];

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

const TENANT = 'https://login.microsoftonline.com/botframework.com';

/** What Bot Framework's key discovery, Microsoft Entra (the bot's tenant) and the chat's service answer. */
function answer(method: string, url: string): [number, unknown] {
  if (url === 'https://login.botframework.com/v1/.well-known/openidconfiguration')
    return [200, { issuer: ISSUER, jwks_uri: 'https://login.botframework.com/v1/.well-known/keys' }];
  if (url === 'https://login.botframework.com/v1/.well-known/keys') return [200, botFrameworkKeys()];
  if (url === `${TENANT}/v2.0/.well-known/openid-configuration`)
    return [
      200,
      {
        issuer: 'https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0',
        authorization_endpoint: `${TENANT}/oauth2/v2.0/authorize`,
        token_endpoint: `${TENANT}/oauth2/v2.0/token`,
        end_session_endpoint: `${TENANT}/oauth2/v2.0/logout`,
        jwks_uri: `${TENANT}/discovery/v2.0/keys`,
      },
    ];
  if (url === `${TENANT}/oauth2/v2.0/token`) return [200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: ACCESS_TOKEN }];
  if (method === 'POST' && url.startsWith(`${SERVICE_URL}v3/conversations/`)) return [200, { id: 'reply-1' }];
  return [404, { error: `test: nothing at ${url}` }];
}

/**
 * The web chat's adapter bundled as the messages function ships it (serverless.yml custom.esbuild:
 * the connector in its own file, the parts the web chat never runs trimmed), over the whole Bot
 * Framework protocol with the default endpoints: the inbound JWT checked against Bot Framework's
 * published keys, an access token got from Microsoft Entra with the app's password (MSAL), and the
 * reply POSTed to the chat's service URL with it. Those hosts are served over TLS on 127.0.0.1 (a
 * certificate made here, trusted through NODE_EXTRA_CA_CERTS; the child's TLS connections to them
 * are pointed here, so nothing is looked up or leaves the machine).
 */
describe('The bundled web chat adapter: a signed activity in, an Entra token got, the reply delivered (build/esbuildPlugins.cjs trims)', () => {
  let dir: string;
  let server: Server;
  let probe: string;
  const seen: Seen[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'web-adapter-bundle-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=login.microsoftonline.com',
        '-addext',
        `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    probe = await bundleProbe(
      dir,
      [
        "import { WebChatAdapter } from './src/channels/web/webChatAdapter';",
        `const adapter = new WebChatAdapter({ MICROSOFT_APP_ID: '${APP_ID}', MICROSOFT_APP_PASSWORD: '${APP_PASSWORD}', MICROSOFT_APP_TENANT_ID: '', isLocal: false });`,
        'export const turn = (header, activity) => adapter.handleActivity(header, activity, async (context) => { await context.sendActivity(`You said: ${context.activity.text}`); });',
      ].join('\n'),
    );

    server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const url = `https://${request.headers.host}${request.url?.replace(/\?.*$/, '')}`;
        seen.push({ method: request.method ?? '', url, authorization: request.headers.authorization, body });
        const [status, value] = answer(request.method ?? '', url);
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // Preloaded in the child: its TLS connections to the hosts above come here (the certificate is still checked against the host's name).
    writeFileSync(
      join(dir, 'toLoopback.cjs'),
      `const tls = require('node:tls'); const connect = tls.connect; const hosts = ${JSON.stringify(HOSTS)};
tls.connect = function (...args) {
  const options = args.find((a) => a && typeof a === 'object');
  if (options && hosts.includes(options.host)) Object.assign(options, { servername: options.servername || options.host, host: '127.0.0.1', port: ${(server.address() as AddressInfo).port} });
  return connect.apply(this, args);
};`,
    );
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  /** One web chat activity through the bundled adapter in a fresh node process: the turn's result or its error. */
  async function turn(token: string): Promise<unknown> {
    const activity = {
      type: 'message',
      id: 'activity-1',
      channelId: 'webchat',
      serviceUrl: SERVICE_URL,
      text: 'hello',
      from: { id: 'user-1' },
      recipient: { id: APP_ID },
      conversation: { id: `conversation-${randomUUID()}` },
    };
    const script = `const { turn } = await import('${probe}');
try {
  console.log(JSON.stringify({ result: (await turn('Bearer ${token}', ${JSON.stringify(activity)})) ?? null }));
} catch (error) {
  console.log(JSON.stringify({ refused: error.statusCode ?? String(error) }));
}`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--require', join(dir, 'toLoopback.cjs'), '--input-type=module', '-e', script], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NODE_NO_WARNINGS: '1', NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') },
    });
    return JSON.parse(stdout.trim().split('\n').pop()!);
  }

  it('answers an activity Bot Framework signed: the reply reaches the service URL with the token Entra gave for the app password', async () => {
    seen.length = 0;
    expect(await turn(rs256(botFrameworkKey.privateKey))).toEqual({ result: null });
    const tokenRequest = seen.find((s) => s.url.endsWith('/oauth2/v2.0/token'));
    expect(new URLSearchParams(tokenRequest?.body).get('client_id')).toBe(APP_ID);
    expect(new URLSearchParams(tokenRequest?.body).get('client_secret')).toBe(APP_PASSWORD);
    const reply = seen.find((s) => s.method === 'POST' && s.url.startsWith(`${SERVICE_URL}v3/conversations/`));
    expect(reply?.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(JSON.parse(reply?.body ?? '{}')).toMatchObject({ type: 'message', text: 'You said: hello', replyToId: 'activity-1' });
  });

  it('refuses an activity signed with another key (401) and delivers nothing', async () => {
    seen.length = 0;
    expect(await turn(rs256(otherKey.privateKey))).toEqual({ refused: 401 });
    expect(seen.filter((s) => s.url.startsWith(SERVICE_URL))).toEqual([]);
  });
});
