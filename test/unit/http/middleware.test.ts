import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { HttpError } from '../../../src/http/errors';
import { formBody, httpHandler, jsonBody, jsonResponse, type WithBody } from '../../../src/http/middleware';
import { queryParams, type WithQuery } from '../../../src/http/queryParams';
import { header, rawBody, type HttpEvent, type HttpResult } from '../../../src/http/types';
import { logger } from '../../../src/observability/logger';

/** An API Gateway v2 event as the deployed API and the local host hand it over (header names lowercased). */
function event(fields: { body?: string; headers?: Record<string, string>; query?: string; isBase64Encoded?: boolean } = {}): HttpEvent {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/api/test',
    rawQueryString: fields.query ?? '',
    headers: fields.headers ?? {},
    body: fields.body,
    isBase64Encoded: fields.isBase64Encoded ?? false,
    requestContext: {} as HttpEvent['requestContext'],
  };
}
const context = {} as Context;
const json = { 'content-type': 'application/json' };

/** A handler that throws what it is given: what a caller sees of each kind of failure. */
const failing = (error: unknown) =>
  httpHandler().handler(async () => {
    throw error;
  });

/** Log lines written while `run` runs, to stdout or stderr (the logger is silent under jest unless asked). */
async function logLinesOf(run: () => Promise<unknown>): Promise<string> {
  const lines: string[] = [];
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write);
  for (const stream of streams) stream.write = ((chunk: string | Uint8Array) => (lines.push(String(chunk)), true)) as typeof stream.write;
  logger.setLogLevel('INFO');
  try {
    await run();
  } finally {
    logger.setLogLevel('SILENT');
    streams.forEach((stream, i) => (stream.write = writes[i]));
  }
  return lines.join('');
}

