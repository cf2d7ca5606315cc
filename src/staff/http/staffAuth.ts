import type { MiddlewareObj } from '@middy/core';
import { safeEqual } from '../../config/safeEqual';
import { HttpError } from '../../http/errors';
import { header, type HttpEvent, type HttpResult } from '../../http/types';

/** Who is calling a staff route, and which queues they may see (`*` = all). */
export interface StaffIdentity {
  /** JWT `sub`, or `staff-token` for the shared local token. Recorded in referral history. */
  id: string;
  email?: string;
  queues: '*' | string[];
  via: 'jwt' | 'token';
}

export interface WithStaff {
  staff: StaffIdentity;
}

export interface StaffAuthOptions {
  /** The shared staff token (STAFF_TOKEN); used when API Gateway did not verify a JWT (local, tests). */
  staffToken: () => Promise<string | undefined>;
  /** Cognito groups that see every queue. */
  adminGroups?: string[];
}

const DEFAULT_ADMIN_GROUPS = ['admin', 'staff-admin'];

/**
 * Staff authentication for every staff route (this list, and the console's routes to come).
 *
 * Deployed, API Gateway's JWT authorizer (Cognito) has already verified the token and the
 * handler trusts its claims (`requestContext.authorizer.jwt.claims`): the user is `sub`, queue
 * membership comes from `custom:queues` ("county-kern,county-fresno") and/or Cognito groups
 * (`queue-<id>`; `admin` / `staff-admin` for all queues). Without verified claims (local stack,
 * tests) the request needs `Authorization: Bearer <STAFF_TOKEN>`, compared in constant time,
 * which grants all queues. Anything else is 401.
 */
export function staffAuth(options: StaffAuthOptions): MiddlewareObj<HttpEvent & Partial<WithStaff>, HttpResult> {
  const adminGroups = options.adminGroups ?? DEFAULT_ADMIN_GROUPS;
  return {
    before: async (request) => {
      const { event } = request;
      const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } }).authorizer?.jwt?.claims;
      if (claims && typeof claims.sub === 'string') {
        event.staff = identityFromClaims(claims, adminGroups);
        return;
      }
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header(event, 'authorization') ?? '');
      const expected = await options.staffToken();
      if (!match || !expected || !safeEqual(match[1], expected)) throw new HttpError(401, 'Unauthorized: a valid staff token is required');
      event.staff = { id: 'staff-token', queues: '*', via: 'token' };
    },
    // Runs after the error mapper (middy calls onError last-registered first): a 401 names the scheme.
    onError: async (request) => {
      if (request.response?.statusCode === 401) request.response.headers = { ...request.response.headers, 'www-authenticate': 'Bearer' };
    },
  };
}

/** Whether this staff member may see a queue. */
export function canSeeQueue(staff: StaffIdentity, queueId: string): boolean {
  return staff.queues === '*' || staff.queues.includes(queueId);
}

/**
 * API Gateway HTTP APIs flatten list claims to strings ("[admin queue-kern]"); Cognito sends
 * custom attributes as strings. Both, and real arrays, are read here.
 */
function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  const trimmed = value.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    try {
      const parsed = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      return trimmed
        .slice(1, -1)
        .split(/[\s,]+/)
        .filter(Boolean);
    }
  }
  return trimmed.split(/[\s,]+/).filter(Boolean);
}

export function identityFromClaims(claims: Record<string, unknown>, adminGroups: string[] = DEFAULT_ADMIN_GROUPS): StaffIdentity {
  const groups = list(claims['cognito:groups']);
  const fromGroups = groups.filter((g) => /^queue[-:]/.test(g)).map((g) => g.replace(/^queue[-:]/, ''));
  const fromAttribute = list(claims['custom:queues']);
  const all = groups.some((g) => adminGroups.includes(g)) || fromAttribute.includes('*');
  return {
    id: String(claims.sub),
    email: typeof claims.email === 'string' ? claims.email : undefined,
    queues: all ? '*' : [...new Set([...fromGroups, ...fromAttribute])],
    via: 'jwt',
  };
}
