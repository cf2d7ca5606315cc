import { startTestStack, type TestStack } from '../helpers/localStack';
import { FRESNO, ILLINOIS, newReferral } from '../helpers/staffFixtures';
import { handler as dailySummary } from '../../functions/dailySummary';
import { fakeTwilio } from '../../src/local/fakeTwilio';
import { addDays } from '../../src/referrals/businessDays';
import type { OutboxEmailSender } from '../../src/staff/email';
import type { NewReferral } from '../../src/referrals/model';

/** The scheduled daily summary on DynamoDB Local: overdue counts per queue to the queue's on-call number and email. */
describe('functions/dailySummary', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
    fakeTwilio.reset();
    const { store, calendar } = stack.runtime.referrals;
    const today = calendar.localDate(new Date());
    const yesterday = addDays(today, -1);
    const create = async (overrides: Partial<NewReferral>) => (await store.create(newReferral(overrides))).referral.id;
    // Kern: two past first contact (one opened, one not), one in progress past its emergency due date, one on time.
    await create({ firstContactDue: yesterday });
    await store.updateStatus(await create({ firstContactDue: yesterday }), { to: 'received', by: 's' });
    const emergency = await create({
      firstContactDue: addDays(today, -9),
      dueDate: addDays(today, -8),
      emergency: { admittedOn: addDays(today, -9), dueDate: addDays(today, -8) },
    });
    await store.updateStatus(emergency, { to: 'in_progress', by: 's' });
    await create({ firstContactDue: today });
    // Closed items are never overdue.
    const closed = await create({ firstContactDue: yesterday });
    await store.updateStatus(closed, { to: 'closed', outcome: 'withdrawn', by: 's' });
    // Fresno has no targets of its own: the fallback team hears about it.
    await create({ queue: FRESNO, county: 'Fresno', firstContactDue: yesterday });
    const illinois = await create({ queue: ILLINOIS, region: 'IL', county: undefined, firstContactDue: addDays(today, 5) });
    await store.setCareCoordinatorUpdate(illinois, { staff: { id: 's' }, update: { noticedOn: addDays(today, -20), dueDate: addDays(today, -5) } });
  });
  afterAll(() => stack.close());

  it('sends each recipient one message with counts and a console link, and nothing that names a child', async () => {
    const result = await dailySummary();
    expect(result.queues).toEqual([
      { id: 'illinois-team', items: 1, firstContact: 0, due: 1 },
      { id: 'county-fresno', items: 1, firstContact: 1, due: 0 },
      { id: 'county-kern', items: 3, firstContact: 2, due: 1 },
    ]);
    expect(result).toMatchObject({ sent: 4, failed: 0 });

    expect(fakeTwilio.messagesTo('+15555550198').map((m) => m.body)).toEqual([
      'CCS Navigator daily summary: 3 overdue in Kern County CCS office. Open the staff console: http://localhost:3978/staff?queue=county-kern',
    ]);
    expect(fakeTwilio.messagesTo('+15555550199').map((m) => m.body)).toEqual([
      'CCS Navigator daily summary: 1 overdue in Fresno County CCS office. Open the staff console: http://localhost:3978/staff?queue=county-fresno',
    ]);

    const email = (stack.runtime.email as OutboxEmailSender).sent;
    expect(email.map((m) => m.to).sort()).toEqual(['illinois-team@example.org', 'staff@example.org']);
    const fallback = email.find((m) => m.to === 'staff@example.org')!;
    expect(fallback.subject).toMatch(/^CCS Navigator: 1 overdue \(\w+day, \w+ \d+, \d{4}\)$/);
    expect(fallback.text).toContain(
      '- Fresno County CCS office: 1 past the first-contact date, 0 past the due date. http://localhost:3978/staff?queue=county-fresno',
    );
    const illinois = email.find((m) => m.to === 'illinois-team@example.org')!;
    expect(illinois.text).toContain('- Illinois programs team: 0 past the first-contact date, 1 past the due date.');
    for (const text of [...fakeTwilio.outbox().map((m) => m.body), ...email.map((m) => `${m.subject}\n${m.text}`)]) {
      expect(text).not.toMatch(/Mia|Diaz|Rosa|asthma|\+1661/);
    }
  });
});
