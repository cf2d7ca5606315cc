import { startTestStack, type TestStack } from '../helpers/localStack';
import { randomUUID } from 'node:crypto';
import { visibleText, webConversation } from '../helpers/botframework';

describe('POST /api/messages (Bot Framework) against DynamoDB Local', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  it('greets a provider who opens the chat, with the main choices as suggested actions', async () => {
    const chat = webConversation(stack.baseUrl);
    const { status, activities } = await chat.join();
    expect(status).toBe(200);
    expect(visibleText(activities)).toMatch(/CCS Navigator/);
    const actions = activities.flatMap((a) => a.suggestedActions?.actions ?? []).map((a) => a.title);
    expect(actions).toEqual(
      expect.arrayContaining(['Make a referral', 'Find a county CCS office', 'Authorization rules', 'Illinois programs', 'Talk to a person']),
    );
  });

  it('returns replies in the body for expectReplies, with no trace activities', async () => {
    const chat = webConversation(stack.baseUrl);
    const { status, activities } = await chat.say('Kern County CCS fax number');
    expect(status).toBe(200);
    expect(activities.length).toBeGreaterThan(0);
    expect(activities.every((a) => a.type === 'message')).toBe(true);
    expect(visibleText(activities)).toMatch(/661\D{0,3}868\D?0268/);
  });

  it('shows county contacts as a card with a tap-to-call button', async () => {
    const chat = webConversation(stack.baseUrl);
    const { activities } = await chat.say('who do i call in stanislaus county for ccs');
    const card = activities.flatMap((a) => a.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.hero');
    expect(card?.content.buttons?.some((b: { value: string }) => b.value === 'tel:+12095587515')).toBe(true);
  });

  it('keeps the conversation across turns (state in DynamoDB)', async () => {
    const chat = webConversation(stack.baseUrl);
    const asked = await chat.say('Find a county CCS office');
    expect(visibleText(asked.activities)).toMatch(/Which county/);
    const answered = await chat.say('Stockton');
    expect(visibleText(answered.activities)).toMatch(/209\D{0,3}953\D?3632/);
  });

  it('answers the provider menu picks for authorization rules and Illinois programs', async () => {
    const chat = webConversation(stack.baseUrl);
    const { activities } = await chat.join();
    const pick = (title: string) => activities.flatMap((a) => a.suggestedActions?.actions ?? []).find((a) => a.title === title)!.value;
    expect(visibleText((await chat.say(pick('Authorization rules'))).activities)).toMatch(/emergency/i);
    expect(visibleText((await chat.say(pick('Illinois programs'))).activities)).toMatch(/Pathways to Success/);
  });

  it('switches to Spanish when asked and stays there', async () => {
    const chat = webConversation(stack.baseUrl);
    const switched = await chat.say('Español');
    expect(visibleText(switched.activities)).toMatch(/español/);
    const next = await chat.say('menu');
    expect(visibleText(next.activities)).toMatch(/Hacer una referencia/);
  });

  it('says plainly when it does not understand, and never guesses a county number', async () => {
    const chat = webConversation(stack.baseUrl);
    const { activities } = await chat.say("what's the weather in Fresno");
    expect(visibleText(activities)).not.toMatch(/\(\d{3}\) \d{3}-\d{4}/);
  });

  it('runs a resent activity (same id, as the chat page retries a stalled message) once and answers it with the first answer', async () => {
    const chat = webConversation(stack.baseUrl);
    await chat.say('Find a county CCS office');
    const stockton = { type: 'message', text: 'Stockton', id: randomUUID() };
    const first = await chat.post(stockton);
    expect(visibleText(first.activities)).toMatch(/209\D{0,3}953\D?3632/);
    // Had the turn run again, "Stockton" would no longer answer an open county question.
    const again = await chat.post(stockton);
    expect(again.status).toBe(200);
    expect(visibleText(again.activities)).toBe(visibleText(first.activities));
    const lines = await stack.runtime.transcripts.list({ channel: 'web', key: chat.conversationId });
    expect(lines.filter((line) => line.from === 'user' && line.text === 'Stockton')).toHaveLength(1);
  });

  it('answers two copies of one activity sent at once with one turn: the second waits for the first', async () => {
    const chat = webConversation(stack.baseUrl);
    await chat.say('Find a county CCS office');
    const kern = { type: 'message', text: 'Kern', id: randomUUID() };
    const [a, b] = await Promise.all([chat.post(kern), chat.post(kern)]);
    expect(visibleText(a.activities)).toMatch(/Kern/);
    expect(visibleText(b.activities)).toBe(visibleText(a.activities));
    const lines = await stack.runtime.transcripts.list({ channel: 'web', key: chat.conversationId });
    expect(lines.filter((line) => line.from === 'user' && line.text === 'Kern')).toHaveLength(1);
  });

  it('answers a malformed activity with 400 and a non-JSON body with 400 or 415', async () => {
    const noType = await fetch(`${stack.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hi' }),
    });
    expect(noType.status).toBe(400);
    const notJson = await fetch(`${stack.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(notJson.status).toBe(400);
    const wrongType = await fetch(`${stack.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' });
    expect(wrongType.status).toBe(415);
  });

  it('answers GET /health with 200 when the table is reachable', async () => {
    const response = await fetch(`${stack.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', table: 'reachable' });
  });
});

describe('POST /api/messages with a Microsoft app id configured', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'secret' });
  });
  afterAll(async () => {
    await stack.close();
    process.env.MICROSOFT_APP_ID = '';
    process.env.MICROSOFT_APP_PASSWORD = '';
  });

  it('refuses a request without a Bot Framework token (401)', async () => {
    const { status } = await webConversation(stack.baseUrl).say('hi');
    expect(status).toBe(401);
  });

  it('refuses a forged bearer token (401)', async () => {
    const response = await fetch(`${stack.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln' },
      body: JSON.stringify({
        type: 'message',
        text: 'hi',
        channelId: 'webchat',
        serviceUrl: 'https://webchat.botframework.com/',
        conversation: { id: 'c' },
        from: { id: 'u' },
      }),
    });
    expect(response.status).toBe(401);
  });
});
