import { startTestStack, type TestStack } from '../helpers/localStack';
import { newReferral, staffClient, webChatReferral } from '../helpers/staffFixtures';
import { sendSms } from '../helpers/twilio';
import { fakeTwilio } from '../../src/local/fakeTwilio';
import type { NewReferral } from '../../src/referrals/model';

/** Messaging the family from the console: their channel, their language, STOP respected, the reply in the same transcript. */
describe('POST /staff/api/referrals/{id}/messages', () => {
  let stack: TestStack;
  let api: ReturnType<typeof staffClient>;
  beforeAll(async () => {
    stack = await startTestStack();
    api = staffClient(stack.baseUrl);
  });
  afterAll(() => stack.close());
  beforeEach(() => fakeTwilio.reset());

  const create = async (overrides: Partial<NewReferral> = {}) => (await stack.runtime.referrals.store.create(newReferral(overrides))).referral;
  const message = (id: string, body: unknown) => api.post(`/staff/api/referrals/${id}/messages`, body);
  const detail = async (id: string) => (await api.get(`/staff/api/referrals/${id}`)).json();

  it('texts an SMS family from a template in their language, keeps it in the transcript and audits it', async () => {
    const referral = await create({ language: 'es', preferredLanguage: 'es' });
    const { templates } = await detail(referral.id);
    expect(templates.map((t: { id: string }) => t.id)).toEqual(['received', 'records', 'tried_to_call', 'free']);
    expect(templates[0]).toMatchObject({
      language: 'es',
      text: expect.stringMatching(/^Mensaje de la oficina de CCS del condado de Kern: recibimos su referencia de CCS CCS-/),
    });

    const response = await message(referral.id, { templateId: 'received' });
    expect(response.status).toBe(200);
    expect((await response.json()).delivery).toBe('sent');
    const [text] = fakeTwilio.messagesTo(referral.contact.key);
    expect(text.body).toBe(templates[0].text);
    expect(text.body).not.toMatch(/Mia|Diaz|asma|asthma/i);

    const after = await detail(referral.id);
    expect(after.transcript.at(-1)).toEqual({ at: expect.any(String), from: 'staff', text: text.body, staffId: 'staff-token' });
    expect(after.referral.history.at(-1)).toEqual(
      expect.objectContaining({ action: 'messaged', by: 'staff-token', templateId: 'received', delivery: 'sent', text: text.body }),
    );
  });

  it("shows the family's SMS reply in the same referral's transcript", async () => {
    const referral = await create();
    await message(referral.id, { templateId: 'tried_to_call' });
    expect((await sendSms(stack.baseUrl, { From: referral.contact.key, Body: 'Mornings are best, after 9' })).status).toBe(200);
    const lines = (await detail(referral.id)).transcript;
    const staff = lines.findIndex((l: { from: string }) => l.from === 'staff');
    expect(lines.slice(staff + 1)).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'user', text: 'Mornings are best, after 9' })]));
  });

  it('sends the text as staff edited it, and refuses an unwritten free message, CANCEL/QUIT, or an over-long text', async () => {
    const referral = await create();
    const { templates } = await detail(referral.id);
    const free = templates.find((t: { id: string }) => t.id === 'free').text;
    expect((await message(referral.id, { templateId: 'free', text: `${free}can you bring the insurance card on Monday?` })).status).toBe(200);
    expect(fakeTwilio.messagesTo(referral.contact.key).map((m) => m.body)).toEqual([`${free}can you bring the insurance card on Monday?`]);

    for (const body of [
      { templateId: 'free' },
      { templateId: 'free', text: free },
      { templateId: 'free', text: `${free}reply CANCEL if you changed your mind` },
      { templateId: 'received', text: 'x'.repeat(321) },
      { templateId: 'no_such_template' },
      { templateId: 'received', surprise: true },
    ]) {
      const response = await message(referral.id, body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
    }
    expect(fakeTwilio.messagesTo(referral.contact.key)).toHaveLength(1);
  });

  it('never texts a family who texted STOP: nothing sent or written to the transcript, the attempt audited, the console told', async () => {
    const referral = await create();
    await stack.runtime.optOuts.optOut(referral.contact.key);
    expect((await detail(referral.id)).optedOut).toBe(true);
    const response = await message(referral.id, { templateId: 'received' });
    expect(response.status).toBe(200);
    expect((await response.json()).delivery).toBe('opted_out');
    expect(fakeTwilio.messagesTo(referral.contact.key)).toEqual([]);
    const after = await detail(referral.id);
    expect(after.transcript.filter((l: { from: string }) => l.from === 'staff')).toEqual([]);
    expect(after.referral.history.at(-1)).toEqual(expect.objectContaining({ action: 'messaged', delivery: 'opted_out' }));
  });

  it('records nothing when Twilio certainly did not send (429), and reports a send Twilio may have made as uncertain', async () => {
    const referral = await create();
    fakeTwilio.failNext(429);
    expect((await message(referral.id, { templateId: 'received' })).status).toBe(500);
    expect((await stack.runtime.referrals.store.get(referral.id))!.history.filter((h) => h.action === 'messaged')).toEqual([]);

    fakeTwilio.failNext(500);
    const uncertain = await message(referral.id, { templateId: 'received' });
    expect((await uncertain.json()).delivery).toBe('uncertain');
    expect((await stack.runtime.referrals.store.get(referral.id))!.history.at(-1)).toEqual(
      expect.objectContaining({ action: 'messaged', delivery: 'uncertain' }),
    );
  });

  it('leaves a web family the message in their chat (no Bot Framework app locally), marked for the open chat page to pick up', async () => {
    const conversationId = `web-${Date.now()}`;
    const referral = await create(webChatReferral(conversationId));
    const response = await message(referral.id, { templateId: 'records' });
    expect((await response.json()).delivery).toBe('chat_history');
    expect(fakeTwilio.outbox()).toEqual([]);
    const lines = await stack.runtime.transcripts.list({ channel: 'web', key: conversationId });
    expect(lines.at(-1)).toMatchObject({ from: 'staff', staffId: 'staff-token', proactive: true, text: expect.stringMatching(/medical records/) });
  });
});
