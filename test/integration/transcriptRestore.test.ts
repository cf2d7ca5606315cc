import { startTestStack, type TestStack } from '../helpers/localStack';
import { webConversation } from '../helpers/botframework';
import { sendSms } from '../helpers/twilio';
import { RESUME_AFTER_MS } from '../../dialogs/referralIntakeDialog';

interface Line {
  at: string;
  from: string;
  text: string;
  proactive?: boolean;
}

describe('Never lose your place, on DynamoDB Local', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  const transcript = async (query: string) => {
    const response = await fetch(`${stack.baseUrl}/api/transcript?${query}`);
    return { status: response.status, headers: response.headers, body: response.ok ? ((await response.json()) as { lines: Line[] }) : await response.text() };
  };

  it('GET /api/transcript gives a web chat its lines in order, or only those after a given time', async () => {
    const chat = webConversation(stack.baseUrl);
    await chat.join();
    await chat.say('Make a referral');
    await chat.say('Parent or guardian');

    const all = await transcript(`conversationId=${chat.conversationId}`);
    expect(all.status).toBe(200);
    expect(all.headers.get('cache-control')).toBe('no-store');
    const { lines } = all.body as { lines: Line[] };
    expect(lines.slice(0, 2).map((l) => l.from)).toEqual(['bot', 'bot']);
    expect(lines.filter((l) => l.from === 'user')).toEqual([
      { at: expect.any(String), from: 'user', text: 'Make a referral' },
      { at: expect.any(String), from: 'user', text: 'Parent or guardian' },
    ]);
    expect(lines.at(-1)?.text).toMatch(/What is your name\?/);

    const lastTurn = lines.findIndex((l) => l.text === 'Parent or guardian');
    const newer = await transcript(`conversationId=${chat.conversationId}&after=${encodeURIComponent(lines[lastTurn - 1].at)}`);
    expect((newer.body as { lines: Line[] }).lines).toEqual(lines.slice(lastTurn));
  });

  it("refuses what is not a chat page's conversation id (400), and never serves a phone's texts", async () => {
    const phone = '+16615550180';
    await sendSms(stack.baseUrl, { From: phone, Body: 'What is CCS?' });
    for (const query of [
      '',
      'conversationId=short',
      `conversationId=${encodeURIComponent(phone)}`,
      'conversationId=a-long-enough-conversation-id&after=yesterday',
      'conversationId=a-long-enough-conversation-id&extra=1',
    ]) {
      expect((await transcript(query)).status).toBe(400);
    }
    expect((await transcript('conversationId=nobody-has-this-conversation-id')).body).toEqual({ lines: [] });
  });

  it('a parent who texts again days later mid-intake is offered to continue or start over, and continues', async () => {
    const parent = '+16615550181';
    for (const Body of ['Make a referral', '1', 'Maria Lopez', 'Juan Perez']) await sendSms(stack.baseUrl, { From: parent, Body });
    const { services } = stack.runtime.referrals;
    const realNow = services.now;
    services.now = () => new Date(Date.now() + RESUME_AFTER_MS + 3 * 24 * 3600_000);
    try {
      const offer = await sendSms(stack.baseUrl, { From: parent, Body: 'hi' });
      expect(offer.messages.join('\n')).toMatch(
        /Welcome back! You were in the middle of a CCS referral[\s\S]*Reply 1 for Continue\nReply 2 for Start a new referral/,
      );
      const continued = await sendSms(stack.baseUrl, { From: parent, Body: '1' });
      expect(continued.messages.join('\n')).toMatch(/What is Juan's date of birth/);
      const next = await sendSms(stack.baseUrl, { From: parent, Body: '3/25/2015' });
      expect(next.messages.join('\n')).toMatch(/Which California county/);
    } finally {
      services.now = realNow;
    }
  });
});
