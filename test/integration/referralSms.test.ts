import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { fresnoParentReferral, KERN_PARENT_TO_SUMMARY, messageSid, sendSms, sendTexts } from '../helpers/twilio';
import { fakeTwilio } from '../../src/local/fakeTwilio';
import { StreamPoller } from '../../src/local/streamPoller';
import { handler as notifyStaff } from '../../functions/notifyStaff';
import type { OutboxEmailSender } from '../../src/staff/email';
import { CODE_PATTERN } from '../../src/referrals/code';

describe('Referral by SMS, end to end on DynamoDB Local: signed webhook → referral item → stream → staff notification', () => {
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
  beforeEach(() => fakeTwilio.reset());

  const items = async () => (await stack.runtime.dynamo.documentClient.send(new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }))).Items ?? [];
  const referralItems = async () => (await items()).filter((i) => String(i.pk).startsWith('REFERRAL#'));

  const text = (from: string, bodies: string[]) => sendTexts(stack.baseUrl, from, bodies);

  it('takes a texted referral to a stored referral, confirms it with a code and the office, and notifies the on-call number once', async () => {
    const from = '+16615550140';
    const replies = await text(from, KERN_PARENT_TO_SUMMARY);
    expect(replies.at(-1)).toMatch(/Please check the referral/);
    expect(replies.at(-1)).toMatch(/Reply 1 for Yes, it's right/);
    const [consent] = await text(from, ['1']);
    expect(consent).toMatch(/may we share this information with the Kern County CCS office/);
    const [confirmation] = await text(from, ['1']);

    const code = /CCS-[A-Z0-9]{6}/.exec(confirmation)?.[0];
    expect(code).toMatch(CODE_PATTERN);
    expect(confirmation).toMatch(/Kern County CCS office/);
    expect(confirmation).toMatch(/661\D{0,3}321\D?3000/);
    expect(confirmation).toMatch(/will contact you at \(661\) 555-0140/);
    expect(confirmation).not.toMatch(/business days/);
    for (const reply of [...replies, consent, confirmation]) expect(reply).not.toMatch(/\b(cancel|quit)\b/i);

    const [item] = await referralItems();
    expect(item).toMatchObject({
      pk: `REFERRAL#${code}`,
      sk: 'REFERRAL',
      id: code,
      code,
      kind: 'referral',
      status: 'submitted',
      channel: 'sms',
      contact: { channel: 'sms', key: from },
      phone: from,
      county: 'Kern',
      queue: { id: 'county-kern' },
      child: { firstName: 'Juan', lastName: 'Perez', dateOfBirth: '2015-03-25' },
      condition: 'heart murmur',
      mediCal: 'full',
      openToCcs: 'no',
      language: 'en',
      preferredLanguage: 'en',
      updatesOptIn: true,
      gsi1pk: 'QUEUE#county-kern',
      gsi1sk: expect.stringMatching(/^submitted#\d{4}-/),
      gsi2pk: expect.stringMatching(/^CONTACT#[0-9a-f]{32}$/),
    });
    expect(item.history).toEqual([expect.objectContaining({ by: 'bot', action: 'created', to: 'submitted' })]);
    // TTL: REFERRAL_TTL_DAYS (365) from now.
    expect(item.expiresAt).toBeGreaterThan(Date.now() / 1000 + 364 * 86400);
    expect(item.firstContactDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await poller.drain();
    // Kern's queue has its own on-call number in content/routing.json (an example value).
    const texts = fakeTwilio.messagesTo('+15555550198');
    expect(texts).toHaveLength(1);
    expect(texts[0].body).toContain(code);
    expect(texts[0].body).toMatch(/Kern County CCS office/);
    expect(texts[0].body).toContain(`/staff/referrals/${code}`);
    // Only what staff need to find it: no name, no condition, no birth date, no phone.
    expect(texts[0].body).not.toMatch(/Juan|Perez|Maria|heart|murmur|2015|0140/i);

    const [notified] = await referralItems();
    expect(notified.notifiedAt).toEqual(expect.any(String));
    expect(notified.notifications.sms).toMatchObject({ status: 'sent', attempts: 1, messageId: texts[0].sid });

    // The stream delivers the record again (Lambda retries, a poller restart): nothing is sent twice.
    const again = new StreamPoller({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: stack.tableName, handler: notifyStaff });
    await again.drain();
    await again.stop();
    expect(fakeTwilio.messagesTo('+15555550198')).toHaveLength(1);
  });

  it('writes one referral when Twilio retries the confirming text (same MessageSid) and replays the same confirmation', async () => {
    const from = '+16615550141';
    await text(from, [...KERN_PARENT_TO_SUMMARY, '1']);
    const sid = messageSid();
    const first = await sendSms(stack.baseUrl, { From: from, Body: '1', MessageSid: sid });
    const retry = await sendSms(stack.baseUrl, { From: from, Body: '1', MessageSid: sid });
    expect(retry.body).toBe(first.body);
    const mine = (await referralItems()).filter((i) => i.contact.key === from);
    expect(mine).toHaveLength(1);
    expect(first.messages.join('\n')).toContain(mine[0].code);
  });

  it('writes one referral when two confirming texts arrive at once (one turn re-runs after an eTag conflict)', async () => {
    const from = '+16615550143';
    await text(from, [...KERN_PARENT_TO_SUMMARY, '1']);
    const [a, b] = await Promise.all([sendSms(stack.baseUrl, { From: from, Body: '1' }), sendSms(stack.baseUrl, { From: from, Body: 'Yes, share it' })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const mine = (await referralItems()).filter((i) => i.contact.key === from);
    expect(mine).toHaveLength(1);
    expect(`${a.messages.join('\n')}\n${b.messages.join('\n')}`).toContain(mine[0].code);
  });

  it('emails and texts the fallback team for a county without its own targets, with no personal data', async () => {
    const from = '+15595550142';
    const answers = fresnoParentReferral('2');
    const replies = await text(from, answers);
    expect(replies[0]).toMatch(/Vamos a hacer una referencia/);
    const confirmation = replies.at(-1)!;
    expect(confirmation).toMatch(/Gracias/);
    const code = /CCS-[A-Z0-9]{6}/.exec(confirmation)?.[0];
    expect(code).toBeDefined();

    await poller.drain();
    const email = stack.runtime.email as OutboxEmailSender;
    const sent = email.sent.filter((m) => m.text.includes(code!));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'staff@example.org', subject: expect.stringContaining(code!) });
    expect(`${sent[0].subject}\n${sent[0].text}`).not.toMatch(/Ana|Rosa|Díaz|asma|2016/);
    expect(fakeTwilio.messagesTo('+15555550199').filter((m) => m.body.includes(code!))).toHaveLength(1);
    const item = (await referralItems()).find((i) => i.code === code);
    expect(item).toMatchObject({
      language: 'es',
      county: 'Fresno',
      queue: { id: 'county-fresno' },
      child: { dateOfBirth: '2016-03-03' },
      preferredLanguage: 'es',
      updatesOptIn: false,
    });
  });
});
