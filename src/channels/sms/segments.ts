/**
 * SMS segment arithmetic. GSM-7 carries 160 characters in one segment (153 per part when
 * concatenated); one character outside it switches the whole message to UCS-2: 70 (67 per part).
 * Spanish with á í ó ú is therefore usually UCS-2 (field-lessons.md, Twilio).
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters that cost two septets (escape + char). */
const GSM7_EXTENDED = '^{}\\[~]|€\f';

const basic = new Set(GSM7_BASIC);
const extended = new Set(GSM7_EXTENDED);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentInfo {
  encoding: SmsEncoding;
  segments: number;
  /** Code units used: septets for GSM-7, UTF-16 units for UCS-2. */
  units: number;
}

export function segmentInfo(text: string): SegmentInfo {
  let septets = 0;
  for (const ch of text) {
    if (basic.has(ch)) septets += 1;
    else if (extended.has(ch)) septets += 2;
    else {
      const units = text.length; // UTF-16 code units, as carriers count UCS-2
      return { encoding: 'UCS-2', units, segments: units <= 70 ? (units === 0 ? 0 : 1) : Math.ceil(units / 67) };
    }
  }
  return { encoding: 'GSM-7', units: septets, segments: septets <= 160 ? (septets === 0 ? 0 : 1) : Math.ceil(septets / 153) };
}

/** Most segments one reply message should use ("within 3 SMS segments where possible"). */
export const MAX_SEGMENTS_PER_MESSAGE = 3;

/**
 * Splits text into messages of at most {@link MAX_SEGMENTS_PER_MESSAGE} segments, breaking at
 * paragraph, then line, then sentence, then word boundaries so a phone number is never cut.
 */
export function splitForSms(text: string, maxSegments = MAX_SEGMENTS_PER_MESSAGE): string[] {
  const trimmed = text.trim();
  if (segmentInfo(trimmed).segments <= maxSegments) return trimmed ? [trimmed] : [];
  const separators = [/\n\n+/, /\n/, /(?<=[.!?])\s+/, /\s+/];
  for (const separator of separators) {
    const pieces = trimmed.split(separator).filter(Boolean);
    if (pieces.length < 2) continue;
    const joiner = separator.source.startsWith('\\n\\n') ? '\n\n' : separator.source === '\\n' ? '\n' : ' ';
    const messages: string[] = [];
    let current = '';
    for (const piece of pieces) {
      const candidate = current ? `${current}${joiner}${piece}` : piece;
      if (segmentInfo(candidate).segments <= maxSegments) current = candidate;
      else {
        if (current) messages.push(current);
        current = piece;
      }
    }
    if (current) messages.push(current);
    if (messages.every((m) => segmentInfo(m).segments <= maxSegments)) return messages;
    return messages.flatMap((m) => splitForSms(m, maxSegments));
  }
  // A single unbreakable run (no spaces): cut by characters as a last resort.
  const size = segmentInfo(trimmed).encoding === 'GSM-7' ? 153 * maxSegments : 67 * maxSegments;
  const chunks: string[] = [];
  for (let i = 0; i < trimmed.length; i += size) chunks.push(trimmed.slice(i, i + size));
  return chunks;
}
