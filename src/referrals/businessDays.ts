import type HolidaysClass from 'date-holidays';
import type { Lang } from '../i18n';

/** California's time zone: "today" and "the next business day" are California dates. */
export const CA_TIME_ZONE = 'America/Los_Angeles';

/**
 * Business days for California county offices: Monday to Friday, except California public
 * holidays as date-holidays lists them (New Year's Day, MLK Day, Presidents' Day, César Chávez
 * Day, Memorial Day, Juneteenth, Independence Day, Labor Day, Veterans Day, Thanksgiving and the
 * day after, Christmas, with observed substitutes). Dates are ISO `YYYY-MM-DD` strings.
 */
export class BusinessCalendar {
  private holidays?: HolidaysClass;
  private readonly byYear = new Map<number, Set<string>>();

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
    return this.closedDays(Number(date.slice(0, 4))).has(date) || this.extraClosed.includes(date);
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

  private closedDays(year: number): Set<string> {
    let days = this.byYear.get(year);
    if (!days) {
      // Loaded on first use: its data for every country (~800 KB) stays out of turns that need no dates.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      this.holidays ??= new (require('date-holidays') as typeof HolidaysClass)('US', 'CA');
      days = new Set(
        this.holidays
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10)),
      );
      this.byYear.set(year, days);
    }
    return days;
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
