import caHolidays from '../../../src/referrals/caHolidays.json';
import { caPublicHolidays } from '../../../scripts/generate-ca-holidays';

/** The product ships a static holiday list instead of date-holidays; it must say what date-holidays says, far enough ahead. */
describe('the static California holiday list', () => {
  it('matches date-holidays for every year it covers', () => {
    const fromLibrary = new Set<string>();
    for (let year = caHolidays.firstYear; year <= caHolidays.lastYear; year += 1) for (const date of caPublicHolidays(year)) fromLibrary.add(date);
    expect(caHolidays.dates).toEqual([...fromLibrary].sort());
  });

  it('reaches at least ten years past today (regenerate with scripts/generate-ca-holidays.ts)', () => {
    expect(caHolidays.lastYear).toBeGreaterThanOrEqual(new Date().getUTCFullYear() + 10);
  });
});
