import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { getConfig, requireSecret } from '../config';
import { segmentInfo, type SmsEncoding } from '../channels/sms/segments';
import type { LocalExtension } from './host';

/**
 * The local stand-in for Twilio, both directions: it delivers a phone's text to the SMS webhook
 * exactly as Twilio does (form + X-Twilio-Signature), and it answers the Messages REST resource
 * the product sends proactive texts through, keeping them in an in-memory outbox that the phone
 * simulator, the terminal client and tests read. Deployed, the real Twilio does both.
 */

export interface TwilioAccount {
  accountSid: string;
  authToken: string;
}

/** One text as a phone would show it, with what it costs on the carrier network. */
export interface TextWithSegments {
  body: string;
  segments: number;
  encoding: SmsEncoding;
}

/** A text the product sent through the REST API. `seq` orders the outbox and is the polling cursor. */
export interface SentText extends TextWithSegments {
  seq: number;
  sid: string;
  to: string;
  from: string;
  dateCreated: string;
}

export interface WebhookAnswer {
  status: number;
  twiml: string;
  /** The `<Message>` bodies of the TwiML, in order; empty unless the webhook answered 2xx. */
  replies: TextWithSegments[];
}

/** A simulated failure of the REST API: an HTTP status, or `drop` (connection cut before any answer). */
export type SimulatedFailure = number | 'drop';

const API_VERSION = '2010-04-01';
const MESSAGES_PATH = /^\/twilio\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;
const OUTBOX_PATH = '/twilio/outbox';
/** A phone number as Twilio accepts it: + and up to 15 digits. */
export const E164 = /^\+[1-9]\d{6,14}$/;
const WEBHOOK_TIMEOUT_MS = 15_000; // Twilio gives a webhook 15 s before error 11200

/** A Twilio message id: SM and 32 hex characters. */
function messageSid(): string {
  return `SM${randomBytes(16).toString('hex')}`;
}

export function withSegments(body: string): TextWithSegments {
  const { segments, encoding } = segmentInfo(body);
  return { body, segments, encoding };
}

/** The form Twilio posts for one received SMS, and its signature over `signedUrl` (the URL configured for the number). */
export function signedInboundText(
  text: { from: string; to: string; body: string },
  account: TwilioAccount,
  signedUrl: string,
): { form: Record<string, string>; signature: string } {
  const sid = messageSid();
  const form = {
    ToCountry: 'US',
    SmsMessageSid: sid,
    NumMedia: '0',
    SmsSid: sid,
    SmsStatus: 'received',
    Body: text.body,
    To: text.to,
    NumSegments: String(Math.max(1, segmentInfo(text.body).segments)),
    MessageSid: sid,
    AccountSid: account.accountSid,
    From: text.from,
    ApiVersion: API_VERSION,
    FromCountry: 'US',
  };
  return { form, signature: getExpectedTwilioSignature(account.authToken, signedUrl, form) };
}

/**
 * Delivers one text to the webhook at `webhookUrl` as Twilio would. `signedUrl` is the URL
 * Twilio was given for the number; it differs from where the request lands behind a tunnel or
 * proxy (PUBLIC_BASE_URL).
 */
export async function deliverInboundText(
  webhookUrl: string,
  text: { from: string; to: string; body: string },
  account: TwilioAccount,
  signedUrl = webhookUrl,
): Promise<WebhookAnswer> {
  const { form, signature } = signedInboundText(text, account, signedUrl);
  const response = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature, 'user-agent': 'TwilioProxy/1.1' },
    body: new URLSearchParams(form).toString(),
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  const twiml = await response.text();
  return { status: response.status, twiml, replies: response.ok ? twimlMessages(twiml).map(withSegments) : [] };
}

/** The text of each `<Message>` (or its `<Body>`), XML-unescaped: what Twilio would send back to the phone. */
export function twimlMessages(twiml: string): string[] {
  return [...twiml.matchAll(/<Message(?:\s[^>]*)?>([\s\S]*?)<\/Message>/g)].map(([, inner]) =>
    unescapeXml(/<Body(?:\s[^>]*)?>([\s\S]*?)<\/Body>/.exec(inner)?.[1] ?? inner),
  );
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|apos|amp);/gi, (_, entity: string) =>
    entity.startsWith('#')
      ? String.fromCodePoint(parseInt(entity.slice(1).replace(/^x/i, ''), /^#x/i.test(entity) ? 16 : 10))
      : XML_ENTITIES[entity.toLowerCase()],
  );
}

/** The local account, as the product's TwilioRestSender reads it. */
function localAccount(): TwilioAccount {
  const config = getConfig();
  return { accountSid: requireSecret(config, 'TWILIO_ACCOUNT_SID'), authToken: requireSecret(config, 'TWILIO_AUTH_TOKEN') };
}

