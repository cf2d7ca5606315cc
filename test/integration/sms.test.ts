import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { messageSid, sendSms } from '../helpers/twilio';

describe('POST /sms (Twilio webhook) against DynamoDB Local', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  const items = async () => (await stack.runtime.dynamo.documentClient.send(new ScanCommand({ TableName: stack.tableName }))).Items ?? [];

  it('answers a signed text with TwiML: the first-contact notice, then the answer', async () => {
    const reply = await sendSms(stack.baseUrl, { From: '+15555550111', Body: 'hi' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>/);
    expect(reply.messages[0]).toMatch(/Msg & data rates may apply/);
    expect(reply.messages[0]).toMatch(/STOP/);
    expect(reply.messages.join('\n')).toMatch(/Reply 1 for/);
  });

  it('sends the first-contact notice only once per number', async () => {
    const reply = await sendSms(stack.baseUrl, { From: '+15555550111', Body: 'hello' });
    expect(reply.messages.join('\n')).not.toMatch(/rates may apply/);
  });

  it('maps a texted number to the choice it was offered', async () => {
    const from = '+15555550112';
    await sendSms(stack.baseUrl, { From: from, Body: 'hola' });
    const reply = await sendSms(stack.baseUrl, { From: from, Body: '2' });
    expect(reply.messages.join('\n')).toMatch(/condado|ciudad|código postal/i);
  });

  it('refuses a forged signature with 403 and stores nothing', async () => {
    const before = (await items()).length;
    const forged = await sendSms(stack.baseUrl, { From: '+15555550113', Body: 'hi' }, { authToken: 'not-the-token' });
    const missing = await sendSms(stack.baseUrl, { From: '+15555550113', Body: 'hi' }, { signature: null });
    expect(forged.status).toBe(403);
    expect(missing.status).toBe(403);
    expect((await items()).length).toBe(before);
  });

  it('refuses a signature made for other parameters (tampered body)', async () => {
    const url = `${stack.baseUrl}/sms`;
    const signed = { MessageSid: messageSid(), From: '+15555550114', To: '+15555550100', Body: 'hi' };
    const signature = getExpectedTwilioSignature('local-twilio-auth-token', url, signed);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      body: new URLSearchParams({ ...signed, Body: 'something else' }).toString(),
    });
    expect(response.status).toBe(403);
  });

  it('answers a correctly signed but malformed body with 400', async () => {
    const bad = await sendSms(stack.baseUrl, { From: 'not-a-phone', Body: 'hi' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/From/);
    const badSid = await sendSms(stack.baseUrl, { From: '+15555550115', Body: 'hi', MessageSid: 'nope' });
    expect(badSid.status).toBe(400);
  });

  it('runs a Twilio retry of the same MessageSid only once, replaying the first answer', async () => {
    const from = '+15555550116';
    const sid = messageSid();
    await sendSms(stack.baseUrl, { From: from, Body: 'hi' });
    const first = await sendSms(stack.baseUrl, { From: from, Body: '2', MessageSid: sid });
    expect(first.messages.join('\n')).toMatch(/Which county/);
    // Had the retry run as a new turn, "2" would be an answer to the county question and get a different reply.
    const retry = await sendSms(stack.baseUrl, { From: from, Body: '2', MessageSid: sid });
    expect(retry.status).toBe(200);
    expect(retry.body).toBe(first.body);
    const next = await sendSms(stack.baseUrl, { From: from, Body: 'Kern' });
    expect(next.messages.join('\n')).toMatch(/661\D{0,3}321\D?3000/);
  });

  it('signs against PUBLIC_BASE_URL when set (API Gateway / proxy URL), not the Host header', async () => {
    const publicStack = await startTestStack({ PUBLIC_BASE_URL: 'https://sms.example.org' });
    try {
      const form = { MessageSid: messageSid(), From: '+15555550117', To: '+15555550100', Body: 'hi' };
      const post = (signature: string) =>
        fetch(`${publicStack.baseUrl}/sms`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
          body: new URLSearchParams(form).toString(),
        });
      const local = await post(getExpectedTwilioSignature('local-twilio-auth-token', `${publicStack.baseUrl}/sms`, form));
      expect(local.status).toBe(403);
      const publicUrl = await post(getExpectedTwilioSignature('local-twilio-auth-token', 'https://sms.example.org/sms', form));
      expect(publicUrl.status).toBe(200);
    } finally {
      await publicStack.close();
      process.env.PUBLIC_BASE_URL = '';
    }
  });
});
