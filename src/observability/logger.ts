import { LogFormatter, LogItem, Logger } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';
import { redactSsn } from '../safety/sensitiveData';

const PHONE = /\+?\d[\d\s().-]{8,}\d/g;
const DATE = /\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b/g;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;

/** Masks Social Security numbers, phone numbers, dates and email addresses in free text before it is logged. */
export function redact(text: string): string {
  return redactSsn(text).replace(EMAIL, '[email]').replace(PHONE, '[number]').replace(DATE, '[date]');
}

/**
 * Keys whose values are personal or health data whatever they look like: names, phones, birth
 * dates, and free text a family typed. Their values never reach a log line.
 */
const SENSITIVE_KEYS =
  /^(name|first_?name|last_?name|child|phone|from|to|contact|dob|date_?of_?birth|birth_?date|text|body|message_?text|condition|diagnosis|address|email|npi|fax|practice|notes?)$/i;

function redactValue(key: string, value: unknown, depth = 0): unknown {
  if (SENSITIVE_KEYS.test(key)) return '[redacted]';
  if (typeof value === 'string') return redact(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactValue('', v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(k, v, depth + 1)]));
}

/**
 * The redaction layer of every log line: Powertools' structured fields, with sensitive keys
 * dropped and numbers, dates and emails masked in whatever text remains (error messages too).
 */
export class RedactingLogFormatter extends LogFormatter {
  formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    return new LogItem({
      attributes: {
        level: attributes.logLevel,
        message: redact(attributes.message),
        timestamp: this.formatTimestamp(attributes.timestamp),
        service: attributes.serviceName,
        cold_start: attributes.lambdaContext?.coldStart,
        function_name: attributes.lambdaContext?.functionName,
        function_request_id: attributes.lambdaContext?.awsRequestId,
        xray_trace_id: attributes.xRayTraceId,
      },
    }).addAttributes(redactValue('', additional) as LogAttributes);
  }
}

/** The one structured logger: log ids and outcomes; the formatter masks anything personal that slips through. */
export const logger = new Logger({
  serviceName: 'ccs-navigator',
  logLevel: (process.env.LOG_LEVEL as 'INFO' | undefined) ?? (process.env.JEST_WORKER_ID ? 'SILENT' : 'INFO'),
  logFormatter: new RedactingLogFormatter(),
});

/** A loggable summary of an error: its name and a redacted message, never the raw payload. */
export function errorSummary(error: unknown): { type: string; message: string } {
  // `type`, not `name`: the redaction drops every field called name (a person's), error names too.
  if (error instanceof Error) return { type: error.name, message: redact(error.message) };
  return { type: 'NonError', message: redact(String(error)) };
}
