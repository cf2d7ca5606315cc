import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { kernParentReferral, sendTexts } from '../helpers/twilio';
import { visibleText, webActivity, webConversation } from '../helpers/botframework';
import { fakeTwilio } from '../../src/local/fakeTwilio';
import { stateKey } from '../../src/storage/keys';

/**
 * Anyone can POST to /api/messages (locally and, with a stolen or absent token, deployed). Writing
 * `channelId: "sms"` and a parent's phone into the activity must not make the caller that parent:
 * no referrals listed, no intake continued, nothing filed as the phone, no opt-out skipped.
 */
describe('POST /api/messages posing as an SMS phone', () => {
  let stack: TestStack;
  const parent = '+16615550177';
  const optedOut = '+16615550178';
  let code: string;

  beforeAll(async () => {
    stack = await startTestStack();
    const replies = await sendTexts(stack.baseUrl, parent, kernParentReferral());
    code = /CCS-[A-Z0-9]{6}/.exec(replies.at(-1)!)![0];
    // A second referral, left half-way: the child's name is in the phone's intake state.
    await sendTexts(stack.baseUrl, parent, ['I want to refer my daughter to CCS', '1', 'Maria Lopez', 'Zelda Perez']);
    await sendTexts(stack.baseUrl, optedOut, ['STOP']);
  });
  afterAll(() => stack.close());

  const scan = async () => (await stack.runtime.dynamo.documentClient.send(new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }))).Items ?? [];
  const phoneState = async (phone: string) =>
    (
      await stack.runtime.dynamo.documentClient.send(
        new GetCommand({ TableName: stack.tableName, Key: stateKey(stack.runtime.keyHash, `sms/conversations/${phone}/`), ConsistentRead: true }),
      )
    ).Item;

  /** Posts one activity as the phone would look on the SMS channel, without any Twilio signature. */
  async function poseAs(phone: string, activity: Record<string, unknown>) {
    const body = webActivity(phone, { channelId: 'sms', serviceUrl: 'sms', from: { id: phone, role: 'user' }, conversation: { id: phone }, ...activity });
    const response = await fetch(`${stack.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  }

  it("refuses the SMS channel at the web endpoint (403) and shows none of the phone's referrals", async () => {
    const answer = await poseAs(parent, { type: 'message', text: 'status' });
    expect(answer.status).toBe(403);
    expect(answer.text).not.toContain(code);
    expect(answer.text).not.toMatch(/Referrals made from this phone|Juan|Zelda/);
  });

  it("neither reads nor changes the phone's intake state", async () => {
    const before = await phoneState(parent);
    expect(JSON.stringify(before)).toContain('Zelda');
    for (const text of ['3/25/2016', 'Bakersfield', 'spina bifida']) expect((await poseAs(parent, { type: 'message', text })).status).toBe(403);
    expect(await phoneState(parent)).toEqual(before);
    // The real parent, texting, is still exactly where they left off: after the date of birth comes the county.
    const [next] = await sendTexts(stack.baseUrl, parent, ['3/25/2016']);
    expect(next).toMatch(/Which California county does the child live in/);
  });

  it('files nothing as the phone, and a handoff asked for from the web is a web request', async () => {
    const before = (await scan()).filter((i) => i.sk === 'REFERRAL').length;
    for (const text of ['Talk to a person', 'San Joaquin', '(209) 555-0111']) expect((await poseAs(parent, { type: 'message', text })).status).toBe(403);
    expect((await scan()).filter((i) => i.sk === 'REFERRAL')).toHaveLength(before);

    // The same words through a web conversation named like the phone: served, but as the web chat it is.
    const chat = webConversation(stack.baseUrl, parent);
    for (const text of ['Talk to a person', 'San Joaquin', '(209) 555-0111'])
      expect((await chat.post({ type: 'message', text, from: { id: parent, role: 'user' } })).status).toBe(200);
    const filed = (await scan()).filter((i) => i.sk === 'REFERRAL' && i.kind === 'handoff');
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({ channel: 'web', contact: { channel: 'web' } });
    // The phone's own status list is unchanged: only its texted referral.
    const [listed] = await sendTexts(stack.baseUrl, parent, ['menu', 'status']).then((r) => r.slice(1));
    expect(listed).toContain(code);
    expect(listed).not.toContain(filed[0].code);
  });

  it("gives a web conversation named like the phone none of the phone's referrals", async () => {
    const chat = webConversation(stack.baseUrl, parent);
    const { status, activities } = await chat.post({ type: 'message', text: 'status', channelId: 'SMS', from: { id: parent, role: 'user' } });
    expect(status).toBe(200);
    expect(visibleText(activities)).not.toContain(code);
  });

  it('cannot get a reply to a number that texted STOP, nor clear its opt-out', async () => {
    fakeTwilio.reset();
    expect((await poseAs(optedOut, { type: 'message', text: 'START' })).status).toBe(403);
    expect((await poseAs(optedOut, { type: 'message', text: 'hi' })).status).toBe(403);
    expect(await stack.runtime.optOuts.isOptedOut(optedOut)).toBe(true);
    expect(fakeTwilio.messagesTo(optedOut)).toEqual([]);
  });
});
