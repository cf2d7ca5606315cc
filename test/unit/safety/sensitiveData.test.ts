import { findSsn, redactSsn } from '../../../src/safety';

describe('findSsn / redactSsn', () => {
  it.each([
    'my ssn is 123-45-6789',
    '123 45 6789',
    'here: 123.45.6789 thanks',
    'SSN 123456789',
    'his social security number is 123456789',
    'social: 123 456 789',
    'su número de seguro social es 123456789',
    'ss# 123456789',
  ])('finds and redacts an SSN in %s', (text) => {
    expect(findSsn(text)).toBe(true);
    const redacted = redactSsn(text);
    expect(redacted).toContain('[SSN removed]');
    expect(redacted.replace(/\D/g, '')).toBe('');
    expect(findSsn(redacted)).toBe(false);
  });

  it.each([
    'call the office at (661) 321-3000',
    '661-321-3000',
    '6613213000',
    '1-800-345-9049',
    'NPI 1234567893',
    'my ssn is 1234567893',
    'born 01/02/2015',
    'appointment 2024-03-15',
    'appointment 03-15-2024',
    'member id 123456789',
    'zip 93301-1234',
    'case 12345',
  ])('leaves %s alone', (text) => {
    expect(findSsn(text)).toBe(false);
    expect(redactSsn(text)).toBe(text);
  });

  it('keeps the rest of the message', () => {
    expect(redactSsn('ok my ssn is 123-45-6789, what next?')).toBe('ok my ssn is [SSN removed], what next?');
  });
});
