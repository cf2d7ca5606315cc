import { BusinessCalendar } from '../../../src/referrals/businessDays';
import { Router } from '../../../src/referrals/routing';
import { firstContactOverdue, familyStatusParts } from '../../../src/family/familyStatus';
import type { Referral } from '../../../src/referrals/model';

describe('The first-contact window (content/routing.json, California business days)', () => {
  const calendar = new BusinessCalendar();
  const router = new Router();

  it('is 2 business days by default and skips Thanksgiving and the day after: a Wednesday-before referral is due Tuesday', () => {
    expect(router.firstContactBusinessDays(router.queue('county-kern'))).toBe(2);
    expect(calendar.addBusinessDays('2026-11-25', 2)).toBe('2026-12-01');
  });

  it('is overdue only for an unopened referral, and only after its due date', () => {
    const due = { firstContactDue: '2026-12-01' };
    expect(firstContactOverdue({ ...due, status: 'submitted' }, '2026-11-30')).toBe(false);
    expect(firstContactOverdue({ ...due, status: 'submitted' }, '2026-12-01')).toBe(false);
    expect(firstContactOverdue({ ...due, status: 'submitted' }, '2026-12-02')).toBe(true);
    expect(firstContactOverdue({ ...due, status: 'received' }, '2026-12-02')).toBe(false);
  });

  const referral = {
    code: 'CCS-7K3F9Q',
    status: 'received',
    statusChangedAt: '2026-11-30T18:00:00Z',
    region: 'CA',
    county: 'Kern',
    child: { firstName: 'Juan', lastName: 'Perez', dateOfBirth: '2015-03-25' },
    firstContactDue: '2026-12-01',
  } as Referral;
  const next = (r: Referral, today: string, lang: 'en' | 'es') => familyStatusParts(r, { lang, today, calendar, router }).next;

  it('is a staff target only: the family hears no date, just that the office will contact them and its number', () => {
    expect(next(referral, '2026-11-30', 'en')).toBe('They will contact you to start the process. You can call the Kern County CCS office at (661) 321-3000.');
    expect(next(referral, '2026-12-02', 'es')).toBe(
      'Van a comunicarse con usted para empezar el proceso. Puede llamar a la oficina de CCS del condado de Kern al (661) 321-3000.',
    );
  });

  it('gives the date an office confirmed, and once it has passed, says so with the office number', () => {
    const confirmed = { ...referral, confirmedFirstContactDue: '2026-12-01' };
    expect(next(confirmed, '2026-12-01', 'en')).toBe(
      'They will contact you to start the process. The office told us it would contact you by Tuesday, December 1, 2026. You can call the Kern County CCS office at (661) 321-3000.',
    );
    expect(next(confirmed, '2026-12-02', 'en')).toMatch(
      /by Tuesday, December 1, 2026; if it has not, please contact it\. You can call the Kern County CCS office at \(661\) 321-3000\.$/,
    );
  });
});
