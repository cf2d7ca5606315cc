import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bundleProbe } from '../../helpers/bundleProbe';
import { APP_ID, botFrameworkKey, botFrameworkKeys, ISSUER, otherKey, rs256, SERVICE_URL } from '../../helpers/botFrameworkTokens';

/**
 * The bundled Bot Framework auth, as the web function runs it: the connector in its own file
 * (build/esbuildPlugins.cjs connectorApart), its indexes deferred, node-fetch over Node's URL
 * (build/whatwgUrlStub.cjs). Key discovery is served on 127.0.0.1 (the configuration's
 * ToBotFromChannelOpenIdMetadataUrl), so the connector's own fetch and JWT checks run unchanged.
 */
describe("The bundled connector's file (serverless.yml custom.esbuild)", () => {
  let dir: string;
  let server: Server;
  let openIdUrl: string;
  let probe: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'connector-file-'));
    probe = await bundleProbe(
      dir,
      [
        "import { ConfigurationBotFrameworkAuthentication } from 'botbuilder-core';",
        'export const authenticate = (config, activity, header) => new ConfigurationBotFrameworkAuthentication(config).authenticateRequest(activity, header);',
      ].join('\n'),
    );
    server = createServer((request, response) => {
      const { port } = server.address() as AddressInfo;
      const body = request.url === '/openid' ? { issuer: ISSUER, jwks_uri: `http://127.0.0.1:${port}/keys` } : botFrameworkKeys();
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    openIdUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openid`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Authenticates one web chat activity with `token` in a fresh node process; what the caller is, or the error. */
  async function authenticate(token: string): Promise<unknown> {
    // A custom key-discovery URL makes botbuilder take every endpoint from the configuration: the inbound ones are these two.
    const config = {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'unused-here',
      ToBotFromChannelOpenIdMetadataUrl: openIdUrl,
      ToBotFromChannelTokenIssuer: ISSUER,
    };
    const activity = { type: 'message', channelId: 'webchat', serviceUrl: SERVICE_URL };
    const script = `const { authenticate } = await import('${probe}');
try {
  const { claimsIdentity } = await authenticate(${JSON.stringify(config)}, ${JSON.stringify(activity)}, 'Bearer ${token}');
  console.log(JSON.stringify({ authenticated: claimsIdentity.isAuthenticated, audience: claimsIdentity.getClaimValue('aud') }));
} catch (error) {
  console.log(JSON.stringify({ refused: error.statusCode ?? error.name }));
}`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NODE_NO_WARNINGS: '1' },
    });
    return JSON.parse(stdout.trim().split('\n').pop()!);
  }

  it('verifies a token Bot Framework signed, fetching its keys with the bundled fetch', async () => {
    expect(await authenticate(rs256(botFrameworkKey.privateKey))).toEqual({ authenticated: true, audience: APP_ID });
  });

  it('refuses a token signed with another key (the control above is not vacuous)', async () => {
    // jsonwebtoken's own error, which the web adapter turns into a 401 (src/channels/web/webChatAdapter.ts).
    expect(await authenticate(rs256(otherKey.privateKey))).toEqual({ refused: 'JsonWebTokenError' });
  });
});
