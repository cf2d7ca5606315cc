import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { useReliabilityStack } from '../helpers/faults';
import { smsForm, smsTurn } from '../../bench/lib/lambda';
import { createRuntime } from '../../src/app/runtime';
import { smsChannel } from '../../src/app/smsRuntime';
import { localContext } from '../../src/local/apiGatewayEvent';
import { twilioInboundSchema } from '../../src/channels/sms/twilioInbound';
import { parseTwiml } from '../helpers/twilio';
import messages from '../../content/messages.json';
import { stateKey } from '../../src/storage/keys';

/**
 * A burst of texts from one phone in the middle of an intake (a parent pasting, a phone
 * resending a queue of texts). Each text must get its own real answer, never "please send it
 * again", and the conversation must come out whole: every text in the transcript, the intake
 * still on its question. In one process the turns queue per conversation (no eTag races at
 * all); across processes (several Lambdas) they race and retry with jittered backoff.
 */

const TRY_AGAIN = messages.en.turnFailed;
const counts = { inputsTried: 0, faultsInjected: 0, turnsChecked: 0, recordsLost: 0 };
const suite = useReliabilityStack(counts);

/** Starts an intake and stops at the child's name question; returns the question's text. */
async function toNameQuestion(phone: string): Promise<string> {
  await smsTurn(phone, 'hi');
  await smsTurn(phone, 'I want to make a referral');
  const asked = (await smsTurn(phone, 'Parent or guardian')).messages.join('\n');
  const name = (await smsTurn(phone, 'Maria Lopez')).messages.join('\n');
  expect(`${asked}\n${name}`).toMatch(/child's first and last name/);
  return name;
}

async function stateDocument(phone: string): Promise<any> {
  const { Item } = await suite.stack.runtime.dynamo.documentClient.send(
    new GetCommand({ TableName: suite.stack.tableName, Key: stateKey(suite.stack.runtime.keyHash, `sms/conversations/${phone}/`), ConsistentRead: true }),
  );
  return Item?.document;
}

/** Each reply is the FAQ's answer and the intake going on; the transcript has every text (all the same); the intake is still open. */
async function expectWhole(phone: string, replies: string[], texts: string[]): Promise<void> {
  for (const reply of replies) {
    expect(reply).not.toContain(TRY_AGAIN);
    expect(reply).toMatch(/California Children's Services/);
    // The intake goes on after each answer (with the question, or after many, an offer of a person).
    expect(reply).toMatch(/back to the referral/i);
    counts.turnsChecked++;
  }
  const lines = await suite.stack.runtime.transcripts.list({ channel: 'sms', key: phone }, 1000);
  const sent = lines.filter((l) => l.from === 'user' && l.text === texts[0]).length;
  counts.recordsLost += texts.length - sent;
  expect(sent).toBe(texts.length);
  const document = await stateDocument(phone);
  expect(JSON.stringify(document.dialogState)).toContain('referralIntake');
}

describe('a burst of texts from one phone mid-intake', () => {
  it('50 at once in one process: each answered in turn, no eTag race, nothing lost', async () => {
    const phone = '+15557771001';
    await toNameQuestion(phone);
    const texts = Array.from({ length: 50 }, () => 'What is CCS?');
    suite.recorder.reset();
    const results = await Promise.all(texts.map((text) => smsTurn(phone, text)));
    counts.inputsTried += texts.length;
    expect(results.map((r) => r.result.statusCode)).toEqual(texts.map(() => 200));
    const conflicts = suite.recorder.calls.filter((c) => c.command === 'PutItemCommand' && c.pk?.startsWith('STATE#') && c.failed);
    expect(conflicts).toHaveLength(0);
    await expectWhole(
      phone,
      results.map((r) => r.messages.join('\n')),
      texts,
    );
  });

  it('30 at once spread over 3 processes (3 Lambdas): they race on the state, retry with backoff, and all are answered', async () => {
    const phone = '+15557771002';
    await toNameQuestion(phone);
    // Each "process" has its own bot and turn queue over the same table, as separate Lambdas do.
    const lambdas = [createRuntime(suite.stack.runtime), createRuntime(suite.stack.runtime), createRuntime(suite.stack.runtime)];
    const texts = Array.from({ length: 30 }, () => 'What is CCS?');
    suite.recorder.reset();
    const replies = await Promise.all(
      texts.map(async (text, i) =>
        parseTwiml(
          await smsChannel(lambdas[i % lambdas.length]).service.handleInbound(twilioInboundSchema.parse(smsForm(phone, text)), localContext('sms')),
        ).join('\n'),
      ),
    );
    counts.inputsTried += texts.length;
    const conflicts = suite.recorder.calls.filter((c) => c.command === 'PutItemCommand' && c.pk?.startsWith('STATE#') && c.failed);
    // The race really happened (each lost write was retried on the winner's state).
    expect(conflicts.length).toBeGreaterThan(0);
    counts.faultsInjected += conflicts.length;
    await expectWhole(phone, replies, texts);
  });
});
