import fc from 'fast-check';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { DYNAMO_WRITES, useReliabilityStack } from '../helpers/faults';
import { messageSid, parseTwiml } from '../helpers/twilio';
import { apiGatewayEvent, invokeSms, signedSmsEvent, smsForm, SMS_URL } from '../../bench/lib/lambda';
import { LOCAL_DEFAULTS } from '../../src/config';

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
    new GetCommand({ TableName: suite.stack.tableName, Key: { pk: `STATE#sms/conversations/${phone}/`, sk: 'STATE' }, ConsistentRead: true }),
  );
  return Item?.eTag;
}

function postWith(form: Record<string, string>, signature: string, path = '/sms') {
  return apiGatewayEvent(
    { method: 'POST', path, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: new URLSearchParams(form).toString() },
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
    fc.record({ field: fc.constantFrom('Body', 'From', 'To', 'MessageSid', 'AccountSid'), value: fc.string({ maxLength: 40 }) }).map((t) => ({ kind: 'change' as const, ...t })),
    fc.record({ field: fc.string({ minLength: 1, maxLength: 12 }), value: fc.string({ maxLength: 20 }) }).map((t) => ({ kind: 'add' as const, ...t })),
    fc.constantFrom('Body', 'From', 'MessageSid').map((field) => ({ kind: 'remove' as const, field, value: '' })),
    fc.constantFrom('/sms?x=1', '/SMS', '/sms/').map((path) => ({ kind: 'path' as const, field: path, value: '' })),
    fc.constantFrom('not-the-token', '', LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN.toUpperCase(), `${LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN} `).map((token) => ({ kind: 'token' as const, field: token, value: '' })),
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
              t.field === 'truncate' ? genuine.slice(0, -2) : t.field === 'flip' ? `${genuine[0] === 'A' ? 'B' : 'A'}${genuine.slice(1)}` : t.field === 'lowercase' ? genuine.toLowerCase() : '=';
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
