import type { Lang } from '../i18n';
import { addDays } from './businessDays';

/**
 * Reads a calendar date the way people type it: 03/25/2015, 3-25-15, 2015-03-25, 25/03/2015,
 * "March 25 2015", "Mar 25th, 2015", "25 March 2015", "25 de marzo de 2015", "marzo 25 2015",
 * 03252015, and (when `relative` is allowed) today / yesterday / hoy / ayer.
 *
 * Numeric dates are month first in English and day first in Spanish, unless one of the numbers
 * can only be a day (> 12). Two-digit years are this century unless that would be in the future.
 */
export type DateParse = { ok: true; date: string } | { ok: false; error: 'format' | 'impossible' };

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  enero: 1,
  ene: 1,
  february: 2,
  feb: 2,
  febrero: 2,
  march: 3,
  mar: 3,
  marzo: 3,
  april: 4,
  apr: 4,
  abril: 4,
  abr: 4,
  may: 5,
  mayo: 5,
  june: 6,
  jun: 6,
  junio: 6,
  july: 7,
  jul: 7,
  julio: 7,
  august: 8,
  aug: 8,
  agosto: 8,
  ago: 8,
  september: 9,
  sept: 9,
  sep: 9,
  septiembre: 9,
  setiembre: 9,
  set: 9,
  october: 10,
  oct: 10,
  octubre: 10,
  november: 11,
  nov: 11,
  noviembre: 11,
  december: 12,
  dec: 12,
  diciembre: 12,
  dic: 12,
};

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim();
}

function fullYear(y: string, today: string): number {
  if (y.length === 4) return Number(y);
  const current = Number(today.slice(0, 4));
  const candidate = 2000 + Number(y);
  return candidate <= current ? candidate : 1900 + Number(y);
}

/** An ISO date if year/month/day is a real calendar date, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

function result(year: number, month: number, day: number): DateParse {
  const date = isoDate(year, month, day);
  return date ? { ok: true, date } : { ok: false, error: 'impossible' };
}

export function parseDate(text: string, { lang, today, relative = false }: { lang: Lang; today: string; relative?: boolean }): DateParse {
  const t = fold(text)
    .replace(/\b(born|nacio|nacido|nacida|el|on|dob|fecha|de nacimiento|birthday|cumpleanos)\b[:]?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  if (relative) {
    if (/^(today|hoy|this morning|esta manana|tonight|esta noche)$/.test(t)) return { ok: true, date: today };
    if (/^(yesterday|ayer|last night|anoche)$/.test(t)) return { ok: true, date: addDays(today, -1) };
    if (/^(anteayer|antier|the day before yesterday)$/.test(t)) return { ok: true, date: addDays(today, -2) };
  }

  // ISO, year first: 2015-03-25, 2015/3/25
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return result(Number(m[1]), Number(m[2]), Number(m[3]));

  // Numeric with separators: 3/25/2015, 25-03-15, 3.25.2015
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = fullYear(m[3], today);
    const dayFirst = a > 12 ? true : b > 12 ? false : lang === 'es';
    return dayFirst ? result(year, b, a) : result(year, a, b);
  }

  // Eight digits: 03252015 (MMDDYYYY, or DDMMYYYY in Spanish) or 20150325
  m = /^(\d{8})$/.exec(t);
  if (m) {
    const s = m[1];
    if (/^(19|20)\d{2}(0[1-9]|1[0-2])/.test(s)) return result(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));
    const [a, b, y] = [Number(s.slice(0, 2)), Number(s.slice(2, 4)), Number(s.slice(4))];
    const dayFirst = a > 12 ? true : b > 12 ? false : lang === 'es';
    return dayFirst ? result(y, b, a) : result(y, a, b);
  }

  // Words: "march 25 2015", "25 march 2015", "25 de marzo de 2015", "marzo 25, 2015", "mar 25th 2015"
  const words = t
    .replace(/,/g, ' ')
    .replace(/\b(de|del|of|the)\b/g, ' ')
    .replace(/(\d+)(st|nd|rd|th|ro|do|er|vo|to|a|o)\b/g, '$1')
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  if (words.length === 3) {
    const monthIndex = words.findIndex((w) => w in MONTHS);
    if (monthIndex === 0 && /^\d{1,2}$/.test(words[1]) && /^\d{2}(\d{2})?$/.test(words[2])) {
      return result(fullYear(words[2], today), MONTHS[words[0]], Number(words[1]));
    }
    if (monthIndex === 1 && /^\d{1,2}$/.test(words[0]) && /^\d{2}(\d{2})?$/.test(words[2])) {
      return result(fullYear(words[2], today), MONTHS[words[1]], Number(words[0]));
    }
  }
  return { ok: false, error: 'format' };
}

/** Whole years between an ISO birth date and an ISO date. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
