import type { MiddlewareObj } from '@middy/core';
import { validateRequest, validateRequestWithBody } from 'twilio/lib/webhooks/webhooks';
import { HttpError } from '../../http/errors';
import { header, rawBody, type HttpEvent, type HttpResult } from '../../http/types';

export interface TwilioSignatureOptions {
  authToken: () => Promise<string>;
  /** Public origin Twilio was given (e.g. https://api.example.org); always set on a deployed stage (src/config). */
  publicBaseUrl: () => Promise<string | undefined>;
}

/** One host[:port]: a name or an IPv6 literal. A comma (a proxy chain) or a space is not one. */
const AUTHORITY = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The URL Twilio signed. With a public origin configured (always, deployed) that origin plus the
 * path, and nothing a request says about itself: behind API Gateway the Host the function sees is
 * not the one Twilio called (Twilio error 57012), and X-Forwarded-Host is whatever the caller wrote.
 * Locally, without one, the request's own Host and X-Forwarded-Proto; anything that is not one
 * plain origin is refused (403) rather than guessed at.
 */
export function signedUrl(event: HttpEvent, publicBaseUrl: string | undefined): string {
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  return `${publicBaseUrl?.replace(/\/+$/, '') ?? requestOrigin(event)}${event.rawPath}${query}`;
}

function requestOrigin(event: HttpEvent): string {
  const proto = header(event, 'x-forwarded-proto') ?? 'https';
  const host = header(event, 'x-forwarded-host') ?? header(event, 'host') ?? '';
  if ((proto !== 'http' && proto !== 'https') || !AUTHORITY.test(host))
    throw new HttpError(403, 'Invalid X-Twilio-Signature: the request URL is not one plain origin');
  return `${proto}://${host}`;
}

/**
 * The form's parameters as Twilio signs them: a name sent several times (several MediaUrl, say)
 * is one list, not its last value. A Map first, so a parameter named `__proto__` stays a parameter.
 */
export function signedParams(form: string): Record<string, string | string[]> {
  const byName = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(form)) byName.set(name, [...(byName.get(name) ?? []), value]);
  return Object.fromEntries([...byName].map(([name, values]) => [name, values.length === 1 ? values[0] : values]));
}

/** Twilio's own check (twilio-node's validateIncomingRequest): a `bodySHA256` URL signs the raw body, any other the form. */
function validSignature(authToken: string, signature: string, url: string, body: string): boolean {
  try {
    return url.includes('bodySHA256')
      ? validateRequestWithBody(authToken, signature, url, body)
      : validateRequest(authToken, signature, url, signedParams(body));
  } catch {
    // A URL Twilio's parser cannot read (e.g. a stray character in the path) was not signed by Twilio.
    return false;
  }
}

/** Refuses (403) any webhook whose X-Twilio-Signature is missing or does not match, before anything is parsed or stored. */
export function twilioSignature(options: TwilioSignatureOptions): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    before: async (request) => {
      const { event } = request;
      const signature = header(event, 'x-twilio-signature');
      if (!signature) throw new HttpError(403, 'Missing X-Twilio-Signature');
      const url = signedUrl(event, await options.publicBaseUrl());
      if (!validSignature(await options.authToken(), signature, url, rawBody(event))) throw new HttpError(403, 'Invalid X-Twilio-Signature');
    },
  };
}
