import { segmentInfo, splitForSms } from '../../../src/channels/sms/segments';

describe('Function: segmentInfo', () => {
  it('counts GSM-7 text at 160 per single segment and 153 per part', () => {
    expect(segmentInfo('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(segmentInfo('a'.repeat(161)).segments).toBe(2);
    expect(segmentInfo('a'.repeat(306)).segments).toBe(2);
    expect(segmentInfo('a'.repeat(307)).segments).toBe(3);
  });

  it('keeps ñ, é and ¿ in GSM-7 but switches to UCS-2 for á (70 / 67 per part)', () => {
    expect(segmentInfo('¿Señor? é').encoding).toBe('GSM-7');
    expect(segmentInfo('teléfono').encoding).toBe('GSM-7');
    expect(segmentInfo('información').encoding).toBe('UCS-2');
    expect(segmentInfo('á'.repeat(70)).segments).toBe(1);
    expect(segmentInfo('á'.repeat(71)).segments).toBe(2);
  });

  it('counts extended characters such as { and € as two septets', () => {
    expect(segmentInfo('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
  });
});

describe('Function: splitForSms', () => {
  it('keeps a short message whole', () => {
    expect(splitForSms('Kern County CCS: phone (661) 321-3000')).toEqual(['Kern County CCS: phone (661) 321-3000']);
  });

  it('splits long text into messages of at most 3 segments without cutting words or numbers', () => {
    const sentence = 'Call the county CCS office at (661) 321-3000 to ask about your referral. ';
    const text = sentence.repeat(20);
    const parts = splitForSms(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(segmentInfo(part).segments).toBeLessThanOrEqual(3);
      expect(part).not.toMatch(/\(661\) 321-?$/);
    }
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
  });

  it('applies the smaller UCS-2 budget to Spanish with accents', () => {
    const parts = splitForSms('Llame a la oficina de CCS de su condado para más información. '.repeat(8));
    for (const part of parts) expect(segmentInfo(part).segments).toBeLessThanOrEqual(3);
  });
});
