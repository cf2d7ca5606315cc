import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { webActivity } from '../helpers/botframework';

/**
 * With Bot Framework auth off (the local stage) nothing vouches for an activity's serviceUrl, and
 * botbuilder POSTs replies (and staff's later messages) to it. Only Bot Framework's services and
 * this machine are allowed; anything else is refused before the turn runs.
 */
describe('POST /api/messages: where replies may go (serviceUrl)', () => {
  let stack: TestStack;
  let channel: Server;
  const received: { path: string; body: any }[] = [];

  beforeAll(async () => {
    stack = await startTestStack();
    // A stand-in for the local page's / Emulator's own endpoint on this machine.
    channel = createServer((req, res) => {
      let body = '';
      req
        .on('data', (chunk) => (body += chunk))
        .on('end', () => {
          received.push({ path: req.url ?? '', body: JSON.parse(body || '{}') });
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: randomUUID() }));
        });
    });
    await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => channel.close(() => resolve()));
    await stack.close();
  });

  const post = (serviceUrl: string, deliveryMode = 'normal') =>
    fetch(`${stack.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(webActivity(randomUUID(), { type: 'message', text: 'Kern County CCS fax number', serviceUrl, deliveryMode })),
    });

  it.each([
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/'],
    ['another website', 'https://evil.example/hook'],
    ['a look-alike of Bot Framework', 'https://botframework.com.evil.example/'],
  ])('refuses %s with 403, whether replies are posted or returned', async (_name, serviceUrl) => {
    for (const mode of ['normal', 'expectReplies']) {
      const response = await post(serviceUrl, mode);
      expect(response.status).toBe(403);
      expect(await response.text()).toMatch(/serviceUrl must be a Bot Framework service URL/);
    }
  });

  it('posts the replies to this machine, as for the local page and the Emulator', async () => {
    const { port } = channel.address() as AddressInfo;
    const response = await post(`http://127.0.0.1:${port}/`);
    expect(response.status).toBe(200);
    expect(received[0].path).toMatch(/^\/v3\/conversations\/[^/]+\/activities/);
    expect(JSON.stringify(received.map((r) => r.body))).toMatch(/fax \(661\) 868-0268/);
  });
});
