import fc from 'fast-check';
import { CODE_ALPHABET, CODE_PATTERN, confirmationCode, parseCode, sourceKeyOf } from '../../../src/referrals/code';

describe('confirmation codes', () => {
  it('are CCS- and 6 symbols with no 0/O/1/I, the same for the same source and salt', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(10), (source, salt) => {
        const code = confirmationCode(source, salt);
        expect(code).toMatch(CODE_PATTERN);
        expect(code.slice(4)).not.toMatch(/[01OI]/);
        expect(confirmationCode(source, salt)).toBe(code);
      }),
    );
    expect(CODE_ALPHABET).toHaveLength(32);
  });

  it('differ for another salt (how a code taken by another referral is skipped)', () => {
    expect(confirmationCode('a', 0)).not.toBe(confirmationCode('a', 1));
  });

  it('are read back as typed ("ccs 7k3f9q", "7K3F9Q") and refuse what cannot be a code', () => {
    const code = confirmationCode('x');
    expect(parseCode(code.toLowerCase().replace('-', ' '))).toBe(code);
    expect(parseCode(code.slice(4))).toBe(code);
    expect(parseCode('CCS-0OIIII')).toBeUndefined();
    expect(parseCode('hello')).toBeUndefined();
  });

  it('source keys are hashes: no phone number or conversation id in them', () => {
    const key = sourceKeyOf('intake', 'sms', '+16615550123', 'SM123');
    expect(key).toMatch(/^[0-9a-f]{40}$/);
    expect(key).not.toContain('6615550123');
  });
});
