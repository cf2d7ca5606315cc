import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The staff console's files (web/staff), served by functions/staffConsole.ts. */

const JS = 'text/javascript; charset=utf-8';
const HTML = { file: 'web/staff/index.html', type: 'text/html; charset=utf-8' };

/** Every file the console may load, by URL path; nothing outside this list is ever read. */
const FILES: Record<string, { file: string; type: string }> = {
  '/staff': HTML,
  '/staff/staff.css': { file: 'web/staff/staff.css', type: 'text/css; charset=utf-8' },
  ...Object.fromEntries(
    ['dom', 'auth', 'charts', 'queue', 'referral', 'console'].map((name) => [`/staff/${name}.js`, { file: `web/staff/${name}.js`, type: JS }]),
  ),
};

/** A referral's own address (the link in staff notifications) opens the console on it. */
const REFERRAL_PAGE = /^\/staff\/referrals\/[^/]+$/;

export function consoleFile(path: string): { file: string; type: string } | undefined {
  return REFERRAL_PAGE.test(path) ? HTML : Object.hasOwn(FILES, path) ? FILES[path] : undefined;
}

export interface LoadedFile {
  body: string;
  etag: string;
}

const loaded = new Map<string, LoadedFile>();

/** Read once per warm Lambda, from `root` (the folder that holds web/staff). */
export function loadFile(root: string, file: string): LoadedFile {
  let entry = loaded.get(file);
  if (!entry) {
    const body = readFileSync(join(root, file), 'utf8');
    entry = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    loaded.set(file, entry);
  }
  return entry;
}

export interface CognitoSignIn {
  /** https://<domain>.auth.<region>.amazoncognito.com (or a custom domain). */
  domain: string;
  clientId: string;
}

/**
 * How staff sign in: with the Cognito Hosted UI (authorization code + PKCE) when the user pool's
 * domain and app client are configured (deployed), else with the shared staff token (local).
 */
export function consoleConfig(env: NodeJS.ProcessEnv = process.env): { auth: 'token' } | { auth: 'cognito'; cognito: CognitoSignIn } {
  const host = env.STAFF_COGNITO_DOMAIN?.trim()
    .replace(/^https:\/\//, '')
    .replace(/\/+$/, '');
  const clientId = env.STAFF_COGNITO_CLIENT_ID?.trim();
  if (!host || !clientId) return { auth: 'token' };
  // Both end up in the page's policy and URLs: accept only what a host name and a client id can be.
  if (!/^[a-z0-9.-]+$/i.test(host) || !/^[a-z0-9]+$/i.test(clientId))
    throw new Error('[consoleConfig]: STAFF_COGNITO_DOMAIN or STAFF_COGNITO_CLIENT_ID is malformed');
  return { auth: 'cognito', cognito: { domain: `https://${host}`, clientId } };
}

/**
 * The console renders everything with textContent and loads only its own files: no inline
 * script or style, no framing, and the only other origin it talks to is the Cognito domain.
 */
export function consolePolicy(config: ReturnType<typeof consoleConfig>): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${config.auth === 'cognito' ? ` ${config.cognito.domain}` : ''}`,
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
