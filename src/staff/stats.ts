import { addDays, type BusinessCalendar } from '../referrals/businessDays';
import type { Referral } from '../referrals/model';
import { awaitingFirstContact, firstContactAt } from './deadlines';

/** The Monday of an ISO date's week. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** Business days after `from` up to and including `to` (0: the same day, or a weekend's). */
export function businessDaysBetween(calendar: BusinessCalendar, from: string, to: string): number {
  let days = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isBusinessDay(d)) days += 1;
  return days;
}

/** Time to first contact, in business days like the first-contact rule itself. */
const BUCKETS: { label: string; max: number }[] = [
  { label: 'Same day', max: 0 },
  { label: '1 business day', max: 1 },
  { label: '2 business days', max: 2 },
  { label: '3–5 business days', max: 5 },
  { label: '6 or more', max: Infinity },
];
const WAITING = 'Not yet contacted';

/**
 * The console's charts: referrals per county per week (the last `weeks` weeks, Monday to
 * Sunday, this one included), and how long families waited for first contact (referrals created
 * in those weeks; those still waiting counted apart).
 */
export function queueStats(referrals: Referral[], { calendar, today, weeks }: { calendar: BusinessCalendar; today: string; weeks: number }) {
  const thisWeek = mondayOf(today);
  const starts = Array.from({ length: weeks }, (_, i) => addDays(thisWeek, -7 * (weeks - 1 - i)));
  const perCounty = new Map<string, number[]>();
  const waited = new Map<string, number>([...BUCKETS.map((b) => [b.label, 0] as const), [WAITING, 0]]);
  for (const referral of referrals) {
    const created = calendar.localDate(new Date(referral.createdAt));
    const week = starts.indexOf(mondayOf(created));
    if (week < 0) continue;
    const county = referral.county ?? (referral.region === 'IL' ? 'Illinois' : 'County not given');
    if (!perCounty.has(county)) perCounty.set(county, Array(weeks).fill(0));
    perCounty.get(county)![week] += 1;

    const contacted = firstContactAt(referral);
    if (!contacted) {
      // Closed without ever being in progress (withdrawn, unreachable): no wait to chart.
      if (awaitingFirstContact(referral)) waited.set(WAITING, waited.get(WAITING)! + 1);
      continue;
    }
    const days = businessDaysBetween(calendar, created, calendar.localDate(new Date(contacted)));
    const bucket = BUCKETS.find((b) => days <= b.max)!;
    waited.set(bucket.label, waited.get(bucket.label)! + 1);
  }
  const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
  return {
    weeks: starts,
    perCounty: [...perCounty]
      .map(([county, counts]) => ({ county, counts }))
      .sort((a, b) => total(b.counts) - total(a.counts) || a.county.localeCompare(b.county)),
    timeToFirstContact: [...waited].map(([label, count]) => ({ label, count })),
  };
}