describe('Middleware: httpErrors (what a caller sees when a request fails)', () => {
  it('answers an HttpError with its status and message, as plain text', async () => {
    const result = await failing(new HttpError(404, 'No such referral'))(event(), context);
    expect(result).toEqual({ statusCode: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'No such referral' });
  });

  it('answers a 4xx that botbuilder throws (it carries statusCode) with that status', async () => {
    const authError = Object.assign(new Error('Unauthorized. Invalid AppId passed on token'), { statusCode: 401 });
    expect(await failing(authError)(event(), context)).toMatchObject({ statusCode: 401, body: 'Unauthorized. Invalid AppId passed on token' });
  });

  it.each([
    ['a crash', new TypeError("Cannot read properties of undefined (reading 'phone') for +16615550177")],
    ['an HttpError of 500 or more', new HttpError(503, 'Table ccs-prod unavailable for referral of Leo Ruiz')],
    ['an error claiming a 5xx status', Object.assign(new Error('upstream said 502 for 2095550100'), { statusCode: 502 })],
    ['a thrown string', 'raw payload: dob 03/25/2015'],
  ])('answers %s with a generic 500 that shows nothing of the error or the input', async (_, error) => {
    const result = await failing(error)(event({ body: '{"phone":"+16615550177"}', headers: json }), context);
    expect(result).toEqual({ statusCode: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Internal error' });
  });

  it('logs a crash and a refusal with the numbers and dates in their messages masked (no patient data in logs, error paths included)', async () => {
    const crash = await logLinesOf(() => failing(new Error('no referral for +1 661 555 0177, dob 03/25/2015'))(event(), context));
    expect(JSON.parse(crash)).toMatchObject({
      level: 'ERROR',
      message: 'request failed',
      path: '/api/test',
      error: { message: 'no referral for [number], dob [date]' },
    });
    const refusal = await logLinesOf(() => failing(new HttpError(400, 'Invalid request: phone 2095550100 is not a mobile'))(event(), context));
    expect(JSON.parse(refusal)).toMatchObject({
      level: 'WARN',
      message: 'request refused',
      status: 400,
      reason: 'Invalid request: phone [number] is not a mobile',
    });
  });
});

describe('Middleware: jsonBody', () => {
  const schema = z.object({ code: z.string().regex(/^CCS-[A-Z0-9]{6}$/), note: z.string().max(10).optional() });
  const echo = httpHandler<HttpEvent & WithBody<z.infer<typeof schema>>>(jsonBody(schema)).handler(async (e) => jsonResponse(200, e.parsedBody));

  it('hands the handler the validated body', async () => {
    const result = await echo(event({ body: '{"code":"CCS-7K3F9Q","extra":1}', headers: { 'content-type': 'application/json; charset=utf-8' } }), context);
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(String(result.body))).toEqual({ code: 'CCS-7K3F9Q' });
  });

  it('reads a body API Gateway base64-encoded', async () => {
    const body = Buffer.from('{"code":"CCS-7K3F9Q"}').toString('base64');
    expect((await echo(event({ body, isBase64Encoded: true, headers: json }), context)).statusCode).toBe(200);
  });

  it.each([
    ['no content type', {}],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['text', { 'content-type': 'text/plain' }],
  ])('refuses %s with 415 saying what it needs', async (_, headers) => {
    expect(await echo(event({ body: '{"code":"CCS-7K3F9Q"}', headers }), context)).toMatchObject({
      statusCode: 415,
      body: 'Content-Type must be application/json',
    });
  });

  it.each(['{"code":', '', 'null-ish', '<xml/>'])('refuses a body that is not JSON (%j) with 400', async (body) => {
    expect(await echo(event({ body, headers: json }), context)).toMatchObject({ statusCode: 400, body: 'Invalid request: body is not valid JSON' });
  });

  it('refuses JSON that breaks the schema with 400 naming each bad field', async () => {
    const result = await echo(event({ body: '{"code":"7K3F9Q","note":"far too long a note"}', headers: json }), context);
    expect(result.statusCode).toBe(400);
    expect(result.body).toMatch(/^Invalid request: /);
    expect(result.body).toMatch(/\bcode\b/);
    expect(result.body).toMatch(/\bnote\b/);
  });

  it('refuses a JSON value that is not an object with 400 about the body, not a 500', async () => {
    expect(await echo(event({ body: '[1,2]', headers: json }), context)).toMatchObject({
      statusCode: 400,
      body: expect.stringMatching(/^Invalid request: body /),
    });
  });
});

describe('Middleware: formBody (Twilio posts forms)', () => {
  const schema = z.object({ From: z.string().min(1), Body: z.string() });
  const echo = httpHandler<HttpEvent & WithBody<z.infer<typeof schema>>>(formBody(schema)).handler(async (e) => jsonResponse(200, e.parsedBody));
  const form = { 'content-type': 'application/x-www-form-urlencoded' };

  it('decodes the form for the handler', async () => {
    const result = await echo(event({ body: 'From=%2B16615550177&Body=What+is+CCS%3F', headers: form }), context);
    expect(JSON.parse(String(result.body))).toEqual({ From: '+16615550177', Body: 'What is CCS?' });
  });

  it('refuses JSON with 415 and a form missing a field with 400 naming it', async () => {
    expect((await echo(event({ body: '{}', headers: json }), context)).statusCode).toBe(415);
    expect(await echo(event({ body: 'Body=hi', headers: form }), context)).toMatchObject({
      statusCode: 400,
      body: expect.stringMatching(/^Invalid request: From /),
    });
  });
});

describe('Middleware: queryParams', () => {
  const schema = z.object({
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  });
  const echo = httpHandler<HttpEvent & WithQuery<z.infer<typeof schema>>>(queryParams(schema)).handler(async (e) => jsonResponse(200, e.query));

  it('hands the handler the validated, typed parameters (defaults filled)', async () => {
    expect(JSON.parse(String((await echo(event({ query: 'month=2026-11' }), context)).body))).toEqual({ month: '2026-11', limit: 50 });
    expect(JSON.parse(String((await echo(event({ query: 'limit=7' }), context)).body))).toEqual({ limit: 7 });
  });

  it('refuses a bad parameter with 400 naming it', async () => {
    const result: HttpResult = await echo(event({ query: 'month=2026-13&limit=500' }), context);
    expect(result.statusCode).toBe(400);
    expect(result.body).toMatch(/^Invalid query: month .*; limit /);
  });
});

describe('Functions: header / rawBody', () => {
  it('finds a header whatever the case the caller asks for it in', () => {
    const e = event({ headers: { 'x-twilio-signature': 'abc=' } });
    expect(header(e, 'X-Twilio-Signature')).toBe('abc=');
    expect(header(e, 'x-twilio-signature')).toBe('abc=');
    expect(header(event(), 'Content-Type')).toBeUndefined();
  });

  it('reads a missing body as empty and decodes a base64 body as UTF-8', () => {
    expect(rawBody(event())).toBe('');
    expect(rawBody(event({ body: Buffer.from('¿Qué es CCS?').toString('base64'), isBase64Encoded: true }))).toBe('¿Qué es CCS?');
  });
});
