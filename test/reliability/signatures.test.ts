import fc from 'fast-check';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { DYNAMO_WRITES, useReliabilityStack } from '../helpers/faults';
import { messageSid, parseTwiml } from '../helpers/twilio';
import { apiGatewayEvent, invokeSms, signedSmsEvent, smsForm, SMS_URL } from '../../bench/lib/lambda';
import { LOCAL_DEFAULTS } from '../../src/config';
import { signedUrl, twilioSignature } from '../../src/channels/sms/twilioSignature';
import { httpHandler } from '../../src/http/middleware';
import { localContext } from '../../src/local/apiGatewayEvent';
import { stateKey } from '../../src/storage/keys';

/**
 * Forged and replayed Twilio signatures. A signature covers the URL and every parameter, so a
 * captured one is refused on any other request (403, nothing written). Twilio signatures carry
 * no timestamp, so an exact replay cannot be told from a Twilio retry by the signature: the
 * retry guard on MessageSid answers it with the first answer and runs nothing again.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

const counts = { inputsTried: 0, faultsInjected: 0, turnsChecked: 0, recordsLost: 0 };
const suite = useReliabilityStack(counts);

async function stateETag(phone: string): Promise<string | undefined> {
  const { Item } = await suite.stack.runtime.dynamo.documentClient.send(
    new GetCommand({ TableName: suite.stack.tableName, Key: stateKey(suite.stack.runtime.keyHash, `sms/conversations/${phone}/`), ConsistentRead: true }),
  );
  return Item?.eTag;
}

function postWith(form: Record<string, string>, signature: string, path = '/sms') {
  return apiGatewayEvent(
    {
      method: 'POST',
      path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      body: new URLSearchParams(form).toString(),
    },
    'POST /sms',
  );
}

describe('replayed Twilio webhooks', () => {
  it('an exact replay gets the first answer and changes nothing (sequential and concurrent)', async () => {
    const phone = '+15559990001';
    const script = ['hi', '2', 'Kern', 'What is CCS?', 'menu', 'Español', 'menu'];
    for (const [i, text] of script.entries()) {
      const event = signedSmsEvent(smsForm(phone, text));
      const first = await invokeSms(event);
      expect(first.statusCode).toBe(200);
      const eTag = await stateETag(phone);
      suite.recorder.reset();
      // Replayed after the fact, and (every other time) twice at once.
      const replays = i % 2 ? await Promise.all([invokeSms(event), invokeSms(event)]) : [await invokeSms(event)];
      for (const replay of replays) {
        expect(replay.statusCode).toBe(200);
        expect(replay.body).toBe(first.body);
      }
      // The bot did not run again: no state read, no state write.
      expect(suite.recorder.calls.filter((c) => c.pk?.startsWith('STATE#'))).toEqual([]);
      expect(await stateETag(phone)).toBe(eTag);
      counts.inputsTried += 1 + replays.length;
      counts.turnsChecked += 1 + replays.length;
    }
  });

  it('two deliveries of one message at the same moment run one turn: one answer, one silent', async () => {
    for (let i = 0; i < 5; i++) {
      const phone = `+155599901${String(10 + i)}`;
      await invokeSms(signedSmsEvent(smsForm(phone, 'hi')));
      await invokeSms(signedSmsEvent(smsForm(phone, '2')));
      const event = signedSmsEvent(smsForm(phone, 'Kern'));
      const results = await Promise.all([invokeSms(event), invokeSms(event)]);
      const answers = results.map((r) => parseTwiml(r.body ?? '').join('\n'));
      // Either both carry the one answer (the second replayed it) or one is empty TwiML (still in progress).
      expect(answers.filter((a) => /661\D{0,3}321\D?3000/.test(a)).length).toBeGreaterThanOrEqual(1);
      expect(results.every((r) => r.statusCode === 200)).toBe(true);
      // One county answer was given, so the conversation is back at the top, not answering "Kern" twice.
      const next = parseTwiml((await invokeSms(signedSmsEvent(smsForm(phone, 'menu')))).body ?? '').join('\n');
      expect(next).toMatch(/How can I help/);
      counts.inputsTried += 2;
      counts.turnsChecked += 3;
    }
  });
});

describe('forged Twilio signatures', () => {
  const form = fc.record({
    MessageSid: fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => `SM${Buffer.from(b).toString('hex')}`),
    AccountSid: fc.constant(LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID),
    From: fc.integer({ min: 2_000_000_000, max: 9_999_999_999 }).map((n) => `+1${n}`),
    To: fc.constant('+15555550100'),
    Body: fc.string({ maxLength: 160 }),
  });
  /** Ways to reuse a genuine signature on a request it was not made for. */
  const tamper = fc.oneof(
    fc
      .record({ field: fc.constantFrom('Body', 'From', 'To', 'MessageSid', 'AccountSid'), value: fc.string({ maxLength: 40 }) })
      .map((t) => ({ kind: 'change' as const, ...t })),
    fc.record({ field: fc.string({ minLength: 1, maxLength: 12 }), value: fc.string({ maxLength: 20 }) }).map((t) => ({ kind: 'add' as const, ...t })),
    fc.constantFrom('Body', 'From', 'MessageSid').map((field) => ({ kind: 'remove' as const, field, value: '' })),
    fc.constantFrom('/sms?x=1', '/SMS', '/sms/').map((path) => ({ kind: 'path' as const, field: path, value: '' })),
    fc
      .constantFrom('not-the-token', '', LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN.toUpperCase(), `${LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN} `)
      .map((token) => ({ kind: 'token' as const, field: token, value: '' })),
    fc.constantFrom('truncate', 'flip', 'lowercase', 'empty-ish').map((how) => ({ kind: 'mangle' as const, field: how, value: '' })),
  );

  it(`refuses a genuine signature reused on any other request, and any forged one: 403, nothing written (${RUNS} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(form, tamper, async (original, t) => {
        const genuine = getExpectedTwilioSignature(LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN, SMS_URL, original);
        let sent: Record<string, string> = { ...original };
        let signature = genuine;
        let path = '/sms';
        switch (t.kind) {
          case 'change':
            fc.pre(sent[t.field] !== t.value);
            sent[t.field] = t.value;
            break;
          case 'add':
            fc.pre(!(t.field in sent) && !['__proto__', 'constructor', 'prototype'].includes(t.field));
            sent = { ...sent, [t.field]: t.value };
            break;
          case 'remove':
            delete sent[t.field];
            break;
          case 'path':
            path = t.field;
            break;
          case 'token':
            signature = getExpectedTwilioSignature(t.field, SMS_URL, original);
            break;
          case 'mangle':
            signature =
              t.field === 'truncate'
                ? genuine.slice(0, -2)
                : t.field === 'flip'
                  ? `${genuine[0] === 'A' ? 'B' : 'A'}${genuine.slice(1)}`
                  : t.field === 'lowercase'
                    ? genuine.toLowerCase()
                    : '=';
            fc.pre(signature !== genuine);
            break;
        }
        suite.recorder.reset();
        counts.inputsTried++;
        const result = await invokeSms(postWith(sent, signature, path));
        const writes = suite.recorder.calls.filter((c) => DYNAMO_WRITES.test(c.command));
        counts.recordsLost += result.statusCode === 403 || writes.length === 0 ? 0 : 1;
        expect(result.statusCode).toBe(403);
        expect(writes).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('the untampered control is accepted (the property above is not vacuous)', async () => {
    const original = { MessageSid: messageSid(), AccountSid: LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID, From: '+15559990100', To: '+15555550100', Body: 'hi' };
    const result = await invokeSms(postWith(original, getExpectedTwilioSignature(LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN, SMS_URL, original)));
    expect(result.statusCode).toBe(200);
    counts.inputsTried++;
    counts.turnsChecked++;
  });
});

/**
 * twilio-node's own signature test vectors (spec/validation.spec.js and
 * spec/unit/webhooks/webhooks.spec.js, twilio-node 6.x), each sent through POST /sms's signature
 * check as a request: the URL Twilio called split into the configured public origin (or, locally,
 * the request's Host and X-Forwarded-Proto), path and query; the parameters as a form body, a
 * repeated name sent once per value. Each must be accepted or refused exactly as Twilio's
 * validateRequest / validateRequestWithBody decide.
 */
describe("twilio-node's signature vectors through the webhook's signature check", () => {
  const TOKEN = '12345';
  const REQUEST_URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const DEFAULT_PARAMS = { CallSid: 'CA1234567890ABCDE', Caller: '+14158675309', Digits: '1234', From: '+14158675309', To: '+18005551212' };
  const DEFAULT_SIGNATURE = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';
  const JSON_BODY = '{"property": "value", "boolean": true}';
  const BODY_HASH = '0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620';
  const EMPTY_BODY_HASH = '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';

  type Params = Record<string, string | string[]>;
  interface Vector {
    name: string;
    url: string;
    signature: string | undefined;
    /** Form parameters, or a raw body for bodySHA256 URLs. */
    params?: Params;
    body?: string;
    token?: string;
    valid: boolean;
  }

  const vectors: Vector[] = [
    { name: 'the correct signature', url: REQUEST_URL, signature: DEFAULT_SIGNATURE, params: DEFAULT_PARAMS, valid: true },
    { name: 'the wrong signature', url: REQUEST_URL, signature: 'WRONG_SIGNATURE', params: DEFAULT_PARAMS, valid: false },
    { name: 'no signature', url: REQUEST_URL, signature: undefined, params: DEFAULT_PARAMS, valid: false },
    {
      name: 'https with a port, signed without it',
      url: 'https://mycompany.com:1234/myapp.php?foo=1&bar=2',
      signature: DEFAULT_SIGNATURE,
      params: DEFAULT_PARAMS,
      valid: true,
    },
    {
      name: 'http with a port',
      url: 'http://mycompany.com:1234/myapp.php?foo=1&bar=2',
      signature: 'Zmvh+3yNM1Phv2jhDCwEM3q5ebU=',
      params: DEFAULT_PARAMS,
      valid: true,
    },
    { name: 'https signed with the standard port 443', url: REQUEST_URL, signature: 'kvajT1Ptam85bY51eRf/AJRuM3w=', params: DEFAULT_PARAMS, valid: true },
    {
      name: 'http signed with the standard port 80',
      url: 'http://mycompany.com/myapp.php?foo=1&bar=2',
      signature: '0ZXoZLH/DfblKGATFgpif+LLRf4=',
      params: DEFAULT_PARAMS,
      valid: true,
    },
    {
      name: 'a URL with credentials',
      url: 'https://user:pass@mycompany.com/myapp.php?foo=1&bar=2',
      signature: 'CukzLTc1tT5dXEDIHm/tKBanW10=',
      params: DEFAULT_PARAMS,
      valid: true,
    },
    {
      name: 'a URL with just a username',
      url: 'https://user@mycompany.com/myapp.php?foo=1&bar=2',
      signature: '2YRLlVAflCqxaNicjMpJcSTgzSs=',
      params: DEFAULT_PARAMS,
      valid: true,
    },
    {
      name: 'a URL with credentials, signed with port 443',
      url: 'https://user:pass@mycompany.com/myapp.php?foo=1&bar=2',
      signature: 'ZQFR1PTIZXF2MXB8ZnKCvnnA+rI=',
      params: DEFAULT_PARAMS,
      valid: true,
    },
    {
      name: 'special characters in the query',
      url: `${REQUEST_URL}&Body=It's+amazing`,
      signature: 'TfZzewPq8wqrGlMfyAud8+/IvJ0=',
      params: DEFAULT_PARAMS,
      valid: true,
    },
    {
      name: 'an array parameter',
      url: REQUEST_URL,
      signature: '83O6e2vORAoJHUNzJjDWN1jz+BA=',
      params: { 'MessagingBinding.Address': ['+1325xxxxxxx', '+1415xxxxxxx'] },
      valid: true,
    },
    {
      name: 'an array parameter, values in another order',
      url: REQUEST_URL,
      signature: '83O6e2vORAoJHUNzJjDWN1jz+BA=',
      params: { 'MessagingBinding.Address': ['+1415xxxxxxx', '+1325xxxxxxx'] },
      valid: true,
    },
    {
      name: 'several parameters, one repeated with a duplicate value',
      url: REQUEST_URL,
      signature: 'IK+Dwps556ElfBT0I3Rgjkr1wJU=',
      params: { Sid: 'CA123', SidAccount: 'AC123', Digits: ['5678', '1234', '1234'] },
      valid: true,
    },
    {
      name: 'a parameter Twilio did not send',
      url: `${REQUEST_URL}&somethingUnexpected=true`,
      signature: DEFAULT_SIGNATURE,
      params: DEFAULT_PARAMS,
      valid: false,
    },
    {
      name: 'a body signed through bodySHA256',
      url: `${REQUEST_URL}&bodySHA256=${BODY_HASH}`,
      signature: 'a9nBmqA0ju/hNViExpshrM61xv4=',
      body: JSON_BODY,
      valid: true,
    },
    {
      name: 'an empty body signed through bodySHA256',
      url: `${REQUEST_URL}&bodySHA256=${EMPTY_BODY_HASH}`,
      signature: 'Ldidvp12m26NI7eqEvxnEpkd9Hc=',
      body: '{}',
      valid: true,
    },
    {
      name: 'a body with bodySHA256 the only parameter',
      url: `https://mycompany.com/myapp.php?bodySHA256=${BODY_HASH}`,
      signature: 'y77kIzt2vzLz71DgmJGsen2scGs=',
      body: JSON_BODY,
      valid: true,
    },
    {
      name: 'a body whose bodySHA256 was cut short',
      url: `${REQUEST_URL}&bodySHA256=${BODY_HASH.slice(0, -1)}`,
      signature: 'a9nBmqA0ju/hNViExpshrM61xv4=',
      body: JSON_BODY,
      valid: false,
    },
    { name: 'a body without a bodySHA256 parameter', url: REQUEST_URL, signature: DEFAULT_SIGNATURE, body: JSON_BODY, valid: false },
  ];

  /** webhooks.spec.js: a signature made by Twilio for one URL, presented on another. */
  const SPEC_TOKEN = 's3cr3t';
  const pairs: [string, string, boolean][] = [
    ['https://example.com/path?test=param', 'https://example.com/path?test=param2', false],
    ['https://example.com:443/path?test=param', 'https://example.com:443/path?test=param', true],
    ['https://example.com:443/path?test=param', 'https://example.com/path?test=param', true],
    ['https://example.com/path?test=param', 'https://example.com/path?test=param', true],
    ['https://example.com/path?test=param', 'https://example.com:443/path?test=param', true],
    ["https://example.com/path?test=param'WithQuote", "https://example.com/path?test=param'WithQuote", true],
    ["https://example.com/path?test=param'WithQuote", 'https://example.com/path?test=param%27WithQuote', true],
    ['https://example.com/path?test=param%27WithQuote', "https://example.com/path?test=param'WithQuote", true],
    ['https://example.com/path?test=param%27WithQuote', 'https://example.com/path?test=param%27WithQuote', true],
  ];
  for (const [signedFor, requested, valid] of pairs) {
    vectors.push({
      name: `signed for ${signedFor}, requested as ${requested}`,
      url: requested,
      signature: getExpectedTwilioSignature(SPEC_TOKEN, signedFor, {}),
      params: {},
      token: SPEC_TOKEN,
      valid,
    });
  }

  function formBodyOf(params: Params): string {
    return new URLSearchParams(Object.entries(params).flatMap(([name, value]) => [value].flat().map((v) => [name, v]))).toString();
  }

  /** The webhook request for a vector: `publicBaseUrl` as deployed, or (`local`) the origin in Host and X-Forwarded-Proto. */
  function request(vector: Vector, mode: 'deployed' | 'local') {
    const [, origin, rawPath, rawQueryString = ''] = /^(https?:\/\/[^/]+)(\/[^?]*)(?:\?(.*))?$/.exec(vector.url)!;
    const [proto, authority] = origin.split('://');
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      host: mode === 'local' ? authority : 'abc123.execute-api.us-west-2.amazonaws.com',
      'x-forwarded-proto': mode === 'local' ? proto : 'https',
    };
    if (vector.signature !== undefined) headers['x-twilio-signature'] = vector.signature;
    const event = {
      ...apiGatewayEvent({ method: 'POST', path: '/sms', headers, body: vector.body ?? formBodyOf(vector.params ?? {}) }, 'POST /sms'),
      rawPath,
      rawQueryString,
    };
    const check = httpHandler(
      twilioSignature({ authToken: async () => vector.token ?? TOKEN, publicBaseUrl: async () => (mode === 'deployed' ? origin : undefined) }),
    );
    return check.handler(async () => ({ statusCode: 200 }))(event, localContext('sms'));
  }

  it.each(vectors.map((v) => [v.name, v] as const))('deployed (PUBLIC_BASE_URL): %s', async (_name, vector) => {
    counts.inputsTried++;
    expect((await request(vector, 'deployed')).statusCode).toBe(vector.valid ? 200 : 403);
  });

  // Locally the origin comes from the request itself; a URL with credentials cannot be a Host header.
  it.each(vectors.filter((v) => !v.url.includes('@')).map((v) => [v.name, v] as const))('local (Host header): %s', async (_name, vector) => {
    counts.inputsTried++;
    expect((await request(vector, 'local')).statusCode).toBe(vector.valid ? 200 : 403);
  });
});

