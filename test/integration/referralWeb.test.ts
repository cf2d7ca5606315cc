import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { LOCAL_SERVICE_URL, visibleText, webConversation } from '../helpers/botframework';
import { fakeTwilio } from '../../src/local/fakeTwilio';
import { StreamPoller } from '../../src/local/streamPoller';
import { handler as notifyStaff } from '../../functions/notifyStaff';
import { BusinessCalendar } from '../../src/referrals/businessDays';

describe('Referral and handoff by web chat, end to end on DynamoDB Local', () => {
  let stack: TestStack;
  let poller: StreamPoller;
  beforeAll(async () => {
    stack = await startTestStack();
    poller = new StreamPoller({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: stack.tableName, handler: notifyStaff, retryDelayMs: 10 });
  });
  afterAll(async () => {
    await poller.stop();
    await stack.close();
  });

  const referralItems = async () =>
    ((await stack.runtime.dynamo.documentClient.send(new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }))).Items ?? []).filter((i) =>
      String(i.pk).startsWith('REFERRAL#'),
    );

  async function chat(conversation: ReturnType<typeof webConversation>, messages: string[]): Promise<string[]> {
    const shown: string[] = [];
    for (const message of messages) {
      const { status, activities } = await conversation.say(message);
      expect(status).toBe(200);
      shown.push(visibleText(activities));
    }
    return shown;
  }

  it('takes a provider referral for an emergency admission to a stored referral with its due date, and reminds them to fax records', async () => {
    const conversation = webConversation(stack.baseUrl);
    const turns = await chat(conversation, [
      'Make a referral',
      'Health care provider',
      'Dr. Ana Ruiz',
      'Lucas Gomez',
      '2018-07-04',
      '93301',
      'suspected congenital heart disease',
      'Yes, full-scope',
      'No',
      'Valley Pediatrics',
      '1234567890',
      '1234567893',
      '661-555-0190',
      'Yes',
      'today',
      '(661) 555-0191',
      'English, please',
      'Yes',
    ]);
    expect(turns[0]).toMatch(/Who is making this referral/);
    expect(turns[10]).toMatch(/doesn't pass the NPI check/);
    expect(turns[17]).toMatch(/Please check the referral/);
    expect(turns[17]).toMatch(/NPI: 1234567893/);
    expect(turns[17]).toMatch(/Phone: \(661\) 555-0191/);
    const [consent, confirmation] = await chat(conversation, ["Yes, it's right", 'Yes, share it']);
    expect(consent).toMatch(/Kern County CCS office/);
    expect(confirmation).toMatch(/Your confirmation code is CCS-/);
    expect(confirmation).toMatch(/fax the medical records about this condition to the Kern County CCS office at \(661\) 868-0268/);
    expect(confirmation).toMatch(/due to the county CCS program by the next business day/);
    expect(confirmation).toMatch(/documentation that shows the need for emergency care/);

    const item = (await referralItems()).find((i) => i.contact.key === conversation.conversationId);
    const calendar = new BusinessCalendar();
    const today = calendar.localDate(new Date());
    expect(item).toMatchObject({
      channel: 'web',
      contact: { channel: 'web', key: conversation.conversationId, conversationReference: expect.objectContaining({ serviceUrl: LOCAL_SERVICE_URL }) },
      phone: '+16615550191',
      referrer: { role: 'provider', name: 'Dr. Ana Ruiz', practiceName: 'Valley Pediatrics', npi: '1234567893', fax: '+16615550190' },
      emergency: { admittedOn: today, dueDate: calendar.nextBusinessDay(today) },
      dueDate: calendar.nextBusinessDay(today),
      queue: { id: 'county-kern' },
    });
    expect(confirmation).toContain(item!.code);
  });

  it('hands off to a person mid-intake with what the intake knew, asking only for a way to reach them', async () => {
    const conversation = webConversation(stack.baseUrl);
    const turns = await chat(conversation, [
      'I want to make a referral',
      'Parent or guardian',
      'Rosa Diaz',
      'Mia Diaz',
      '05/06/2019',
      'Fresno',
      'talk to a person',
    ]);
    expect(turns[6]).toMatch(/ask a person to contact you/);
    expect(turns[6]).toMatch(/What phone number should they call/);
    const [created] = await chat(conversation, ['Reply in this chat']);
    expect(created).toMatch(/Fresno County CCS office to answer you here in this chat\. Come back/);
    expect(created).not.toMatch(/business days/);
    expect(created).toMatch(/request number is CCS-/);
    expect(created).toMatch(/Fresno County CCS: phone \(559\) 600-3300/);
    expect(created).toMatch(/911/);

    const item = (await referralItems()).find((i) => i.contact.key === conversation.conversationId);
    expect(item).toMatchObject({
      kind: 'handoff',
      status: 'submitted',
      queue: { id: 'county-fresno' },
      county: 'Fresno',
      handoff: { reason: 'person', during: 'condition', known: { childFirstName: 'Mia', childLastName: 'Diaz', dateOfBirth: '2019-05-06', county: 'Fresno' } },
      child: { firstName: 'Mia', lastName: 'Diaz', dateOfBirth: '2019-05-06' },
    });
    expect(item!.phone).toBeUndefined();

    fakeTwilio.reset();
    await poller.drain();
    const staffText = fakeTwilio.messagesTo('+15555550199').find((m) => m.body.includes(item!.code));
    expect(staffText?.body).toMatch(/request to talk to a person/);
    expect(staffText?.body).not.toMatch(/Mia|Diaz|Rosa/);
  });

  it('stops the intake on "cancel" in the web chat and stores nothing', async () => {
    const conversation = webConversation(stack.baseUrl);
    const before = (await referralItems()).length;
    const [, , cancelled] = await chat(conversation, ['Make a referral', 'Someone else', 'cancel']);
    expect(cancelled).toMatch(/start over/);
    expect(cancelled).toMatch(/How can I help/);
    expect((await referralItems()).length).toBe(before);
  });
});
