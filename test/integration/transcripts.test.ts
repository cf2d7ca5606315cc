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

  it('keeps both of two appends made in the same millisecond (two turns of one conversation)', async () => {
    const conversation = { channel: 'sms' as const, key: '+15555550152' };
    const at = new Date().toISOString();
    await Promise.all([
      stack.runtime.transcripts.append(conversation, [
        { at, from: 'user', text: 'first text' },
        { at, from: 'bot', text: 'first answer' },
      ]),
      stack.runtime.transcripts.append(conversation, [
        { at, from: 'user', text: 'second text' },
        { at, from: 'bot', text: 'second answer' },
      ]),
    ]);
    const lines = await stack.runtime.transcripts.list(conversation);
    expect(lines.map((l) => l.text).sort()).toEqual(['first answer', 'first text', 'second answer', 'second text']);
    // Each append's own lines stay in order, whichever append sorts first.
    const texts = lines.map((l) => l.text);
    expect(texts.indexOf('first text')).toBeLessThan(texts.indexOf('first answer'));
    expect(texts.indexOf('second text')).toBeLessThan(texts.indexOf('second answer'));
    // Lines "after" that millisecond exclude both appends.
    expect(await stack.runtime.transcripts.list(conversation, 200, at)).toEqual([]);
  });
});
