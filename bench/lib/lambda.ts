import { webActivity as webTestActivity } from '../../test/helpers/botframework';
import type { IncomingMessage } from 'node:http';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { LOCAL_DEFAULTS } from '../../src/config';
import { localContext, toApiGatewayEvent } from '../../src/local/apiGatewayEvent';
import type { HttpEvent, HttpHandler, HttpResult } from '../../src/http/types';
import { handler as smsHandler } from '../../functions/sms';
import { handler as messagesHandler } from '../../functions/messages';
import { messageSid, parseTwiml } from '../../test/helpers/twilio';

/**
 * Calls the deployed Lambda handlers in-process with the API Gateway v2 events AWS would send
 * (built by the local host's own src/local/apiGatewayEvent.ts), so handler time is measured
 * without HTTP and fuzzed bodies reach the handler byte for byte.
 */

/** The Host the events claim; SMS signatures are made over http://<HOST>/sms (no PUBLIC_BASE_URL locally). */
export const HOST = 'bench.local';
export const SMS_URL = `http://${HOST}/sms`;

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

/** The v2 event for a request, exactly as the local host builds it from a real socket. */
export function apiGatewayEvent(request: RawRequest, routeKey: string): HttpEvent {
  const headers: Record<string, string> = { host: HOST, ...Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])) };
  const req = { url: request.path, method: request.method, headers, httpVersion: '1.1', socket: { remoteAddress: '127.0.0.1' } };
  const body = request.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
  return toApiGatewayEvent(req as unknown as IncomingMessage, body, routeKey);
}

export function invokeSms(event: HttpEvent): Promise<HttpResult> {
  return (smsHandler as HttpHandler)(event, localContext('sms'));
}

export function invokeMessages(event: HttpEvent): Promise<HttpResult> {
  return (messagesHandler as HttpHandler)(event, localContext('messages'));
}

/** A signed Twilio webhook form for one text (the fields Twilio always sends). */
export function smsForm(from: string, body: string, sid = messageSid()): Record<string, string> {
  return { MessageSid: sid, AccountSid: LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID, From: from, To: '+15555550100', Body: body };
}

export function signedSmsEvent(form: Record<string, string>, authToken: string = LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN): HttpEvent {
  return apiGatewayEvent(
    {
      method: 'POST',
      path: '/sms',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': getExpectedTwilioSignature(authToken, SMS_URL, form) },
      body: new URLSearchParams(form).toString(),
    },
    'POST /sms',
  );
}

/** One text through the SMS handler in-process; `messages` are the TwiML <Message> bodies. */
export async function smsTurn(from: string, body: string, sid?: string): Promise<{ result: HttpResult; messages: string[] }> {
  const result = await invokeSms(signedSmsEvent(smsForm(from, body, sid)));
  return { result, messages: result.statusCode === 200 ? parseTwiml(result.body ?? '') : [] };
}

/** A user's web chat message (the tests' activity shape, so bench and tests send the same thing). */
export function webActivity(conversationId: string, text: string): Record<string, unknown> {
  return webTestActivity(conversationId, { type: 'message', text });
}

export function messagesEvent(activity: unknown): HttpEvent {
  return apiGatewayEvent(
    { method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) },
    'POST /api/messages',
  );
}

/** One web chat message through the messages handler in-process (expectReplies); the reply texts and card titles/texts. */
export async function webTurn(conversationId: string, text: string): Promise<{ result: HttpResult; texts: string[] }> {
  const result = await invokeMessages(messagesEvent(webActivity(conversationId, text)));
  const activities: { text?: string; attachments?: { content?: { title?: string; text?: string } }[] }[] =
    result.statusCode === 200 && result.body ? (JSON.parse(result.body).activities ?? []) : [];
  const texts = activities
    .flatMap((a) => [a.text ?? '', ...(a.attachments ?? []).flatMap((att) => [att.content?.title ?? '', att.content?.text ?? ''])])
    .filter(Boolean);
  return { result, texts };
}
