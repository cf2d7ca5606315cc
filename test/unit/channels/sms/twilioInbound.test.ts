import { validateRequest } from 'twilio/lib/webhooks/webhooks';
import { twilioInboundSchema } from '../../../../src/channels/sms/twilioInbound';
import { toTwiml } from '../../../../src/channels/sms/smsService';
import { signedInboundText, twimlMessages, withSegments } from '../../../../src/local/fakeTwilio';

const account = { accountSid: 'AC00000000000000000000000000000000', authToken: 'local-twilio-auth-token' };
const text = { from: '+15555550123', to: '+15555550100', body: '¿Qué es CCS?' };

describe('Function: signedInboundText (what the phone page and the terminal client send)', () => {
  it('builds the form Twilio posts for a received SMS, valid for the product webhook schema', () => {
    const { form } = signedInboundText(text, account, 'http://localhost:3978/sms');
    expect(form).toMatchObject({ From: text.from, To: text.to, Body: text.body, AccountSid: account.accountSid, NumMedia: '0', SmsStatus: 'received' });
    expect(form.MessageSid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(form.SmsSid).toBe(form.MessageSid);
    expect(twilioInboundSchema.safeParse(form).success).toBe(true);
  });

  it('gives every text a new MessageSid, so the webhook retry guard does not replay an earlier answer', () => {
    const sids = new Set(Array.from({ length: 20 }, () => signedInboundText(text, account, 'http://x/sms').form.MessageSid));
    expect(sids.size).toBe(20);
  });

  it('signs as Twilio does: valid for its URL and token, invalid for another URL, token or body', () => {
    const url = 'http://localhost:3978/sms';
    const { form, signature } = signedInboundText(text, account, url);
    expect(validateRequest(account.authToken, signature, url, form)).toBe(true);
    expect(validateRequest('another-token', signature, url, form)).toBe(false);
    expect(validateRequest(account.authToken, signature, 'https://sms.example.org/sms', form)).toBe(false);
    expect(validateRequest(account.authToken, signature, url, { ...form, Body: 'STOP' })).toBe(false);
  });

  it('counts the segments of the text it delivers', () => {
    expect(signedInboundText({ ...text, body: 'a'.repeat(161) }, account, 'http://x/sms').form.NumSegments).toBe('2');
  });
});

describe('Function: twimlMessages', () => {
  it('reads back exactly the bodies the product put in its TwiML, escaping included', () => {
    const bodies = ['Hi & welcome <3', 'Line one\nline "two"\r\nthree', 'Sí, está bien'];
    expect(twimlMessages(toTwiml(bodies))).toEqual(bodies);
  });

  it('reads <Body> inside <Message>, numeric entities, and nothing from an empty response', () => {
    expect(twimlMessages('<Response><Message to="+1"><Body>a&#233;&#x1F600;</Body></Message></Response>')).toEqual(['aé😀']);
    expect(twimlMessages(toTwiml([]))).toEqual([]);
  });
});

describe('Function: withSegments', () => {
  it('labels a text with its segment count and encoding', () => {
    expect(withSegments('hello')).toEqual({ body: 'hello', segments: 1, encoding: 'GSM-7' });
    expect(withSegments('información'.repeat(7))).toMatchObject({ segments: 2, encoding: 'UCS-2' });
  });
});
