import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one structured logger. Families' names, phone numbers, birth dates and message text never
 * go into a log: callers log ids and outcomes only, and {@link redact} masks anything that slips
 * through inside error messages.
 */
export const logger = new Logger({
  serviceName: 'ccs-navigator',
  logLevel: (process.env.LOG_LEVEL as 'INFO' | undefined) ?? (process.env.JEST_WORKER_ID ? 'SILENT' : 'INFO'),
});

const PHONE = /\+?\d[\d\s().-]{8,}\d/g;
const DATE = /\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b/g;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;

/** Masks phone numbers, dates and email addresses in free text before it is logged. */
export function redact(text: string): string {
  return text.replace(EMAIL, '[email]').replace(PHONE, '[number]').replace(DATE, '[date]');
}

/** A loggable summary of an error: its name and a redacted message, never the raw payload. */
export function errorSummary(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: redact(error.message) };
  return { name: 'NonError', message: redact(String(error)) };
}
