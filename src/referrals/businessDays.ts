import type { Lang } from '../i18n';
import caHolidays from './caHolidays.json';

/** California's time zone: "today" and "the next business day" are California dates. */
export const CA_TIME_ZONE = 'America/Los_Angeles';

/** California public holidays, generated from date-holidays (scripts/generate-ca-holidays.ts). */
const CA_HOLIDAYS: ReadonlySet<string> = new Set(caHolidays.dates);

/**
 * Business days for California county offices: Monday to Friday, except California public
 * holidays as date-holidays lists them (New Year's Day, MLK Day, Presidents' Day, César Chávez
 * Day, Memorial Day, Juneteenth, Independence Day, Labor Day, Veterans Day, Thanksgiving and the
 * day after, Christmas, with observed substitutes), shipped as a static list
 * (src/referrals/caHolidays.json, whose test keeps it ten years ahead). Dates are ISO `YYYY-MM-DD` strings.
 */
export class BusinessCalendar {
  constructor(
    private readonly timeZone = CA_TIME_ZONE,
    /** Extra closed days (e.g. a county furlough day), ISO dates. */
    private readonly extraClosed: readonly string[] = [],
  ) {}

  /** The calendar date of `instant` in California. */
  localDate(instant: Date): string {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: this.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
    return parts; // en-CA formats as YYYY-MM-DD
  }

  isHoliday(date: string): boolean {
    return CA_HOLIDAYS.has(date) || this.extraClosed.includes(date);
  }

  isBusinessDay(date: string): boolean {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.isHoliday(date);
  }

  /** The first business day strictly after `date`. */
  nextBusinessDay(date: string): string {
    return this.addBusinessDays(date, 1);
  }

  /** `days` business days after `date` (business days strictly after it are counted). */
  addBusinessDays(date: string, days: number): string {
    let current = date;
    let left = days;
    while (left > 0) {
      current = addDays(current, 1);
      if (this.isBusinessDay(current)) left -= 1;
    }
    return current;
  }
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "Monday, January 5, 2026" / "lunes, 5 de enero de 2026". */
export function formatLongDate(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "March 3, 2015" / "3 de marzo de 2015". */
export function formatDate(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
