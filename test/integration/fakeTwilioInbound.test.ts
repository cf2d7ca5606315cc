import { startTestStack, type TestStack } from '../helpers/localStack';
import { deliverInboundText } from '../../src/local/fakeTwilio';
import { LOCAL_DEFAULTS } from '../../src/config';

const account = { accountSid: LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID, authToken: LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN };

describe('Phone simulator relay and terminal client against the real POST /sms', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  it("relays the page's text as a signed webhook that /sms accepts, and returns the replies with segments", async () => {
    const response = await fetch(`${stack.baseUrl}/phone/api/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: '+15555550151', body: 'hi' }),
    });
    expect(response.status).toBe(200);
    const { sent, replies } = await response.json();
    expect(sent).toEqual({ body: 'hi', segments: 1, encoding: 'GSM-7' });
    expect(replies[0].body).toMatch(/Msg & data rates may apply/);
    for (const reply of replies) {
      expect(reply.segments).toBeGreaterThanOrEqual(1);
      expect(reply.segments).toBeLessThanOrEqual(3);
    }
  });

  it("is accepted with the local token (the terminal client's default) and refused (403) when forged", async () => {
    const text = { from: '+15555550152', to: '+15555550100', body: 'hi' };
    const signed = await deliverInboundText(`${stack.baseUrl}/sms`, text, account);
    expect(signed.status).toBe(200);
    expect(signed.replies.length).toBeGreaterThan(0);
    const forged = await deliverInboundText(`${stack.baseUrl}/sms`, text, { ...account, authToken: 'not-the-token' });
    expect(forged.status).toBe(403);
    expect(forged.replies).toEqual([]);
  });
});
