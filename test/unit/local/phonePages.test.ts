import type { AddressInfo } from 'node:net';
import { request, type Server } from 'node:http';
import { validateRequest } from 'twilio/lib/webhooks/webhooks';
import { createLocalHost } from '../../../src/local/host';
import { phonePages, type PhoneRelaySettings } from '../../../src/local/phonePages';
import { toTwiml } from '../../../src/channels/sms/smsService';
import type { HttpEvent } from '../../../src/http/types';

const settings: PhoneRelaySettings = {
  account: { accountSid: 'AC00000000000000000000000000000000', authToken: 'unit-token' },
  twilioNumber: '+15555550100',
};

/** A stand-in webhook that answers only texts signed for `signedUrl`, echoing the body back. */
function stubWebhook(signedUrl: (event: HttpEvent) => string) {
  const received: Record<string, string>[] = [];
  const hosts: string[] = [];
  const handler = async (event: HttpEvent) => {
    hosts.push(event.headers.host ?? '');
    const form = Object.fromEntries(new URLSearchParams(event.body ?? ''));
    if (!validateRequest(settings.account.authToken, event.headers['x-twilio-signature'] ?? '', signedUrl(event), form)) {
      return { statusCode: 403, body: 'Invalid X-Twilio-Signature' };
    }
    received.push(form);
    return { statusCode: 200, headers: { 'content-type': 'text/xml' }, body: toTwiml([`You said: ${form.Body}`, 'Reply STOP to opt out.']) };
  };
  return { received, hosts, route: { routeKey: 'POST /sms', functionName: 'sms', handler } };
}

async function serve(relaySettings: PhoneRelaySettings, signedUrl: (event: HttpEvent) => string) {
  const webhook = stubWebhook(signedUrl);
  const server = createLocalHost([webhook.route], [phonePages(() => relaySettings)]);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const send = (payload: unknown) =>
    fetch(`${base}/phone/api/send`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  return { server, base, send, received: webhook.received, hosts: webhook.hosts };
}

const close = (server: Server) => new Promise((resolve) => server.close(resolve));

describe('phonePages: the phone simulator page and its relay', () => {
  let app: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    app = await serve(settings, (event) => `http://${event.headers.host}/sms`);
  });
  afterAll(() => close(app.server));

  it('serves the page at /phone and its files, and nothing outside web/phone', async () => {
    const page = await fetch(`${app.base}/phone`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<script src="\/phone\/phone.js"/);
    expect((await fetch(`${app.base}/phone/phone.css`)).headers.get('content-type')).toMatch(/text\/css/);
    expect((await fetch(`${app.base}/phone/nope.js`)).status).toBe(404);
    expect((await fetch(`${app.base}/phone/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${app.base}/phone/%2E%2E/phonePages.ts`)).status).toBe(404);
  });

  it('tells the page the Twilio number, never the token', async () => {
    const config = await (await fetch(`${app.base}/phone/api/config`)).json();
    expect(config).toEqual({ twilioNumber: '+15555550100' });
  });

  it('texts the webhook as Twilio would and answers with the TwiML replies and their segments', async () => {
    const response = await app.send({ from: '+15555550123', body: 'What is CCS?' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      sent: { body: 'What is CCS?', segments: 1, encoding: 'GSM-7' },
      replies: [
        { body: 'You said: What is CCS?', segments: 1, encoding: 'GSM-7' },
        { body: 'Reply STOP to opt out.', segments: 1, encoding: 'GSM-7' },
      ],
    });
    expect(app.received.at(-1)).toMatchObject({ From: '+15555550123', To: '+15555550100', Body: 'What is CCS?' });
  });

  it('refuses a bad sender or body before anything is sent', async () => {
    const before = app.received.length;
    expect((await app.send({ from: '5550123', body: 'hi' })).status).toBe(400);
    expect((await app.send({ from: '+15555550123', body: '  ' })).status).toBe(400);
    expect((await app.send({ from: '+15555550123', body: 'x'.repeat(1601) })).status).toBe(400);
    expect((await fetch(`${app.base}/phone/api/send`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'not json' })).status).toBe(400);
    expect(app.received.length).toBe(before);
  });

  /** A raw request, so the Host header can say what a DNS-rebinding page's request would. */
  function rawSend(headers: Record<string, string>, payload: unknown): Promise<number> {
    const { port } = app.server.address() as AddressInfo;
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/phone/api/send', method: 'POST', headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject).end(JSON.stringify(payload));
    });
  }

  it('texts only from this machine: a page reaching it under another host name (DNS rebinding) is refused', async () => {
    const before = app.received.length;
    expect(await rawSend({ host: 'evil.example', 'content-type': 'application/json' }, { from: '+15555550123', body: 'hi' })).toBe(403);
    expect(await rawSend({ host: 'localhost.evil.example:3978', 'content-type': 'application/json' }, { from: '+15555550123', body: 'hi' })).toBe(403);
    expect(app.received.length).toBe(before);
  });

  it('refuses a text another website could send without asking (not JSON): 415, nothing sent', async () => {
    const before = app.received.length;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect(await rawSend({ host: 'localhost', 'content-type': type }, { from: '+15555550123', body: 'hi' })).toBe(415);
    }
    expect(app.received.length).toBe(before);
  });

  it('posts to itself over loopback and signs for that URL, whatever port the Host header names', async () => {
    const { port } = app.server.address() as AddressInfo;
    expect(await rawSend({ host: 'localhost:1', 'content-type': 'application/json' }, { from: '+15555550123', body: 'whose url?' })).toBe(200);
    expect(app.received.at(-1)).toMatchObject({ Body: 'whose url?' });
    expect(app.hosts.at(-1)).toBe(`127.0.0.1:${port}`);
  });

  it('passes other paths on to the Lambda routes', async () => {
    expect((await fetch(`${app.base}/phonebook`)).status).toBe(404);
  });
});

describe('phonePages relay behind a public URL (PUBLIC_BASE_URL)', () => {
  it('signs for the public URL, as Twilio would for the number configured with it', async () => {
    const app = await serve({ ...settings, publicBaseUrl: 'https://sms.example.org/' }, () => 'https://sms.example.org/sms');
    try {
      expect((await app.send({ from: '+15555550123', body: 'hi' })).status).toBe(200);
    } finally {
      await close(app.server);
    }
  });

  it('reports a refused signature as a failed delivery', async () => {
    const app = await serve(settings, () => 'https://elsewhere.example.org/sms');
    try {
      const response = await app.send({ from: '+15555550123', body: 'hi' });
      expect(response.status).toBe(502);
      expect((await response.json()).error).toMatch(/answered 403/);
    } finally {
      await close(app.server);
    }
  });
});
