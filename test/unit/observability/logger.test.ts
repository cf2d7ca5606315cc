import { Logger } from '@aws-lambda-powertools/logger';
import { RedactingLogFormatter, errorSummary, redact } from '../../../src/observability/logger';

function captureLog(write: (logger: Logger) => void): Record<string, unknown> {
  const lines: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    write(new Logger({ serviceName: 'test', logLevel: 'INFO', logFormatter: new RedactingLogFormatter() }));
  } finally {
    process.stdout.write = original;
  }
  return JSON.parse(lines.join(''));
}

describe('Class: RedactingLogFormatter', () => {
  it('drops the values of personal keys at any depth and masks numbers, dates and emails in other text', () => {
    const line = captureLog((logger) =>
      logger.info('text from +1 (661) 555-0177 about 03/25/2015', {
        phone: '+16615550177',
        child: { firstName: 'Xiomara' },
        nested: { dob: '2015-03-25', note: 'call mom@example.org' },
        referralId: 'CCS-2QCVPK',
      }),
    );
    const text = JSON.stringify(line);
    expect(text).not.toMatch(/555-?0177|Xiomara|2015|mom@example/);
    expect(line.referralId).toBe('CCS-2QCVPK');
    expect(line.message).toBe('text from [number] about [date]');
  });

  it("keeps an error's type in the log, so operators can tell a throttle from a bug", () => {
    const line = captureLog((logger) => logger.info('turn failed', { error: errorSummary(new TypeError('x is not a function')) }));
    expect(line.error).toEqual({ type: 'TypeError', message: 'x is not a function' });
  });
});

describe('Function: redact / errorSummary', () => {
  it('masks an SSN and a phone inside an error message', () => {
    expect(redact('ssn 123-45-6789')).toBe('ssn [SSN removed]');
    expect(errorSummary(new Error('bad phone 2095550100'))).toEqual({ type: 'Error', message: 'bad phone [number]' });
  });
});
