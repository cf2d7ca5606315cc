import { startTestStack, type TestStack } from '../helpers/localStack';
import { webConversation } from '../helpers/botframework';
import { sendSms } from '../helpers/twilio';

describe('Conversation transcripts in DynamoDB Local', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  it('keeps what a texter sent and the texts they were shown, in order', async () => {
    const from = '+15555550151';
    await sendSms(stack.baseUrl, { From: from, Body: 'What is CCS?' });
    await sendSms(stack.baseUrl, { From: from, Body: 'kern ccs fax' });
    const lines = await stack.runtime.transcripts.list({ channel: 'sms', key: from });
    expect(lines.map((l) => l.from)).toEqual(['user', 'bot', 'bot', 'user', 'bot']);
    expect(lines[0].text).toBe('What is CCS?');
    expect(lines[2].text).toMatch(/21/);
    expect(lines[4].text).toMatch(/661\D{0,3}868\D?0268/);
  });

  it('keeps a web conversation apart from others, and never a Social Security number', async () => {
    const chat = webConversation(stack.baseUrl);
    await chat.say('my ssn is 123-45-6789');
    const lines = await stack.runtime.transcripts.list({ channel: 'web', key: chat.conversationId });
    expect(lines[0]).toMatchObject({ from: 'user', text: 'my ssn is [SSN removed]' });
    expect(JSON.stringify(lines)).not.toContain('6789');
    expect(await stack.runtime.transcripts.list({ channel: 'web', key: 'another-conversation' })).toEqual([]);
  });
});
