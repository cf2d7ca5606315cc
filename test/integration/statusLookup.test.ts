import { startTestStack, type TestStack } from '../helpers/localStack';
import { kernParentReferral, sendSms } from '../helpers/twilio';
import { visibleText, webConversation } from '../helpers/botframework';
import { DynamoRateLimiter, LOOKUPS_PER_CONTACT } from '../../src/family/rateLimiter';

const NOT_FOUND = /^I can't show a referral for that code and date of birth/;

describe('Status lookups on DynamoDB Local: the same neutral answer, counted per phone, chat and code', () => {
  let stack: TestStack;
  let code: string;
  const parent = '+16615550190';
  beforeAll(async () => {
    stack = await startTestStack();
    let confirmation = '';
    for (const Body of kernParentReferral()) confirmation = (await sendSms(stack.baseUrl, { From: parent, Body })).messages.join('\n');
    code = /CCS-[A-Z0-9]{6}/.exec(confirmation)![0];
  });
  afterAll(() => stack.close());

  /** A provider's lookup in a web chat: the code, then the date of birth; returns the answer. */
  async function lookUp(chat: ReturnType<typeof webConversation>, lookupCode: string, dateOfBirth: string): Promise<string> {
    await chat.say('Look up a referral by code');
    await chat.say(lookupCode);
    return visibleText((await chat.say(dateOfBirth)).activities);
  }

  it('shows a referral to a provider with its code and the date of birth; a wrong pair and a missing code read the same', async () => {
    const chat = webConversation(stack.baseUrl);
    expect(await lookUp(chat, code, '03/25/2015')).toMatch(new RegExp(`^Here is that referral:\\s+${code} \\(Juan\\): We sent your referral to the office`));
    const wrongDate = await lookUp(chat, code, '03/26/2015');
    expect(wrongDate).toMatch(NOT_FOUND);
    expect(await lookUp(chat, 'CCS-ZZZZZZ', '03/25/2015')).toBe(wrongDate);
  });

  it('after 10 lookups in an hour, a chat gets the neutral answer even for the right pair; another chat still gets it', async () => {
    const chat = webConversation(stack.baseUrl);
    for (let i = 0; i < LOOKUPS_PER_CONTACT.max; i++) await lookUp(chat, 'CCS-ZZZZZZ', '01/01/2015');
    expect(await lookUp(chat, code, '03/25/2015')).toMatch(NOT_FOUND);
    expect(await lookUp(webConversation(stack.baseUrl), code, '03/25/2015')).toMatch(/^Here is that referral/);
  });

  it('limits "status" to 10 an hour per phone', async () => {
    const replies: string[] = [];
    for (let i = 0; i <= LOOKUPS_PER_CONTACT.max; i++) replies.push((await sendSms(stack.baseUrl, { From: parent, Body: 'status' })).messages.join('\n'));
    expect(replies.slice(0, -1).every((r) => r.includes(code))).toBe(true);
    expect(replies.at(-1)).toMatch(/You've checked many times in the last hour/);
  });

  it('counts a re-run of the same inbound message once (one conditional UpdateItem per use)', async () => {
    const limiter = new DynamoRateLimiter(stack.runtime.dynamo.documentClient, stack.tableName);
    const limit = { name: 'test', max: 2, windowSeconds: 3600 };
    const now = new Date();
    const taken = [];
    for (const use of ['a', 'a', 'a', 'b', 'b', 'c']) taken.push(await limiter.take(limit, 'subject', use, now));
    expect(taken).toEqual([true, true, true, true, true, false]);
    expect(await limiter.take(limit, 'subject', 'c', new Date(now.getTime() + 3600_000))).toBe(true);
  });

  it('checks a limit without counting when asked (same single call): a right answer spends no tries', async () => {
    const limiter = new DynamoRateLimiter(stack.runtime.dynamo.documentClient, stack.tableName);
    const limit = { name: 'test-peek', max: 1, windowSeconds: 3600 };
    const now = new Date();
    expect(await limiter.take(limit, 'subject', 'right-1', now, { count: false })).toBe(true);
    expect(await limiter.take(limit, 'subject', 'right-2', now, { count: false })).toBe(true);
    expect(await limiter.take(limit, 'subject', 'wrong-1', now)).toBe(true);
    expect(await limiter.take(limit, 'subject', 'right-3', now, { count: false })).toBe(false);
  });
});
