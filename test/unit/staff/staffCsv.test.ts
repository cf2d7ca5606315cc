import { csvCell, referralsCsv } from '../../../src/staff/exportCsv';
import { MemoryReferralStore } from '../../helpers/memoryReferralStore';
import { newReferral } from '../../helpers/staffFixtures';

describe('csvCell', () => {
  it('defuses anything a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+15555550100')).toBe("'+15555550100");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('\r=cmd')).toBe(`"'\r=cmd"`);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and leaves plain values alone', () => {
    expect(csvCell('Kern')).toBe('Kern');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(3)).toBe('3');
  });
});

describe('referralsCsv', () => {
  it('writes a header and one row per referral, oldest first, with CRLF line ends', async () => {
    const store = new MemoryReferralStore();
    await store.create(newReferral({ createdAt: '2026-01-08T17:00:00.000Z' }));
    await store.create(newReferral({ createdAt: '2026-01-07T17:00:00.000Z', firstContactDue: '2026-01-01' }));
    const csv = referralsCsv([...store.items.values()], '2026-01-14');
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toMatch(/^CCS-\w{6},referral,county-kern,CA,Kern,sms,en,Submitted,2026-01-07T17:00:00.000Z,2026-01-01,,,yes,,$/);
    expect(lines[2]).toContain(',2026-01-08T17:00:00.000Z,');
  });
});
