import type { Referral } from '../referrals/model';
import { statusMeaning } from '../family/statusContent';
import { firstContactAt, pendingDeadlines } from './deadlines';

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (=, +, -, @, or a leading tab or
 * carriage return) gets a leading apostrophe (OWASP "CSV injection"); quotes, commas and line
 * breaks are quoted as RFC 4180 says.
 */
export function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const closedAt = (r: Referral) => (r.status === 'closed' ? r.statusChangedAt : undefined);

/**
 * What a report needs, and nothing that names or describes a child: no names, birth dates,
 * conditions or phone numbers leave the console in a file.
 */
const COLUMNS: [header: string, value: (r: Referral, today: string) => string | undefined][] = [
  ['code', (r) => r.code],
  ['kind', (r) => r.kind],
  ['queue', (r) => r.queue.id],
  ['region', (r) => r.region],
  ['county', (r) => r.county],
  ['channel', (r) => r.channel],
  ['language', (r) => r.language],
  ['status', (r) => statusMeaning(r).label.en],
  ['created_at', (r) => r.createdAt],
  ['first_contact_due', (r) => r.firstContactDue],
  ['first_contact_at', (r) => firstContactAt(r)],
  ['due_date', (r) => r.dueDate],
  ['overdue', (r, today) => (pendingDeadlines(r, today).some((d) => d.state === 'overdue') ? 'yes' : 'no')],
  ['assignee', (r) => r.assignee?.name ?? r.assignee?.id],
  ['closed_at', closedAt],
];

/** The referrals as a CSV file (oldest first, CRLF line ends). */
export function referralsCsv(referrals: Referral[], today: string): string {
  const rows = [...referrals].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((r) => COLUMNS.map(([, value]) => csvCell(value(r, today))).join(','));
  return [COLUMNS.map(([header]) => header).join(','), ...rows].join('\r\n') + '\r\n';
}
