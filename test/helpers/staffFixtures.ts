import { randomInt, randomUUID } from 'node:crypto';
import type { HttpEvent } from '../../src/http/types';
import type { NewReferral } from '../../src/referrals/model';

export const KERN = { id: 'county-kern', name: 'Kern County CCS office' };
export const FRESNO = { id: 'county-fresno', name: 'Fresno County CCS office' };
export const ILLINOIS = { id: 'illinois-team', name: 'Illinois programs team' };
export const STAFF_TOKEN = 'local-staff-token';

const used = new Set<string>();
/** A fresh 661 number per call, so each referral has its own transcript and opt-out state. */
export function testPhone(): string {
  let phone: string;
  do phone = `+1661555${randomInt(1000, 10000)}`;
  while (used.has(phone));
  used.add(phone);
  return phone;
}

/** A texted referral for a Kern child, with every field the intake collects; override what a test needs. */
export function newReferral(overrides: Partial<NewReferral> = {}): NewReferral {
  const phone = overrides.phone ?? testPhone();
  return {
    kind: 'referral',
    sourceKey: randomUUID(),
    queue: KERN,
    region: 'CA',
    county: 'Kern',
    channel: 'sms',
    contact: { channel: 'sms', key: phone },
    language: 'en',
    preferredLanguage: 'en',
    updatesOptIn: true,
    phone,
    referrer: { role: 'parent', name: 'Rosa Diaz' },
    child: { firstName: 'Mia', lastName: 'Diaz', dateOfBirth: '2019-05-06' },
    condition: 'asthma',
    mediCal: 'full',
    openToCcs: 'no',
    firstContactDue: '2026-01-09',
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

/** The same referral made in a web chat: its contact is the chat's conversation (no phone), where staff messages are left. */
export function webChatReferral(conversationId: string): Partial<NewReferral> {
  return {
    channel: 'web',
    contact: {
      channel: 'web',
      key: conversationId,
      conversationReference: { conversation: { id: conversationId } as never, serviceUrl: 'https://webchat.local' },
    },
    phone: undefined,
  };
}

/** The staff API over HTTP with the local staff token (or another, or none). */
export function staffClient(baseUrl: string, token: string | null = STAFF_TOKEN) {
  const headers = (json: boolean): Record<string, string> => ({
    ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    ...(json ? { 'content-type': 'application/json' } : {}),
  });
  return {
    get: (path: string) => fetch(`${baseUrl}${path}`, { headers: headers(false) }),
    post: (path: string, body: unknown = {}) => fetch(`${baseUrl}${path}`, { method: 'POST', headers: headers(true), body: JSON.stringify(body) }),
  };
}

/**
 * The API Gateway HTTP API event AWS delivers once the Cognito JWT authorizer has verified the
 * token (deployed mode): the handler reads the claims, not a header.
 */
export function jwtEvent(
  claims: Record<string, string>,
  request: { routeKey: string; path: string; pathParameters?: Record<string, string>; query?: string; body?: unknown },
): HttpEvent {
  const [method] = request.routeKey.split(' ');
  return {
    version: '2.0',
    routeKey: request.routeKey,
    rawPath: request.path,
    rawQueryString: request.query ?? '',
    headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
    pathParameters: request.pathParameters,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    isBase64Encoded: false,
    requestContext: {
      accountId: '1',
      apiId: 'api',
      domainName: 'api.example.org',
      domainPrefix: 'api',
      http: { method, path: request.path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: randomUUID(),
      routeKey: request.routeKey,
      stage: '$default',
      time: '',
      timeEpoch: 0,
      authorizer: { jwt: { claims, scopes: [] } },
    } as HttpEvent['requestContext'],
  };
}
