import { startTestStack, type TestStack } from '../helpers/localStack';
import { kernParentReferral, sendSms } from '../helpers/twilio';
import { WEB_PARENT_REFERRAL, webConversation } from '../helpers/botframework';
import { fakeTwilio } from '../../src/local/fakeTwilio';

const CODE = /CCS-[A-Z0-9]{6}/;

/** The Wednesday before Thanksgiving 2026, 10:00 in California. */
const WEDNESDAY_BEFORE_THANKSGIVING = new Date('2026-11-25T18:00:00Z');
/** California times the hourly watch runs at. */
const MONDAY_NOV_30 = new Date('2026-11-30T18:00:00Z');
const TUESDAY_DEC_1_EVENING = new Date('2026-12-02T03:00:00Z');
const WEDNESDAY_DEC_2 = new Date('2026-12-02T17:00:00Z');

describe('First-contact watch: a window with Thanksgiving in it, one honest message per referral', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
    // Referrals are made on the Wednesday before Thanksgiving (the intake's clock).
    stack.runtime.referrals.services.now = () => new Date(WEDNESDAY_BEFORE_THANKSGIVING);
  });
  afterAll(() => stack.close());
  beforeEach(() => fakeTwilio.reset());

  async function textedReferral(from: string, updates: '1' | '2'): Promise<{ code: string; confirmation: string }> {
    let confirmation = '';
    for (const Body of kernParentReferral(updates)) confirmation = (await sendSms(stack.baseUrl, { From: from, Body })).messages.join('\n');
    return { code: CODE.exec(confirmation)![0], confirmation };
  }

  const watch = (at: Date) => stack.runtime.family.firstContactWatch.run(at);

  it('counts 2 business days past Thanksgiving and the day after, and tells the family once, after the window', async () => {
    const parent = '+16615550170';
    const { code, confirmation } = await textedReferral(parent, '1');
    // Thu 26 and Fri 27 are California holidays, then a weekend: Monday 30 is day 1, Tuesday December 1 day 2.
    // The 2 business days are the staff target: the family is promised no date.
    expect(confirmation).not.toMatch(/business days|December 1/);
    expect((await stack.runtime.referrals.store.get(code))?.firstContactDue).toBe('2026-12-01');

    // Two weekdays after a Wednesday would be Friday the 27th: not overdue on Monday, nor late on the due day itself.
    expect(await watch(MONDAY_NOV_30)).toEqual({ overdue: 0, told: 0, failed: 0 });
    expect(await watch(TUESDAY_DEC_1_EVENING)).toEqual({ overdue: 0, told: 0, failed: 0 });
    expect(fakeTwilio.messagesTo(parent)).toEqual([]);

    expect(await watch(WEDNESDAY_DEC_2)).toMatchObject({ overdue: 1, told: 1 });
    expect(fakeTwilio.messagesTo(parent).map((m) => m.body)).toEqual([
      `CCS Navigator: your referral ${code} (Juan) has not been opened yet. We're sorry for the wait. You can call the Kern County CCS office at (661) 321-3000. Reply STOP to opt out.`,
    ]);

    // The next hourly runs: still overdue, never a second message.
    expect(await watch(new Date(WEDNESDAY_DEC_2.getTime() + 3600_000))).toMatchObject({ overdue: 1, told: 0 });
    expect(fakeTwilio.messagesTo(parent)).toHaveLength(1);
  });

  it('leaves alone a referral staff opened, and a family that declined updates or texted STOP', async () => {
    const opened = await textedReferral('+16615550171', '1');
    await stack.runtime.referrals.store.updateStatus(opened.code, { to: 'received', by: 'staff-1' });
    await textedReferral('+16615550172', '2');
    const stopped = '+16615550173';
    await textedReferral(stopped, '1');
    await sendSms(stack.baseUrl, { From: stopped, Body: 'STOP' });

    await watch(WEDNESDAY_DEC_2);

    for (const phone of ['+16615550171', '+16615550172', stopped]) expect(fakeTwilio.messagesTo(phone)).toEqual([]);
  });

  it("leaves the message in a web family's chat", async () => {
    const chat = webConversation(stack.baseUrl);
    await chat.join();
    let confirmation = '';
    for (const answer of WEB_PARENT_REFERRAL) confirmation = (await chat.say(answer)).activities.map((a) => a.text ?? '').join('\n');
    const code = CODE.exec(confirmation)![0];

    await watch(WEDNESDAY_DEC_2);

    const lines = await stack.runtime.transcripts.list({ channel: 'web', key: chat.conversationId });
    expect(lines.at(-1)).toMatchObject({ from: 'bot', proactive: true, text: expect.stringContaining(`your referral ${code} (Juan) has not been opened yet`) });
  });
});
