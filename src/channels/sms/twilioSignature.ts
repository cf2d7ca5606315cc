import type { MiddlewareObj } from '@middy/core';
import { validateRequest } from 'twilio/lib/webhooks/webhooks';
import { HttpError } from '../../http/errors';
import { header, rawBody, type HttpEvent, type HttpResult } from '../../http/types';

export interface TwilioSignatureOptions {
  authToken: () => Promise<string>;
  /** Public origin Twilio was given (e.g. https://api.example.org); derived from Host otherwise. */
  publicBaseUrl: () => Promise<string | undefined>;
}

/**
 * The URL Twilio signed: the configured public origin plus the path, because behind API Gateway
 * or a proxy the Host the function sees is often not the one Twilio called (Twilio error 57012).
 */
export function signedUrl(event: HttpEvent, publicBaseUrl: string | undefined): string {
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  const origin =
    publicBaseUrl?.replace(/\/+$/, '') ??
    `${header(event, 'x-forwarded-proto') ?? 'https'}://${header(event, 'x-forwarded-host') ?? header(event, 'host')}`;
  return `${origin}${event.rawPath}${query}`;
}

/** Refuses (403) any webhook whose X-Twilio-Signature is missing or does not match, before anything is parsed or stored. */
export function twilioSignature(options: TwilioSignatureOptions): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    before: async (request) => {
      const { event } = request;
      const signature = header(event, 'x-twilio-signature');
      if (!signature) throw new HttpError(403, 'Missing X-Twilio-Signature');
      const params = Object.fromEntries(new URLSearchParams(rawBody(event)));
      if (!validateRequest(await options.authToken(), signature, signedUrl(event, await options.publicBaseUrl()), params)) {
        throw new HttpError(403, 'Invalid X-Twilio-Signature');
      }
    },
  };
}