describe('the URL a webhook is checked against', () => {
  const form = () => smsForm('+15559990200', 'hi');
  const post = (headers: Record<string, string>, body: Record<string, string>) =>
    apiGatewayEvent(
      {
        method: 'POST',
        path: '/sms',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(body).toString(),
      },
      'POST /sms',
    );

  it.each([
    ['x-forwarded-proto', 'https, http'],
    ['x-forwarded-proto', 'https http'],
    ['x-forwarded-proto', 'ftp'],
    ['x-forwarded-host', 'bench.local, evil.example'],
    ['x-forwarded-host', 'bench.local evil.example'],
    ['host', 'bench.local,evil.example'],
    ['host', ''],
  ])('refuses a %s of "%s" with 403, not 500', async (name, value) => {
    const sent = form();
    const result = await invokeSms(
      post({ [name]: value, 'x-twilio-signature': getExpectedTwilioSignature(LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN, SMS_URL, sent) }, sent),
    );
    counts.inputsTried++;
    expect(result.statusCode).toBe(403);
  });

  it('with a public URL configured, checks against it alone: X-Forwarded-Host and Host change nothing', () => {
    const event = post({ host: 'internal.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' }, form());
    expect(signedUrl(event, 'https://sms.example.org/')).toBe('https://sms.example.org/sms');
  });

  it('counts a repeated parameter (several MediaUrl) in the signature as Twilio does, so dropping one is refused', async () => {
    const sent = { ...form(), NumMedia: '2' };
    const media = ['https://api.twilio.com/m/1', 'https://api.twilio.com/m/2'];
    const body = `${new URLSearchParams(sent)}&${media.map((m) => `MediaUrl=${encodeURIComponent(m)}`).join('&')}`;
    const signature = getExpectedTwilioSignature(LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN, SMS_URL, { ...sent, MediaUrl: media });
    const event = (text: string) =>
      apiGatewayEvent(
        { method: 'POST', path: '/sms', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: text },
        'POST /sms',
      );
    expect((await invokeSms(event(body))).statusCode).toBe(200);
    expect((await invokeSms(event(body.replace(/&MediaUrl=[^&]*$/, '')))).statusCode).toBe(403);
    counts.inputsTried += 2;
  });
});