/** The Messages REST resource (`POST .../Messages.json`) and the outbox route `GET /twilio/outbox?to=&after=`. */
export class FakeTwilio {
  private sent: SentText[] = [];
  private failures: SimulatedFailure[] = [];
  /** Never reset, so a page polling with an old cursor still sees texts sent after a reset(). */
  private lastSeq = 0;

  constructor(private readonly account: () => TwilioAccount = localAccount) {}

  /** Every text sent to `to`, oldest first. */
  messagesTo(to: string): SentText[] {
    return this.outbox(0, to);
  }

  /** Texts after cursor `after` (a `seq`), optionally only those to one number. */
  outbox(after = 0, to?: string): SentText[] {
    return this.sent.filter((m) => m.seq > after && (to === undefined || m.to === to));
  }

  /** The next `times` Messages requests fail with `failure` (e.g. 429, 500, 'drop') and send nothing. */
  failNext(failure: SimulatedFailure = 500, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(failure);
  }

  /** Empties the outbox and forgets pending failures. */
  reset(): void {
    this.sent = [];
    this.failures = [];
  }

  readonly handle: LocalExtension = async (req, res, body) => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (req.method === 'GET' && path === OUTBOX_PATH) return this.answerOutbox(req, res);
    const match = MESSAGES_PATH.exec(path);
    if (!match || req.method !== 'POST') return false;
    this.createMessage(req, res, body, match[1]);
    return true;
  };

  private answerOutbox(req: IncomingMessage, res: ServerResponse): true {
    const query = new URL(req.url ?? '/', 'http://local').searchParams;
    // An unencoded "+" in a query string arrives as a space; accept `to=+1555…` typed by hand.
    const to = query.get('to')?.replace(/^ /, '+') || undefined;
    const messages = this.outbox(Number(query.get('after') ?? 0) || 0, to);
    sendJson(res, 200, { messages, cursor: this.lastSeq });
    return true;
  }

  private createMessage(req: IncomingMessage, res: ServerResponse, body: Buffer, pathSid: string): void {
    const failure = this.failures.shift();
    if (failure === 'drop') return void req.socket.destroy();
    if (failure !== undefined) return twilioError(res, failure, failure === 429 ? 20429 : 20500, 'Simulated failure');

    const { accountSid, authToken } = this.account();
    const [user, password] = basicCredentials(req.headers.authorization);
    if (user !== accountSid || password !== authToken) return twilioError(res, 401, 20003, 'Authenticate');
    if (pathSid !== accountSid) return twilioError(res, 404, 20404, `The requested resource ${req.url} was not found`);

    const form = new URLSearchParams(body.toString('utf8'));
    const [to, from, text] = [form.get('To'), form.get('From'), form.get('Body')];
    if (!to) return twilioError(res, 400, 21604, "A 'To' phone number is required.");
    if (!E164.test(to)) return twilioError(res, 400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    if (!from) return twilioError(res, 400, 21603, "A 'From' phone number is required.");
    if (!text) return twilioError(res, 400, 21602, 'Message body is required.');

    const message: SentText = {
      seq: ++this.lastSeq,
      sid: messageSid(),
      to,
      from,
      dateCreated: new Date().toISOString(),
      ...withSegments(text),
    };
    this.sent.push(message);
    sendJson(res, 201, twilioMessageResource(message, accountSid));
  }
}

/** The JSON Twilio answers `messages.create` with (a queued outbound-api message). */
function twilioMessageResource(message: SentText, accountSid: string): Record<string, unknown> {
  const date = new Date(message.dateCreated).toUTCString().replace('GMT', '+0000');
  const uri = `/${API_VERSION}/Accounts/${accountSid}/Messages/${message.sid}`;
  return {
    account_sid: accountSid,
    api_version: API_VERSION,
    body: message.body,
    date_created: date,
    date_sent: null,
    date_updated: date,
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: message.from,
    messaging_service_sid: null,
    num_media: '0',
    num_segments: String(message.segments),
    price: null,
    price_unit: 'USD',
    sid: message.sid,
    status: 'queued',
    subresource_uris: { media: `${uri}/Media.json` },
    to: message.to,
    uri: `${uri}.json`,
  };
}

function basicCredentials(authorization: string | undefined): [string?, string?] {
  const encoded = /^Basic\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!encoded) return [];
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? [] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

/** Twilio's error body: `{ code, message, more_info, status }`. */
function twilioError(res: ServerResponse, status: number, code: number, message: string): void {
  sendJson(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The stack's one fake Twilio: `npm start` and startTestStack() serve it, tests assert on it. */
export const fakeTwilio = new FakeTwilio();
