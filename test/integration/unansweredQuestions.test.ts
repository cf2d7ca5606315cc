import { startTestStack, type TestStack } from '../helpers/localStack';
import { sendSms } from '../helpers/twilio';
import { webConversation } from '../helpers/botframework';
import { scrubQuestion } from '../../src/analytics/unansweredQuestions';

describe('Unanswered questions (content gaps for staff) against DynamoDB Local', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  const list = (headers: Record<string, string> = { authorization: 'Bearer local-staff-token' }, query = '') =>
    fetch(`${stack.baseUrl}/staff/api/unanswered${query}`, { headers });

  it('keeps what the bot could not answer, without numbers, and shows it to staff only', async () => {
    const sms = await sendSms(stack.baseUrl, { From: '+15555550161', Body: 'the quick brown fox, my number is 661-555-0199' });
    expect(sms.messages.join('\n')).toMatch(/not sure I understood/);
    await webConversation(stack.baseUrl).say('purple monkey dishwasher');
    await webConversation(stack.baseUrl).say('What is CCS?');

    expect((await list({})).status).toBe(401);
    const response = await list();
    expect(response.status).toBe(200);
    const { questions } = (await response.json()) as { questions: { text: string; channel: string; lang: string }[] };
    const texts = questions.map((q) => q.text);
    expect(texts).toContain('purple monkey dishwasher');
    expect(texts).toContain('the quick brown fox, my number is [number]');
    expect(JSON.stringify(questions)).not.toMatch(/661|0199/);
    expect(texts.some((t) => /What is CCS/.test(t))).toBe(false);
  });

  it('refuses a malformed month with 400', async () => {
    expect((await list(undefined, '?month=2026-13')).status).toBe(400);
  });
});

describe('Function: scrubQuestion', () => {
  it('masks phone numbers, dates, emails, SSNs and stray digits, and keeps 200 characters', () => {
    const scrubbed = scrubQuestion('born 03/04/2015, ssn 123-45-6789, mom@example.org, (209) 555-0100, case 12345 ' + 'x'.repeat(300));
    expect(scrubbed).not.toMatch(/\d/);
    expect(scrubbed).not.toContain('mom@example.org');
    expect(scrubbed.length).toBe(200);
  });
});
