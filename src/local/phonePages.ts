import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { getConfig, requireSecret } from '../config';
import { deliverInboundText, E164, fakeTwilio, sendJson, withSegments, type TwilioAccount, type WebhookAnswer } from './fakeTwilio';
import type { LocalExtension } from './host';

/** What the relay needs to text the webhook as Twilio would; read per request so tests can change the environment. */
export interface PhoneRelaySettings {
  account: TwilioAccount;
  /** The product's Twilio number: the "To" of every simulated text. */
  twilioNumber: string;
  /** The origin Twilio would be configured with (signatures are made over it), when not this host. */
  publicBaseUrl?: string;
}

const PHONE_DIR = join(__dirname, '../../web/phone');
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};
/** Twilio's limit for one inbound message body, and the webhook schema's. */
const MAX_BODY = 1600;

function settingsFromConfig(): PhoneRelaySettings {
  const config = getConfig();
  return {
    account: { accountSid: requireSecret(config, 'TWILIO_ACCOUNT_SID'), authToken: requireSecret(config, 'TWILIO_AUTH_TOKEN') },
    twilioNumber: config.TWILIO_FROM_NUMBER ?? '+15555550100',
    publicBaseUrl: config.PUBLIC_BASE_URL,
  };
}

/** The phone simulator: its page and relay, and the local Twilio REST API whose outbox the page shows. */
export function phoneSimulator(): LocalExtension[] {
  return [fakeTwilio.handle, phonePages()];
}

/**
 * `GET /phone` (the page and its files from web/phone), `GET /phone/api/config`, and
 * `POST /phone/api/send` `{ from, body }`: the relay that texts the SMS webhook as Twilio would,
 * so the auth token stays on the server, and answers with the TwiML replies and their segments.
 */
export function phonePages(settings: () => PhoneRelaySettings = settingsFromConfig): LocalExtension {
  return async (req, res, body) => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (path !== '/phone' && !path.startsWith('/phone/')) return false;
    if (req.method === 'POST' && path === '/phone/api/send') await relay(req, res, body, settings());
    else if (req.method === 'GET' && path === '/phone/api/config') sendJson(res, 200, { twilioNumber: settings().twilioNumber });
    else if (req.method === 'GET') await serveFile(res, path === '/phone' || path === '/phone/' ? 'index.html' : path.slice('/phone/'.length));
    else sendJson(res, 405, { error: 'Method not allowed' });
    return true;
  };
}

/** A Host naming this machine: a page that reached the relay under any other name came through DNS rebinding. */
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

async function relay(req: IncomingMessage, res: ServerResponse, raw: Buffer, settings: PhoneRelaySettings): Promise<void> {
  if (!LOOPBACK_HOST.test(req.headers.host ?? '')) return sendJson(res, 403, { error: 'The phone simulator answers only on this machine (localhost)' });
  // JSON only: another website's form or no-preflight fetch cannot send it, so a page open in the browser cannot text as anyone.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return sendJson(res, 415, { error: 'Content-Type must be application/json' });
  let input: { from?: unknown; body?: unknown };
  try {
    input = JSON.parse(raw.toString('utf8'));
  } catch {
    return sendJson(res, 400, { error: 'Send JSON: { "from": "+1…", "body": "…" }' });
  }
  const { from, body } = input;
  if (typeof from !== 'string' || !E164.test(from)) return sendJson(res, 400, { error: 'from must be an E.164 number such as +15555550123' });
  if (typeof body !== 'string' || !body.trim() || body.length > MAX_BODY) {
    return sendJson(res, 400, { error: `body must be 1 to ${MAX_BODY} characters` });
  }
  // Post to this very server over loopback, never to a host the request names; sign only for our
  // own webhook URL: the configured public one, else that loopback address.
  const webhookUrl = `http://127.0.0.1:${req.socket.localPort}/sms`;
  const signedUrl = settings.publicBaseUrl ? `${settings.publicBaseUrl.replace(/\/+$/, '')}/sms` : webhookUrl;
  let answer: WebhookAnswer;
  try {
    answer = await deliverInboundText(webhookUrl, { from, to: settings.twilioNumber, body }, settings.account, signedUrl);
  } catch (error) {
    return sendJson(res, 502, { error: `POST /sms did not answer: ${(error as Error).message}` });
  }
  if (answer.status !== 200) {
    return sendJson(res, 502, { error: `POST /sms answered ${answer.status}: ${answer.twiml.slice(0, 200)}` });
  }
  sendJson(res, 200, { sent: withSegments(body), replies: answer.replies });
}

async function serveFile(res: ServerResponse, name: string): Promise<void> {
  const type = CONTENT_TYPES[extname(name)];
  // Plain file names only: nothing outside web/phone can be named.
  if (!type || !/^[\w-]+(\.[\w-]+)+$/.test(name)) return sendJson(res, 404, { error: 'Not found' });
  try {
    const content = await readFile(join(PHONE_DIR, name));
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(content);
  } catch {
    sendJson(res, 404, { error: 'Not found' });
  }
}
