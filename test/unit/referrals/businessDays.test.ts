import { BusinessCalendar, formatLongDate } from '../../../src/referrals/businessDays';

describe('California business days', () => {
  const calendar = new BusinessCalendar();

  it('skips weekends', () => {
    expect(calendar.nextBusinessDay('2026-01-09')).toBe('2026-01-12'); // Friday → Monday
    expect(calendar.nextBusinessDay('2026-01-10')).toBe('2026-01-12'); // Saturday → Monday
    expect(calendar.addBusinessDays('2026-01-07', 2)).toBe('2026-01-09');
    expect(calendar.addBusinessDays('2026-01-08', 2)).toBe('2026-01-12');
  });

  it('skips California state holidays, observed days included', () => {
    expect(calendar.nextBusinessDay('2026-01-16')).toBe('2026-01-20'); // MLK Day, Jan 19
    expect(calendar.nextBusinessDay('2026-03-30')).toBe('2026-04-01'); // César Chávez Day, Mar 31
    expect(calendar.nextBusinessDay('2026-11-25')).toBe('2026-11-30'); // Thanksgiving and the day after
    expect(calendar.nextBusinessDay('2026-12-24')).toBe('2026-12-28'); // Christmas
    expect(calendar.nextBusinessDay('2026-07-02')).toBe('2026-07-06'); // Independence Day observed Friday Jul 3
    expect(calendar.isBusinessDay('2026-11-11')).toBe(false); // Veterans Day
    expect(calendar.isBusinessDay('2026-02-14')).toBe(false); // a Saturday anyway
    expect(calendar.isBusinessDay('2026-03-17')).toBe(true); // St. Patrick's Day is not a closure
  });

  it('counts extra closed days from configuration', () => {
    expect(new BusinessCalendar(undefined, ['2026-01-08']).addBusinessDays('2026-01-07', 1)).toBe('2026-01-09');
  });

  it('uses the California date, not UTC', () => {
    expect(calendar.localDate(new Date('2026-01-08T07:30:00Z'))).toBe('2026-01-07'); // 11:30 pm Pacific
    expect(calendar.localDate(new Date('2026-01-08T08:30:00Z'))).toBe('2026-01-08');
  });

  it('writes dates out in English and Spanish', () => {
    expect(formatLongDate('2026-01-20', 'en')).toBe('Tuesday, January 20, 2026');
    expect(formatLongDate('2026-01-20', 'es')).toBe('martes, 20 de enero de 2026');
  });
});
