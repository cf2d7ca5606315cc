/**
 * SMS segment arithmetic, counted as Twilio counts it. GSM-7 carries 160 septets in one segment
 * (153 per part when concatenated); one character outside it switches the whole message to UCS-2:
 * 70 UTF-16 units (67 per part). A character is never split between parts: a GSM-7 extension
 * character (escape + char, 2 septets) or an emoji (a surrogate pair, 2 units) that does not fit
 * in what is left of a part starts the next one. Spanish with á í ó ú is therefore usually UCS-2
 * (field-lessons.md, Twilio's message segment calculator).
 */
const GSM7_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters that cost two septets (escape + char). */
const GSM7_EXTENDED = '^{}\\[~]|€\f';

const basic = new Set(GSM7_BASIC);
const extended = new Set(GSM7_EXTENDED);

const LIMITS = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
} as const;

export type SmsEncoding = keyof typeof LIMITS;

export interface SegmentInfo {
  encoding: SmsEncoding;
  segments: number;
  /** Code units used: septets for GSM-7, UTF-16 units for UCS-2. */
  units: number;
}

function encodingOf(text: string): SmsEncoding {
  for (const ch of text) if (!basic.has(ch) && !extended.has(ch)) return 'UCS-2';
  return 'GSM-7';
}

/** What each character (code point) costs; a character's units always travel in one part. */
function characterSizes(text: string, encoding: SmsEncoding): number[] {
  return Array.from(text, (ch) => (encoding === 'GSM-7' ? (extended.has(ch) ? 2 : 1) : ch.length));
}

export function segmentInfo(text: string): SegmentInfo {
  const encoding = encodingOf(text);
  const sizes = characterSizes(text, encoding);
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const { single, part } = LIMITS[encoding];
  if (units <= single) return { encoding, units, segments: units === 0 ? 0 : 1 };
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { encoding, units, segments };
}

/** Most segments one reply message should use ("within 3 SMS segments where possible"). */
export const MAX_SEGMENTS_PER_MESSAGE = 3;

/** Whether `text` goes out as one message of at most `maxSegments` segments. */
export function fitsInSms(text: string, maxSegments = MAX_SEGMENTS_PER_MESSAGE): boolean {
  return segmentInfo(text).segments <= maxSegments;
}

/** Break points from the most to the least natural: paragraphs, lines, sentences, words. */
type Splitter = (text: string) => string[];

// Made on first use: the first segmenter a process makes loads ICU's break rules (~7-10 ms),
// which every function that texts would otherwise pay at cold start; most texts need neither.
let sentences: Intl.Segmenter | undefined;
let graphemes: Intl.Segmenter | undefined;

const SPLITTERS: { split: Splitter; join: string }[] = [
  { split: (text) => text.split(/\n\s*\n/), join: '\n\n' },
  { split: (text) => text.split('\n'), join: '\n' },
  { split: (text) => Array.from((sentences ??= new Intl.Segmenter('es', { granularity: 'sentence' })).segment(text), (s) => s.segment), join: ' ' },
  // Between words, but never inside a phone number such as "(661) 321-3000".
  { split: (text) => text.split(/(?<!\(\d{3}\))\s+/), join: ' ' },
];

/**
 * Splits text into messages of at most {@link MAX_SEGMENTS_PER_MESSAGE} segments, breaking at
 * paragraph, then line, then sentence, then word boundaries, so no word, number or sentence that
 * fits is ever cut. Only a single "word" longer than a whole message (a very long link) is cut,
 * and then between characters as the eye sees them (graphemes), never inside an emoji.
 */
export function splitForSms(text: string, maxSegments = MAX_SEGMENTS_PER_MESSAGE): string[] {
  const fits = (candidate: string) => fitsInSms(candidate, maxSegments);

  function pack(piece: string, level: number): string[] {
    const trimmed = piece.trim();
    if (!trimmed) return [];
    if (fits(trimmed)) return [trimmed];
    if (level === SPLITTERS.length) return cutGraphemes(trimmed, fits);
    const { split, join } = SPLITTERS[level];
    const pieces = split(trimmed)
      .map((p) => p.trim())
      .filter(Boolean);
    if (pieces.length < 2) return pack(trimmed, level + 1);
    const messages: string[] = [];
    let current = '';
    for (const next of pieces) {
      const candidate = current ? `${current}${join}${next}` : next;
      if (fits(candidate)) {
        current = candidate;
        continue;
      }
      if (current) messages.push(current);
      current = '';
      if (fits(next)) current = next;
      else messages.push(...pack(next, level + 1));
    }
    if (current) messages.push(current);
    return messages;
  }

  return pack(text, 0);
}

function cutGraphemes(text: string, fits: (candidate: string) => boolean): string[] {
  const chunks: string[] = [];
  let current = '';
  graphemes ??= new Intl.Segmenter('es', { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    if (current && !fits(current + segment)) {
      chunks.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) chunks.push(current);
  return chunks;
}
