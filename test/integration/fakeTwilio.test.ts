import { startTestStack, type TestStack } from '../helpers/localStack';
import { fakeTwilio } from '../../src/local/fakeTwilio';
import { smsChannel } from '../../src/app/smsRuntime';
import { TwilioRestSender, TwilioSendError } from '../../src/channels/sms/twilioRest';
import { LOCAL_DEFAULTS } from '../../src/config';

const SID = LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID;

describe('Fake Twilio REST API (local stand-in for api.twilio.com)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());
  afterEach(() => fakeTwilio.reset());

  const sender = () => new TwilioRestSender(stack.runtime.config);
  const create = (form: Record<string, string>, auth = `${SID}:${LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN}`, sid: string = SID) =>
    fetch(`${stack.baseUrl}/twilio/2010-04-01/Accounts/${sid}/Messages.json`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(auth).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  const outbox = async (query: string) => (await fetch(`${stack.baseUrl}/twilio/outbox?${query}`)).json();

  it("accepts the product's own sender and keeps the text in the outbox", async () => {
    const result = await sender().send('+15555550131', 'Your CCS referral was received.');
    const sid = 'sid' in result ? result.sid : undefined;
    expect(sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(fakeTwilio.messagesTo('+15555550131')).toEqual([
      expect.objectContaining({ sid, to: '+15555550131', from: '+15555550100', body: 'Your CCS referral was received.', segments: 1, encoding: 'GSM-7' }),
    ]);
  });

  it('delivers a proactive message from the SMS adapter (a staff reply) to the number', async () => {
    await smsChannel(stack.runtime).adapter.continueConversation(
      { channelId: 'sms', serviceUrl: 'sms', conversation: { id: '+15555550132', isGroup: false, name: '', conversationType: 'sms' } },
      async (context) => {
        await context.sendActivity('A care coordinator will call you tomorrow.');
      },
    );
    expect(fakeTwilio.messagesTo('+15555550132').map((m) => m.body)).toEqual(['A care coordinator will call you tomorrow.']);
  });

  it("answers 201 with Twilio's message resource", async () => {
    const response = await create({ To: '+15555550133', From: '+15555550100', Body: 'hi' });
    expect(response.status).toBe(201);
    const json = await response.json();
    expect(json).toMatchObject({
      account_sid: SID,
      api_version: '2010-04-01',
      sid: expect.stringMatching(/^SM[0-9a-f]{32}$/),
      status: 'queued',
      direction: 'outbound-api',
      to: '+15555550133',
      from: '+15555550100',
      body: 'hi',
      num_segments: '1',
      error_code: null,
    });
    expect(json.date_created).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
    expect(json.uri).toBe(`/2010-04-01/Accounts/${SID}/Messages/${json.sid}.json`);
  });

  it('refuses wrong or missing credentials with 401 and another account with 404, sending nothing', async () => {
    const wrong = await create({ To: '+15555550134', From: '+15555550100', Body: 'hi' }, `${SID}:not-the-token`);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 20003, status: 401 });
    const none = await fetch(`${stack.baseUrl}/twilio/2010-04-01/Accounts/${SID}/Messages.json`, { method: 'POST', body: 'To=%2B15555550134' });
    expect(none.status).toBe(401);
    const other = await create({ To: '+15555550134', From: '+15555550100', Body: 'hi' }, undefined, `AC${'1'.repeat(32)}`);
    expect(other.status).toBe(404);
    expect(fakeTwilio.messagesTo('+15555550134')).toEqual([]);
  });

  it("answers 400 with Twilio's error codes when To, From or Body is missing, or To is not a phone number", async () => {
    const codes = async (form: Record<string, string>) => {
      const response = await create(form);
      return [response.status, (await response.json()).code];
    };
    expect(await codes({ From: '+15555550100', Body: 'hi' })).toEqual([400, 21604]);
    expect(await codes({ To: '+15555550135', Body: 'hi' })).toEqual([400, 21603]);
    expect(await codes({ To: '+15555550135', From: '+15555550100', Body: '' })).toEqual([400, 21602]);
    // What an unencoded "+" in a form becomes: a space.
    expect(await codes({ To: ' 15555550135', From: '+15555550100', Body: 'hi' })).toEqual([400, 21211]);
  });

  it('serves the outbox per number and after a cursor, for the phone page to poll', async () => {
    await sender().send('+15555550136', 'one');
    await sender().send('+15555550137', 'other phone');
    const first = await outbox('to=%2B15555550136');
    expect(first.messages.map((m: { body: string }) => m.body)).toEqual(['one']);
    await sender().send('+15555550136', 'two');
    const next = await outbox(`to=%2B15555550136&after=${first.cursor}`);
    expect(next.messages.map((m: { body: string }) => m.body)).toEqual(['two']);
    // A "+" typed unencoded in the query arrives as a space; it still means the number.
    expect((await outbox('to=+15555550137')).messages).toHaveLength(1);
    expect((await outbox(`after=${next.cursor}`)).messages).toEqual([]);
  });

  it('simulates rate limiting: 429 is a retryable failure that sent nothing', async () => {
    fakeTwilio.failNext(429);
    const error = await sender()
      .send('+15555550138', 'hi')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwilioSendError);
    expect((error as TwilioSendError).retryable).toBe(true);
    expect(fakeTwilio.messagesTo('+15555550138')).toEqual([]);
    await sender().send('+15555550138', 'hi');
    expect(fakeTwilio.messagesTo('+15555550138')).toHaveLength(1);
  });

  it('simulates server errors for the next N requests, then recovers', async () => {
    fakeTwilio.failNext(500, 2);
    for (let i = 0; i < 2; i++) {
      const error = await sender()
        .send('+15555550139', 'hi')
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'TwilioSendError', retryable: false, message: 'Twilio API answered 500' });
    }
    await expect(sender().send('+15555550139', 'hi')).resolves.toMatchObject({ sid: expect.stringMatching(/^SM/) });
  });

  it('simulates a dropped connection (outcome unknown, so not retryable)', async () => {
    fakeTwilio.failNext('drop');
    const error = await sender()
      .send('+15555550140', 'hi')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TwilioSendError', retryable: false, message: 'Twilio API unreachable' });
    expect(fakeTwilio.messagesTo('+15555550140')).toEqual([]);
  });
});
