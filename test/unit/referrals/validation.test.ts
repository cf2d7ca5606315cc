import {
  check,
  childNameSchema,
  conditionSchema,
  dateOfBirthSchema,
  formatPhone,
  isValidNpi,
  looksLikeQuestion,
  npiSchema,
  personNameSchema,
  usPhoneSchema,
} from '../../../src/referrals/validation';

describe('referral field validation (zod)', () => {
  it('splits a child name into first and last, "Last, First" too', () => {
    expect(check(childNameSchema, 'Juan Pérez')).toEqual({ ok: true, value: { firstName: 'Juan', lastName: 'Pérez' } });
    expect(check(childNameSchema, 'María José López García')).toEqual({ ok: true, value: { firstName: 'María', lastName: 'José López García' } });
    expect(check(childNameSchema, 'Pérez, Juan')).toEqual({ ok: true, value: { firstName: 'Juan', lastName: 'Pérez' } });
    expect(check(childNameSchema, "D'Angelo O'Neil-Smith")).toEqual({ ok: true, value: { firstName: "D'Angelo", lastName: "O'Neil-Smith" } });
    expect(check(childNameSchema, 'Juan')).toEqual({ ok: false, error: { key: 'childNameNeedsBoth' } });
    expect(check(childNameSchema, 'what is ccs?')).toMatchObject({ ok: false, error: { key: 'nameRetry' } });
    expect(check(personNameSchema, '12345')).toMatchObject({ ok: false, error: { key: 'nameRetry' } });
  });

  it('checks a date of birth: real, not in the future, under 21, saying which rule failed', () => {
    const dob = dateOfBirthSchema('en', '2026-01-07');
    expect(check(dob, '1/8/2005')).toEqual({ ok: true, value: '2005-01-08' });
    expect(check(dob, '1/7/2005')).toEqual({ ok: false, error: { key: 'dobTooOld', vars: { age: 21 } } });
    expect(check(dob, '1/8/2026')).toEqual({ ok: false, error: { key: 'dobFuture' } });
    expect(check(dob, '2/30/2016')).toEqual({ ok: false, error: { key: 'dobImpossible' } });
    expect(check(dob, 'soon')).toEqual({ ok: false, error: { key: 'dobRetry' } });
    expect(check(dob, 'born yesterday')).toEqual({ ok: true, value: '2026-01-06' });
  });

  it('normalizes US phone numbers to E.164 and shows them nationally', () => {
    for (const typed of ['(661) 555-0123', '661-555-0123', '661.555.0123', '6615550123', '+1 661 555 0123', '1-661-555-0123']) {
      expect(check(usPhoneSchema, typed)).toEqual({ ok: true, value: '+16615550123' });
    }
    expect(check(usPhoneSchema, '555-0123')).toEqual({ ok: false, error: { key: 'phoneRetry' } });
    expect(check(usPhoneSchema, '+44 20 7946 0958')).toEqual({ ok: false, error: { key: 'phoneRetry' } });
    expect(formatPhone('+16615550123')).toBe('(661) 555-0123');
  });

  it('checks an NPI: 10 digits and the Luhn check digit with the 80840 prefix', () => {
    expect(isValidNpi('1234567893')).toBe(true); // CMS's published example
    expect(isValidNpi('1234567890')).toBe(false);
    expect(check(npiSchema, 'NPI: 1234-567-893')).toEqual({ ok: true, value: '1234567893' });
    expect(check(npiSchema, '12345')).toEqual({ ok: false, error: { key: 'npiRetry' } });
    expect(check(npiSchema, '1234567890')).toEqual({ ok: false, error: { key: 'npiCheckDigit' } });
  });

  it('takes the condition in the person words, but not an empty or numeric one', () => {
    expect(check(conditionSchema, 'cerebral palsy')).toEqual({ ok: true, value: 'cerebral palsy' });
    expect(check(conditionSchema, '??')).toMatchObject({ ok: false });
    expect(check(conditionSchema, '12345')).toMatchObject({ ok: false, error: { key: 'conditionRetry' } });
  });

  it('recognizes a question typed instead of an answer', () => {
    expect(looksLikeQuestion('what is ccs')).toBe(true);
    expect(looksLikeQuestion('¿cuánto tarda?')).toBe(true);
    expect(looksLikeQuestion('Juan Perez')).toBe(false);
    expect(looksLikeQuestion('heart murmur')).toBe(false);
  });
});
