import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalStack, type LocalStack } from '../../src/local/stack';
import { tally } from '../helpers/faults';
import { messageSid, sendSms } from '../helpers/twilio';
import { confirmationCodeIn, parentAnswer } from '../../bench/lib/conversations';
import { contactIndexKey } from '../../src/storage/keys';

/**
 * A real crash between a turn's state write and its reply: the consenting text is processed by a
 * separate product process, which is killed by pid right after the referral and the state are
 * saved and before any reply leaves. Then, on another process sharing the same DynamoDB Local
 * table: Twilio's retry of the same MessageSid, the family sending "1" again, and "what's my
 * code" (English and Spanish) must each give the family what it was owed, the confirmation code
 * and the next steps, and the referral must be stored exactly once.
 */

const counts = { inputsTried: 0, faultsInjected: 0, turnsChecked: 0, recordsLost: 0 };
let stack: LocalStack;
let child: ChildProcess | undefined;

beforeAll(async () => {
  stack = await startLocalStack({ dynamoEndpoint: process.env.DYNAMODB_ENDPOINT });
});
afterAll(async () => {
  tally(counts);
  if (child?.exitCode === null) child.kill('SIGKILL');
  await stack.close();
});

/** Starts the crashing product process on the shared table; resolves with its URL and a wait for its `committed` line. */
async function startCrashingProcess(): Promise<{ baseUrl: string; committed: Promise<void> }> {
  const script = join(__dirname, 'processes', 'crashAfterStateWrite.ts');
  child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: join(__dirname, '..', '..'),
    env: { ...process.env, CRASH_TABLE: stack.tableName },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const line = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (match) resolve(match);
      };
      child!.stdout!.on('data', (chunk) => {
        output += chunk;
        check();
      });
      child!.once('exit', (code) => reject(new Error(`crashing process exited (${code}) before ${pattern}: ${errors}`)));
      check();
    });
  const ready = line(/ready (\S+)\n/);
  const committed = line(/committed\n/).then(() => undefined);
  committed.catch(() => undefined);
  return { baseUrl: (await ready)[1], committed };
}

async function referralsOf(phone: string): Promise<{ code: string }[]> {
  const { Items = [] } = await stack.runtime.dynamo.documentClient.send(
    new QueryCommand({
      TableName: stack.tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': contactIndexKey({ channel: 'sms', key: phone }) },
    }),
  );
  return Items as { code: string }[];
}

/** What the family was owed for their consent: the code and what happens next. */
function expectConfirmation(reply: string, code: string): void {
  expect(reply).toContain(`Your confirmation code is ${code}`);
  expect(reply).toMatch(/What happens next/);
  counts.turnsChecked++;
}

describe('the process dies between saving the consent turn and answering it', () => {
  it('the retry, a resent "1" and "what\'s my code" (English, Spanish) all give the confirmation; one referral', async () => {
    const phone = '+15557770901';
    const consentSid = messageSid();
    const crashing = await startCrashingProcess();

    // The intake, answered on the process that will crash, up to the consent question.
    let reply = (await sendSms(crashing.baseUrl, { From: phone, Body: 'I want to make a referral' })).messages.join('\n');
    for (let i = 0; i < 30 && !/may we share this information/i.test(reply); i++) {
      const answer = parentAnswer(reply, { n: 901, county: 'Kern' });
      if (!answer) throw new Error(`no scripted answer for: ${reply}`);
      reply = (await sendSms(crashing.baseUrl, { From: phone, Body: answer })).messages.join('\n');
      counts.turnsChecked++;
    }
    expect(reply).toMatch(/Reply 1 for Yes, share it/);

    // "1" (yes): the referral and the state are written, then the process is killed before replying.
    const consent = sendSms(crashing.baseUrl, { From: phone, Body: '1', MessageSid: consentSid }).then(
      (r) => r.messages.join('\n'),
      () => 'no answer (connection lost)',
    );
    await crashing.committed;
    process.kill(child!.pid!, 'SIGKILL');
    counts.faultsInjected++;
    counts.inputsTried++;
    expect(await consent).toBe('no answer (connection lost)');
    const stored = await referralsOf(phone);
    expect(stored).toHaveLength(1);
    const { code } = stored[0];

    // Twilio retries the same MessageSid on a live process: the confirmation, from the saved turn.
    const retry = await sendSms(stack.baseUrl, { From: phone, Body: '1', MessageSid: consentSid });
    counts.inputsTried++;
    expect(retry.status).toBe(200);
    expectConfirmation(retry.messages.join('\n'), code);
    expect(confirmationCodeIn(retry.messages.join('\n'))).toBe(code);

    // The family, having seen nothing, sends "1" again (a new message): the same confirmation.
    const resent = await sendSms(stack.baseUrl, { From: phone, Body: '1' });
    counts.inputsTried++;
    expectConfirmation(resent.messages.join('\n'), code);

    // And asking for the code works, in English and in Spanish.
    for (const question of ["what's my code?", '¿Cuál es mi código?']) {
      const answer = (await sendSms(stack.baseUrl, { From: phone, Body: question })).messages.join('\n');
      counts.inputsTried++;
      expect(answer).toContain(code);
      counts.turnsChecked++;
    }

    const after = await referralsOf(phone);
    counts.recordsLost += after.length === 1 && after[0].code === code ? 0 : 1;
    expect(after.map((r) => r.code)).toEqual([code]);
  });
});
