import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** A bot's app id and the Bot Framework channel service's issuer and Web Chat service URL, for tokens signed in tests. */
export const APP_ID = '3f2b9c1e-8a4d-4e2f-9b6a-1c2d3e4f5a6b';
export const ISSUER = 'https://api.botframework.com';
export const SERVICE_URL = 'https://webchat.botframework.com/';
const KID = 'test-signing-key';

/** The key "Bot Framework" signs with (published by `botFrameworkKeys`), and another one, for forgeries. */
export const botFrameworkKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 });

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A channel-to-bot token for APP_ID and SERVICE_URL, valid now, signed with `key`. */
export function rs256(key: KeyObject): string {
  const now = Math.floor(Date.now() / 1000);
  const input = `${b64url({ alg: 'RS256', typ: 'JWT', kid: KID })}.${b64url({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 3600 })}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** The JWKS Bot Framework's key discovery serves: botFrameworkKey, endorsed for Web Chat. */
export function botFrameworkKeys(): { keys: Record<string, unknown>[] } {
  return { keys: [{ kty: 'RSA', use: 'sig', kid: KID, ...botFrameworkKey.publicKey.export({ format: 'jwk' }), endorsements: ['webchat'] }] };
}
