import { BusinessCalendar } from '../../../src/referrals/businessDays';
import { OutboxEmailSender } from '../../../src/staff/email';
import { Router } from '../../../src/referrals/routing';
import { MemoryReferralStore } from '../../helpers/memoryReferralStore';
import { DailySummary } from '../../../src/staff/dailySummary';
import { FRESNO, KERN, newReferral } from '../../helpers/staffFixtures';

/** Wednesday, January 14, 2026 in California. */
const NOW = new Date('2026-01-14T18:00:00Z');

/** Once-per-key claims in memory, as OnceClaims does them on DynamoDB. */
function memoryClaims() {
  const taken = new Set<string>();
  return { claim: async (key: string) => !taken.has(key) && Boolean(taken.add(key)) };
}

function summary(store: MemoryReferralStore, sms = { send: jest.fn(async () => ({ sid: 'SM1' })) }, claims = memoryClaims()) {
  const email = new OutboxEmailSender();
  const run = new DailySummary({
    store,
    router: new Router(),
    calendar: new BusinessCalendar(),
    sms,
    email,
    claims,
    consoleBaseUrl: 'https://ccs.example.org/',
    now: () => NOW,
  });
  return { run, sms, email };
}

describe('DailySummary', () => {
  it('goes out once a day: a repeated scheduled run sends nothing more', async () => {
    const store = new MemoryReferralStore();
    await store.create(newReferral({ firstContactDue: '2026-01-13' }));
    const { run, sms } = summary(store);
    expect((await run.run()).sent).toBeGreaterThan(0);
    const calls = sms.send.mock.calls.length;
    expect(await run.run()).toEqual({ date: '2026-01-14', queues: [], sent: 0, failed: 0, alreadySent: true });
    expect(sms.send.mock.calls.length).toBe(calls);
  });

  it('sends nothing on a day with nothing overdue', async () => {
    const store = new MemoryReferralStore();
    await store.create(newReferral({ firstContactDue: '2026-01-14' }));
    const { run, sms, email } = summary(store);
    expect(await run.run()).toEqual({ date: '2026-01-14', queues: [], sent: 0, failed: 0 });
    expect(sms.send).not.toHaveBeenCalled();
    expect(email.sent).toEqual([]);
  });

  it('gives a recipient watching several queues one message naming how many queues', async () => {
    const store = new MemoryReferralStore();
    // Fresno and Alameda both fall back to the statewide team's targets.
    await store.create(newReferral({ queue: FRESNO, county: 'Fresno', firstContactDue: '2026-01-13' }));
    await store.create(newReferral({ queue: { id: 'county-alameda', name: 'Alameda County CCS office' }, county: 'Alameda', firstContactDue: '2026-01-12' }));
    await store.create(newReferral({ queue: KERN, firstContactDue: '2026-01-13' }));
    const { run, sms, email } = summary(store);
    await run.run();
    expect(sms.send).toHaveBeenCalledWith(
      '+15555550199',
      'CCS Navigator daily summary: 2 overdue in 2 queues. Open the staff console: https://ccs.example.org/staff',
    );
    expect(email.sent).toHaveLength(1);
    expect(email.sent[0].text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
  });

  it('still sends to the others when one recipient fails, and says so', async () => {
    const store = new MemoryReferralStore();
    await store.create(newReferral({ queue: FRESNO, county: 'Fresno', firstContactDue: '2026-01-13' }));
    const sms = { send: jest.fn(async () => Promise.reject(new Error('Twilio down'))) };
    const { run, email } = summary(store, sms as never);
    expect(await run.run()).toMatchObject({ sent: 1, failed: 1 });
    expect(email.sent).toHaveLength(1);
  });
});
