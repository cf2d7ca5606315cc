import fc from 'fast-check';
import { segmentInfo, splitForSms } from '../../../../src/channels/sms/segments';

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
    expect(segmentInfo('[x]')).toMatchObject({ encoding: 'GSM-7', units: 5 });
  });

  it('never splits an extension character between parts, as Twilio does: it moves to the next part', () => {
    // 152 septets, then € (2 septets) would straddle the 153-septet boundary: 152 + 153 + 1.
    expect(segmentInfo(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toMatchObject({ units: 306, segments: 3 });
    expect(segmentInfo('a'.repeat(306))).toMatchObject({ units: 306, segments: 2 });
    expect(segmentInfo(`${'a'.repeat(151)}€${'a'.repeat(152)}`)).toMatchObject({ units: 305, segments: 2 });
  });

  it('never splits an emoji (a surrogate pair) between UCS-2 parts', () => {
    // 66 units, then an emoji (2 units) would straddle the 67-unit boundary: 66 + 67 + 1.
    expect(segmentInfo(`${'á'.repeat(66)}😀${'á'.repeat(66)}`)).toMatchObject({ encoding: 'UCS-2', units: 134, segments: 3 });
    expect(segmentInfo('á'.repeat(134))).toMatchObject({ units: 134, segments: 2 });
    expect(segmentInfo(`${'á'.repeat(65)}😀${'á'.repeat(67)}`)).toMatchObject({ units: 134, segments: 2 });
    expect(segmentInfo('😀'.repeat(35))).toMatchObject({ units: 70, segments: 1 });
  });

  it('counts as an independent packing of whole characters does (property)', () => {
    const character = fc.constantFrom('a', ' ', 'é', '€', '{', 'á', 'ñ', '😀', '\n');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 500 }), (chars) => {
        const text = chars.join('');
        const ucs2 = chars.some((c) => !['a', ' ', 'é', '€', '{', 'ñ', '\n'].includes(c));
        const size = (c: string) => (ucs2 ? c.length : c === '€' || c === '{' ? 2 : 1);
        const total = chars.reduce((sum, c) => sum + size(c), 0);
        const [single, part] = ucs2 ? [70, 67] : [160, 153];
        let expected = total === 0 ? 0 : 1;
        if (total > single) {
          let used = 0;
          for (const c of chars) {
            if (used + size(c) > part) {
              expected += 1;
              used = 0;
            }
            used += size(c);
          }
        }
        expect(segmentInfo(text)).toEqual({ encoding: ucs2 ? 'UCS-2' : 'GSM-7', units: total, segments: expected });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('Function: splitForSms', () => {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const graphemesOf = (text: string) => Array.from(new Intl.Segmenter('es', { granularity: 'grapheme' }).segment(text), (s) => s.segment);

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
      expect(part).not.toMatch(/\(661\)$/);
    }
    expect(squash(parts.join(' '))).toBe(squash(text));
  });

  it('applies the smaller UCS-2 budget to Spanish with accents', () => {
    const parts = splitForSms('Llame a la oficina de CCS de su condado para más información. '.repeat(8));
    for (const part of parts) expect(segmentInfo(part).segments).toBeLessThanOrEqual(3);
  });

  it('splits a Spanish answer between sentences, never in the middle of one that fits', () => {
    const first = 'En los condados del Modelo de Niño Completo, un solo plan maneja todas las necesidades de salud del niño, incluidos los servicios de CCS.';
    const second = 'La oficina de CCS del condado sigue decidiendo quién puede recibir los servicios y qué condiciones califican.';
    const third = 'Si tiene más preguntas sobre su caso, llame a la oficina de CCS de su condado o responda "agente".';
    const parts = splitForSms(`${first} ${second} ${third}`);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part).toMatch(/[.!?"]$/);
    expect(parts.join(' ')).toBe(`${first} ${second} ${third}`);
  });

  it('cuts a single unbroken run (a very long link) only between graphemes, never inside an emoji', () => {
    const run = '😀👍🏽'.repeat(120);
    const parts = splitForSms(run);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(segmentInfo(part).segments).toBeLessThanOrEqual(3);
      expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(parts.join('')).toBe(run);
  });

  it('never splits inside a word or a grapheme, and every message is within 3 segments as Twilio counts (property)', () => {
    const word = fc
      .array(fc.constantFrom('a', 'b', 'ñ', 'á', 'é', '€', '{', '😀', '👍🏽', '.', '?', '1'), { minLength: 1, maxLength: 12 })
      .map((chars) => chars.join(''));
    const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\n\n', '. ');
    const text = fc.array(fc.tuple(word, separator), { maxLength: 200 }).map((pairs) => pairs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (input) => {
        const parts = splitForSms(input);
        for (const part of parts) {
          expect(segmentInfo(part).segments).toBeLessThanOrEqual(3);
          expect(part).toBe(part.trim());
          expect(part).not.toBe('');
        }
        // Joined with a space the parts give back the text: a cut inside a word would add a space to it.
        expect(squash(parts.join(' '))).toBe(squash(input));
        expect(graphemesOf(parts.join(' ')).filter((g) => g.trim())).toEqual(graphemesOf(input).filter((g) => g.trim()));
      }),
      { numRuns: 300 },
    );
  });
});
