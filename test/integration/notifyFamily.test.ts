import { startTestStack, type TestStack } from '../helpers/localStack';
import { fresnoParentReferral, kernParentReferral, sendTexts } from '../helpers/twilio';
import { WEB_PARENT_REFERRAL, webConversation } from '../helpers/botframework';
import { fakeTwilio } from '../../src/local/fakeTwilio';
import { StreamPoller } from '../../src/local/streamPoller';
import { handler as notifyFamily } from '../../functions/notifyFamily';
import { handler as notifyStaff } from '../../functions/notifyStaff';
import { LOCAL_DEFAULTS } from '../../src/config';
import type { StaffIdentity } from '../../src/staff/http/staffAuth';
import { StaffActions } from '../../src/staff/actions';
import { StaffMessenger } from '../../src/staff/staffMessenger';
import { FamilyMessenger, type ClaimOutcome } from '../../src/family/familyMessenger';
import { FamilyNotifier } from '../../src/family/familyNotifier';
import { OnceClaims } from '../../src/storage/onceClaims';
import { StatusTexts } from '../../src/family/statusTexts';
import { newReferral } from '../helpers/staffFixtures';

const CODE = /CCS-[A-Z0-9]{6}/;

describe('Staff status changes reach the family (table stream → notifyFamily → local Twilio API / chat transcript)', () => {
  let stack: TestStack;
  let familyPoller: StreamPoller;
  let staffPoller: StreamPoller;
  beforeAll(async () => {
    stack = await startTestStack();
    const endpoint = process.env.DYNAMODB_ENDPOINT!;
    familyPoller = new StreamPoller({
      endpoint,
      tableName: stack.tableName,
      handler: notifyFamily,
      functionName: 'notifyFamily',
      retryDelayMs: 10,
      maxRetryAttempts: 2,
    });
    staffPoller = new StreamPoller({ endpoint, tableName: stack.tableName, handler: notifyStaff, retryDelayMs: 10 });
  });
  afterAll(async () => {
    await Promise.all([familyPoller.stop(), staffPoller.stop()]);
    await stack.close();
  });
  beforeEach(() => fakeTwilio.reset());

  /** Texts each message from `from` as Twilio would (signed webhook); returns the replies, one string per text. */
  const text = (from: string, bodies: string[]) => sendTexts(stack.baseUrl, from, bodies);

  async function textedReferral(from: string, answers: string[]): Promise<string> {
    const code = CODE.exec((await text(from, answers)).at(-1)!)?.[0];
    expect(code).toBeDefined();
    return code!;
  }

  /** What staff do in the console: the staff API (audited status change; opening a new referral marks it received). */
  async function staff(method: 'GET' | 'POST', path: string, body?: Record<string, string>): Promise<void> {
    const response = await fetch(`${stack.baseUrl}/staff/api/referrals/${path}`, {
      method,
      headers: { authorization: `Bearer ${LOCAL_DEFAULTS.STAFF_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body && JSON.stringify(body),
    });
    expect(response.status).toBe(200);
  }
  const staffChange = (code: string, change: Record<string, string>) => staff('POST', `${code}/status`, change);
  /** The console's "Message the family": the response as staff get it. */
  const staffMessage = (code: string, body: { templateId: string; text?: string }) =>
    fetch(`${stack.baseUrl}/staff/api/referrals/${code}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${LOCAL_DEFAULTS.STAFF_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const templatesOf = async (code: string): Promise<{ id: string; unavailable?: string }[]> =>
    (await (await fetch(`${stack.baseUrl}/staff/api/referrals/${code}`, { headers: { authorization: `Bearer ${LOCAL_DEFAULTS.STAFF_TOKEN}` } })).json())
      .templates;
  /** The stream delivers every record again (a retry, a restarted poller). */
  async function redeliverAll(): Promise<void> {
    const again = new StreamPoller({
      endpoint: process.env.DYNAMODB_ENDPOINT!,
      tableName: stack.tableName,
      handler: notifyFamily,
      functionName: 'notifyFamily',
    });
    await again.drain();
    await again.stop();
  }
  /** The case: staff open the referral (a status text), then mark it waiting for records (another). */
  async function openThenWaitForRecords(code: string): Promise<void> {
    await staff('GET', code);
    await familyPoller.drain();
    await staffChange(code, { to: 'in_progress', reason: 'waiting_for_records' });
    await familyPoller.drain();
  }
  const ALREADY_TOLD =
    /^The family was already told this at [A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d{2} [AP]M P[SD]T by the automatic status update\. To add something, write your own message\.$/;

  it('from a texted referral to "status", staff opening it in the console and the text that tells the parent; another phone learns nothing', async () => {
    const parent = '+16615550160';
    const stranger = '+16615550161';
    const code = await textedReferral(parent, kernParentReferral());

    const [status] = await text(parent, ['status']);
    expect(status).toContain(`${code} (Juan): We sent your referral to the office. No one has opened it yet.`);
    expect(status).not.toMatch(/Perez|heart|murmur/);
    for (const asked of await text(stranger, ['status', 'did anyone look at my referral?', 'look up a referral by code'])) {
      expect(asked).toMatch(/I don't find a referral made from this phone/);
      expect(asked).not.toContain(code);
    }

    // The staff notification updates the referral item too: no status change, nothing for the family.
    await staffPoller.drain();
    await familyPoller.drain();
    expect(fakeTwilio.messagesTo(parent)).toEqual([]);

    await staff('GET', code);
    await familyPoller.drain();
    const [update] = fakeTwilio.messagesTo(parent);
    expect(update.body).toBe(
      `CCS Navigator, referral ${code} (Juan): A staff member has opened your referral. They will contact you to start the process. You can call the Kern County CCS office at (661) 321-3000. Reply STOP to opt out.`,
    );
    expect(update.segments).toBeLessThanOrEqual(2);
    expect(fakeTwilio.messagesTo(stranger)).toEqual([]);
    const lines = await stack.runtime.transcripts.list({ channel: 'sms', key: parent });
    expect(lines.at(-1)).toMatchObject({ from: 'bot', text: update.body, proactive: true });

    // The stream delivers the record again (a retry, a restarted poller): nothing is texted twice.
    await redeliverAll();
    expect(fakeTwilio.messagesTo(parent)).toHaveLength(1);

    await staffChange(code, { to: 'in_progress', reason: 'waiting_for_records' });
    await familyPoller.drain();
    expect(fakeTwilio.messagesTo(parent).at(-1)?.body).toMatch(/waiting for medical records[\s\S]*ask the doctor's office to send them to the CCS office/);
    expect((await text(parent, ['status']))[0]).toMatch(/The office is waiting for medical records/);
    expect(
      fakeTwilio
        .messagesTo(parent)
        .map((m) => m.body)
        .join('\n'),
    ).not.toMatch(/Perez|heart|murmur|2015/);
  });

  it("texts in the family's language, and not at all after STOP or when they declined updates", async () => {
    const spanish = '+15595550162';
    const code = await textedReferral(spanish, fresnoParentReferral('1'));
    await staffChange(code, { to: 'received' });
    await familyPoller.drain();
    expect(fakeTwilio.messagesTo(spanish).map((m) => m.body)).toEqual([
      expect.stringMatching(
        new RegExp(`^CCS Navigator, referencia ${code} \\(Ana\\): Una persona del equipo ya vio su referencia\\..*Para no recibir mensajes, responda STOP\\.$`),
      ),
    ]);
    expect(fakeTwilio.messagesTo(spanish)[0].body).not.toMatch(/asma|Díaz/);

    await text(spanish, ['STOP']);
    await staffChange(code, { to: 'closed', outcome: 'eligible' });
    await familyPoller.drain();
    expect(fakeTwilio.messagesTo(spanish)).toHaveLength(1);

    const declined = '+15595550163';
    const other = await textedReferral(declined, fresnoParentReferral('2'));
    await staffChange(other, { to: 'received' });
    await familyPoller.drain();
    expect(fakeTwilio.messagesTo(declined)).toEqual([]);
  });

  it('retries a text Twilio refused (429) and sends it once; one that may have gone out (500) is not sent again', async () => {
    const refused = '+16615550164';
    const code = await textedReferral(refused, kernParentReferral());
    fakeTwilio.failNext(429, 1);
    await staffChange(code, { to: 'received' });
    await familyPoller.drain();
    expect(fakeTwilio.messagesTo(refused)).toHaveLength(1);

    const uncertain = '+16615550165';
    const other = await textedReferral(uncertain, kernParentReferral());
    fakeTwilio.failNext(500, 1);
    await staffChange(other, { to: 'received' });
    await familyPoller.drain();
    expect(fakeTwilio.messagesTo(uncertain)).toEqual([]);
    expect((await familyPoller.deadLetters()).filter((l) => l.keys.pk === `REFERRAL#${other}`)).toEqual([]);
  });

  describe('one clear message per real change', () => {
    it('opening it, "waiting for records", then the records template: the family gets two texts, not three; the template is refused (409) and audited', async () => {
      const parent = '+16615550166';
      const code = await textedReferral(parent, kernParentReferral());
      await openThenWaitForRecords(code);

      const refused = await staffMessage(code, { templateId: 'records' });
      expect(refused.status).toBe(409);
      const explanation = await refused.text();
      expect(explanation).toMatch(ALREADY_TOLD);
      const texts = fakeTwilio.messagesTo(parent);
      expect(texts.map((m) => m.body)).toEqual([
        expect.stringMatching(/A staff member has opened your referral/),
        expect.stringMatching(/waiting for medical records/),
      ]);
      for (const t of texts) expect(t.segments).toBeLessThanOrEqual(3);
      expect((await stack.runtime.referrals.store.get(code))?.history.at(-1)).toMatchObject({
        action: 'messaged',
        by: 'staff-token',
        templateId: 'records',
        delivery: 'already_told',
      });

      // The "received" template would repeat what opening it texted; the console shows both off, with the same words.
      expect((await staffMessage(code, { templateId: 'received' })).status).toBe(409);
      const templates = await templatesOf(code);
      expect(templates.map((t) => [t.id, Boolean(t.unavailable)])).toEqual([
        ['received', true],
        ['records', true],
        ['tried_to_call', false],
        ['free', false],
      ]);
      expect(templates.find((t) => t.id === 'records')?.unavailable).toBe(explanation);
      expect(fakeTwilio.messagesTo(parent)).toHaveLength(2);

      // Staff can still write their own words.
      const free = `Message from Kern County CCS office about CCS referral ${code}: the fax from Dr. Lee came in, thank you.`;
      expect((await staffMessage(code, { templateId: 'free', text: free })).status).toBe(200);
      expect(fakeTwilio.messagesTo(parent).at(-1)?.body).toBe(free);
    });

    it('a staff message, then "in progress" within 10 minutes: one message (also when the record comes again); a closing text always goes', async () => {
      const parent = '+16615550167';
      const code = await textedReferral(parent, kernParentReferral());
      await staff('GET', code);
      await familyPoller.drain();
      expect(fakeTwilio.messagesTo(parent)).toHaveLength(1);

      expect((await staffMessage(code, { templateId: 'tried_to_call' })).status).toBe(200);
      await staffChange(code, { to: 'in_progress' });
      await familyPoller.drain();
      expect(fakeTwilio.messagesTo(parent).map((m) => m.body)).toEqual([
        expect.stringMatching(/has opened your referral/),
        expect.stringMatching(/we tried to call you/),
      ]);
      await redeliverAll();
      expect(fakeTwilio.messagesTo(parent)).toHaveLength(2);

      await staffChange(code, { to: 'closed', outcome: 'could_not_reach' });
      await familyPoller.drain();
      expect(fakeTwilio.messagesTo(parent)).toHaveLength(3);
      expect(fakeTwilio.messagesTo(parent).at(-1)?.body).toMatch(/The office tried to reach you but could not\. Please contact the office to continue\./);
      // Closing as "could not reach" says what "we tried to call you" says: that template is off now.
      expect((await staffMessage(code, { templateId: 'tried_to_call' })).status).toBe(409);
    });

    it('in Spanish: two texts of at most 3 segments, and the records template refused', async () => {
      const parent = '+15595550168';
      const code = await textedReferral(parent, fresnoParentReferral('1'));
      await openThenWaitForRecords(code);
      expect((await staffMessage(code, { templateId: 'records' })).status).toBe(409);

      const texts = fakeTwilio.messagesTo(parent);
      expect(texts.map((m) => m.body)).toEqual([
        expect.stringMatching(new RegExp(`^CCS Navigator, referencia ${code} \\(Ana\\): Una persona del equipo ya vio su referencia\\.`)),
        `CCS Navigator, referencia ${code} (Ana): La oficina espera los expedientes del doctor del niño. Puede pedirle al doctor que los mande a la oficina de CCS. Puede llamar a la oficina de CCS del condado de Fresno al (559) 600-3300. Para no recibir mensajes, responda STOP.`,
      ]);
      for (const t of texts) expect(t.segments).toBeLessThanOrEqual(3);
    });

    it('a staff message more than 10 minutes before the change leaves the status text alone; a status text more than 24 hours old leaves the template free', async () => {
      const { dynamo, config, referrals, transcripts, smsSender } = stack.runtime;
      const { store, router, calendar } = referrals;
      let now = new Date();
      const clock = () => now;
      const claims = new OnceClaims<ClaimOutcome>(dynamo.documentClient, config.TABLE_NAME);
      const notifier = new FamilyNotifier({
        store,
        router,
        calendar,
        messenger: new FamilyMessenger({ sms: smsSender, transcripts, claims, now: clock }),
        now: clock,
      });
      const actions = new StaffActions({
        store,
        router,
        calendar,
        messenger: new StaffMessenger({ sms: smsSender, transcripts }),
        statusTexts: new StatusTexts(claims),
        now: clock,
      });
      const staffMember: StaffIdentity = { id: 'kern-1', via: 'jwt', queues: ['county-kern'] };
      const { referral } = await store.create(newReferral({ createdAt: new Date(now.getTime() - 3600_000).toISOString() }));

      await actions.message(staffMember, referral.id, { templateId: 'tried_to_call' });
      now = new Date(now.getTime() + 11 * 60_000);
      await actions.changeStatus(staffMember, referral.id, { to: 'in_progress', reason: 'waiting_for_records' });
      expect(await notifier.notify(referral.id)).toBe('sent');
      expect(fakeTwilio.messagesTo(referral.contact.key).map((m) => m.body)).toEqual([
        expect.stringMatching(/we tried to call you/),
        expect.stringMatching(/waiting for medical records/),
      ]);

      await expect(actions.message(staffMember, referral.id, { templateId: 'records' })).rejects.toMatchObject({ statusCode: 409 });
      now = new Date(now.getTime() + 24 * 3600_000 + 60_000);
      expect((await actions.message(staffMember, referral.id, { templateId: 'records' })).delivery).toBe('sent');
      expect(fakeTwilio.messagesTo(referral.contact.key)).toHaveLength(3);
    });
  });

  it('on the web, puts the update in the chat, where the page shows it when it is next open', async () => {
    const chat = webConversation(stack.baseUrl);
    await chat.join();
    let confirmation = '';
    for (const answer of WEB_PARENT_REFERRAL) confirmation = (await chat.say(answer)).activities.map((a) => a.text ?? '').join('\n');
    const code = CODE.exec(confirmation)?.[0];
    expect(code).toBeDefined();

    await staffChange(code!, { to: 'received' });
    await familyPoller.drain();

    const response = await fetch(`${stack.baseUrl}/api/transcript?conversationId=${chat.conversationId}`);
    const { lines } = (await response.json()) as { lines: { from: string; text: string; proactive?: boolean }[] };
    expect(lines.at(-1)).toEqual({
      at: expect.any(String),
      from: 'bot',
      proactive: true,
      text: expect.stringMatching(new RegExp(`^CCS Navigator, referral ${code} \\(Juan\\): A staff member has opened your referral\\.`)),
    });
    expect(lines.at(-1)?.text).not.toMatch(/STOP/);
    // A web family is not texted, even with a phone number on the referral.
    expect(fakeTwilio.messagesTo('+16615550123')).toEqual([]);
  });
});
