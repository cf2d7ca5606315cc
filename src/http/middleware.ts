import middy, { type MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import * as z from '../zodMini';
import { HttpError } from './errors';
import { header, rawBody, type HttpEvent, type HttpResult } from './types';
import { errorSummary, logger, redact } from '../observability/logger';

/** A parsed, validated body travels on the event under this key. */
export interface WithBody<T> {
  parsedBody: T;
}

/**
 * Wraps an HTTP handler once with the cross-cutting concerns, middy-style: error mapping last
 * so it sees every failure. Handlers stay a few lines: take the validated input, call a service.
 */
// Each middleware adds its own field to the event (parsedBody, query, staff...) while API Gateway
// hands the chain a plain event: the chain's input type is erased here, once, on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function httpHandler<TEvent extends HttpEvent = HttpEvent>(...middlewares: MiddlewareObj<any, HttpResult>[]) {
  return {
    handler: (fn: (event: TEvent, context: Context) => Promise<HttpResult>) => middy<TEvent, HttpResult>(fn).use(middlewares).use(httpErrors()),
  };
}

/** Maps errors to responses: HttpErrors with their status and message; anything else a logged, generic 500. */
export function httpErrors(): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    onError: async (request) => {
      const { error } = request;
      const status = clientErrorStatus(error);
      if (status) {
        logger.warn('request refused', { status, reason: redact((error as Error).message), path: request.event.rawPath });
        request.response = textResponse(status, (error as Error).message);
        return;
      }
      logger.error('request failed', { path: request.event.rawPath, error: errorSummary(error) });
      request.response = textResponse(500, 'Internal error');
    },
  };
}

/** The 4xx status to answer with: our HttpErrors, and botbuilder's auth errors (they carry `statusCode`). */
function clientErrorStatus(error: unknown): number | undefined {
  if (error instanceof HttpError) return error.expose ? error.statusCode : undefined;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

export function textResponse(statusCode: number, body: string): HttpResult {
  return { statusCode, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}

export function jsonResponse(statusCode: number, body: unknown): HttpResult {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

function expectContentType(event: HttpEvent, expected: string): void {
  const type = header(event, 'content-type') ?? '';
  if (!type.toLowerCase().startsWith(expected)) throw new HttpError(415, `Content-Type must be ${expected}`);
}

function invalid(issues: z.core.$ZodIssue[]): HttpError {
  return new HttpError(400, `Invalid request: ${issues.map((i) => `${i.path.join('.') || 'body'} ${i.message}`).join('; ')}`);
}

/** Parses an `application/x-www-form-urlencoded` body and validates it; 415 or 400 otherwise. */
export function formBody<S extends z.core.$ZodType>(schema: S): MiddlewareObj<HttpEvent & Partial<WithBody<z.infer<S>>>, HttpResult> {
  return {
    before: async (request) => {
      expectContentType(request.event, 'application/x-www-form-urlencoded');
      const parsed = z.safeParse(schema, Object.fromEntries(new URLSearchParams(rawBody(request.event))));
      if (!parsed.success) throw invalid(parsed.error.issues);
      request.event.parsedBody = parsed.data;
    },
  };
}

/** Parses a JSON body and validates it; 415 or 400 otherwise. */
export function jsonBody<S extends z.core.$ZodType>(schema: S): MiddlewareObj<HttpEvent & Partial<WithBody<z.infer<S>>>, HttpResult> {
  return {
    before: async (request) => {
      expectContentType(request.event, 'application/json');
      let json: unknown;
      try {
        json = JSON.parse(rawBody(request.event));
      } catch {
        throw new HttpError(400, 'Invalid request: body is not valid JSON');
      }
      const parsed = z.safeParse(schema, json);
      if (!parsed.success) throw invalid(parsed.error.issues);
      request.event.parsedBody = parsed.data;
    },
  };
}
