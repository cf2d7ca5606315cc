import { BusinessCalendar } from '../../../src/referrals/businessDays';
import { MemoryReferralStore } from '../../helpers/memoryReferralStore';
import { businessDaysBetween, mondayOf, queueStats } from '../../../src/staff/stats';
import { newReferral } from '../../helpers/staffFixtures';

const calendar = new BusinessCalendar();

describe('queueStats', () => {
  it('finds the Monday of a week and counts business days (weekends and California holidays skipped)', () => {
    expect(mondayOf('2026-01-14')).toBe('2026-01-12');
    expect(mondayOf('2026-01-18')).toBe('2026-01-12');
    expect(mondayOf('2026-01-12')).toBe('2026-01-12');
    expect(businessDaysBetween(calendar, '2026-01-09', '2026-01-09')).toBe(0);
    // Friday to Tuesday over Martin Luther King Jr. Day: one business day.
    expect(businessDaysBetween(calendar, '2026-01-16', '2026-01-20')).toBe(1);
  });

  it('counts referrals per county per week and how long families waited for first contact', async () => {
    const store = new MemoryReferralStore();
    const make = async (createdAt: string, county: string | undefined, contactedAt?: string, closed = false) => {
      const { referral } = await store.create(newReferral({ createdAt, county, region: county ? 'CA' : 'IL' }));
      if (contactedAt) await store.updateStatus(referral.id, { to: 'in_progress', by: 's', at: new Date(contactedAt) });
      if (closed) await store.updateStatus(referral.id, { to: 'closed', by: 's', outcome: 'withdrawn' });
    };
    await make('2026-01-05T17:00:00.000Z', 'Kern', '2026-01-05T20:00:00.000Z'); // same day
    await make('2026-01-06T17:00:00.000Z', 'Kern', '2026-01-08T17:00:00.000Z'); // 2 business days
    await make('2026-01-13T17:00:00.000Z', 'Fresno', '2026-01-23T17:00:00.000Z'); // 7 business days (MLK Day skipped)
    await make('2026-01-14T17:00:00.000Z', 'Kern'); // waiting
    await make('2026-01-14T18:00:00.000Z', undefined, undefined, true); // closed without contact: not charted as a wait
    await make('2025-11-03T17:00:00.000Z', 'Kern', '2025-11-03T18:00:00.000Z'); // before the window

    const stats = queueStats([...store.items.values()], { calendar, today: '2026-01-14', weeks: 3 });
    expect(stats.weeks).toEqual(['2025-12-29', '2026-01-05', '2026-01-12']);
    expect(stats.perCounty).toEqual([
      { county: 'Kern', counts: [0, 2, 1] },
      { county: 'Fresno', counts: [0, 0, 1] },
      { county: 'Illinois', counts: [0, 0, 1] },
    ]);
    expect(Object.fromEntries(stats.timeToFirstContact.map((b) => [b.label, b.count]))).toEqual({
      'Same day': 1,
      '1 business day': 0,
      '2 business days': 1,
      '3–5 business days': 0,
      '6 or more': 1,
      'Not yet contacted': 1,
    });
  });
});
