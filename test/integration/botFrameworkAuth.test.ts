import { createHmac, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { visibleText, webActivity } from '../helpers/botframework';

/**
 * Bot Framework authentication with real JWTs signed here. Microsoft's key discovery (the OpenID
 * configuration and JWKS botbuilder fetches with node-fetch) is served from this process, with
 * this test's RSA key, so botbuilder's own validation runs unchanged and nothing leaves the machine.
 */
const APP_ID = '3f2b9c1e-8a4d-4e2f-9b6a-1c2d3e4f5a6b';
const ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'https://webchat.botframework.com/';
const KID = 'test-signing-key';
const OPENID_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
const JWKS_URL = 'https://login.botframework.com/v1/.well-known/keys';

const botFrameworkKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const mockKeyDiscovery = {
  [OPENID_URL]: { issuer: ISSUER, jwks_uri: JWKS_URL },
  [JWKS_URL]: { keys: [{ kty: 'RSA', use: 'sig', kid: KID, ...botFrameworkKey.publicKey.export({ format: 'jwk' }), endorsements: ['webchat'] }] },
};

jest.mock('node-fetch', () => {
  const fakeFetch = async (url: string) => {
    const body = (mockKeyDiscovery as Record<string, unknown>)[url];
    if (!body) throw new Error(`test: no network access (${url})`);
    return { ok: true, status: 200, json: async () => body };
  };
  return { __esModule: true, default: fakeFetch };
});

const b64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

function claims(overrides: Record<string, unknown> = {}) {
  return { iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now() - 60, exp: now() + 3600, ...overrides };
}

function rs256(payload: object, key: KeyObject = botFrameworkKey.privateKey, kid = KID): string {
  const input = `${b64url({ alg: 'RS256', typ: 'JWT', kid })}.${b64url(payload)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** "Algorithm confusion": HS256 keyed with the public key, which anyone can download. */
function hs256WithPublicKey(payload: object): string {
  const input = `${b64url({ alg: 'HS256', typ: 'JWT', kid: KID })}.${b64url(payload)}`;
  const secret = botFrameworkKey.publicKey.export({ format: 'pem', type: 'spki' });
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

describe('POST /api/messages with Bot Framework auth on: real JWTs', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'Qx8~vN2.kLp7RtY5_wZ3mB9cD4fG6hJ1sA0e' });
  });
  afterAll(async () => {
    await stack.close();
    process.env.MICROSOFT_APP_ID = '';
    process.env.MICROSOFT_APP_PASSWORD = '';
  });

  async function post(token: string | undefined, activity: Record<string, unknown> = {}) {
    const response = await fetch(`${stack.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(webActivity(randomUUID(), { type: 'message', text: 'Kern County CCS fax number', serviceUrl: SERVICE_URL, ...activity })),
    });
    const text = await response.text();
    return { status: response.status, text };
  }

  it('answers a token Bot Framework signed (the control: the refusals below are not vacuous)', async () => {
    const { status, text } = await post(rs256(claims()));
    expect(status).toBe(200);
    expect(visibleText(JSON.parse(text).activities)).toMatch(/661\D{0,3}868\D?0268/);
  });

  it.each([
    ['no token', () => undefined],
    ['a bad signature (signed by another key under the same key id)', () => rs256(claims(), otherKey.privateKey)],
    ['a signature cut short', () => rs256(claims()).slice(0, -4)],
    ['HS256 keyed with the public key ("alg confusion")', () => hs256WithPublicKey(claims())],
    ['"alg": "none"', () => `${b64url({ alg: 'none', typ: 'JWT', kid: KID })}.${b64url(claims())}.`],
    ['a future nbf', () => rs256(claims({ nbf: now() + 3600 }))],
    ['an expired token', () => rs256(claims({ exp: now() - 3600, nbf: now() - 7200 }))],
    ["another bot's audience", () => rs256(claims({ aud: randomUUID() }))],
    ['another issuer', () => rs256(claims({ iss: 'https://evil.example' }))],
    ['an unknown key id', () => rs256(claims(), botFrameworkKey.privateKey, 'unknown-kid')],
    ['a serviceUrl other than the one signed', () => rs256(claims({ serviceurl: 'https://europe.webchat.botframework.com/' }))],
    ['not a JWT at all', () => 'not.a.jwt'],
  ])('refuses %s with 401, and runs no turn', async (_name, token) => {
    const { status, text } = await post(token());
    expect(status).toBe(401);
    // The office's number, not its area code alone: the refusal may echo a random app id ("...-6613-...").
    expect(text).not.toMatch(/661\D{0,3}868\D?0268/);
  });
});
