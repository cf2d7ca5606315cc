import { startTestStack, type TestStack } from '../helpers/localStack';
import { sendSms } from '../helpers/twilio';
import { logger } from '../../src/observability/logger';

/** A parent's texted referral, with the personal values a log must never contain. */
const FROM = '+16615550177';
const CHILD_FIRST = 'Xiomara';
const CHILD_LAST = 'Quintanilla';
const PARENT = 'Rosalind Beauchamp';
const DOB = '3/25/2015';
const CONDITION = 'hypoplastic left heart syndrome';
const SCRIPT = [
  'I want to refer my daughter to CCS',
  '1',
  PARENT,
  `${CHILD_FIRST} ${CHILD_LAST}`,
  DOB,
  'Bakersfield',
  CONDITION,
  '1',
  '2',
  '1',
  '1',
  '1',
  '1',
  '1',
];

describe('Privacy: no personal or health data in the logs of a full intake', () => {
  let stack: TestStack;
  const lines: string[] = [];
  let restore: () => void;

  beforeAll(async () => {
    stack = await startTestStack();
    logger.setLogLevel('DEBUG');
    const write = process.stdout.write.bind(process.stdout);
    const writeErr = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((chunk: string | Uint8Array) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string | Uint8Array) => (lines.push(String(chunk)), true)) as typeof process.stderr.write;
    restore = () => {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    };
  });
  afterAll(async () => {
    restore();
    logger.setLogLevel('SILENT');
    await stack.close();
  });

  it('logs the intake (so the test sees real log lines) without names, phone, birth date or condition', async () => {
    const replies: string[] = [];
    for (const Body of SCRIPT) replies.push((await sendSms(stack.baseUrl, { From: FROM, Body })).messages.join('\n'));
    expect(replies.join('\n')).toMatch(/CCS-[A-Z0-9]{6}/);
    // A forged request and a malformed one log too: their payloads must not appear either.
    await sendSms(stack.baseUrl, { From: FROM, Body: `${CHILD_FIRST} ${DOB}` }, { authToken: 'forged' });
    await sendSms(stack.baseUrl, { From: 'not-a-phone', Body: `${CHILD_LAST} ${CONDITION}` });

    const log = lines.join('');
    expect(log).toMatch(/referral submitted/);
    expect(log.length).toBeGreaterThan(0);
    for (const value of [FROM, FROM.slice(2), '661-555-0177', CHILD_FIRST, CHILD_LAST, 'Rosalind', 'Beauchamp', DOB, '2015-03-25', CONDITION, 'hypoplastic']) {
      expect(log).not.toContain(value);
    }
  });
});
