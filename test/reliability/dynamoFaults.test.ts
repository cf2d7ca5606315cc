import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { firstPk, injectDynamoFaults, tally, type FaultKind } from '../helpers/faults';
import { smsTurn, webTurn } from '../../bench/lib/lambda';
import { completeReferral, confirmationCodeIn, parentAnswer, phonePattern } from '../../bench/lib/conversations';
import messages from '../../content/messages.json';
import { contactIndexKey, stateKey } from '../../src/storage/keys';

/**
 * DynamoDB throttled or unavailable in the middle of a turn, at every call the turn makes, with
 * the errors DynamoDB gives once the SDK's own retries are spent. The person always gets an
 * answer (the real one, or "please send it again"), state is never half-written, and a referral
 * whose code was shown to a family is always in the table, exactly once.
 */

const TRY_AGAIN = messages.en.turnFailed;
const KINDS: FaultKind[] = ['throttle', 'unavailable', 'network'];
const startsWith = (prefix: string) => (input: Record<string, any>) => (firstPk(input) ?? '').startsWith(prefix);

/** Every DynamoDB call of an SMS turn, by what it does (claim, opt-out check, state read, [referral], state write, transcript, guard result). */
const SMS_CALLS = {
  'retry-guard claim': { command: 'PutItemCommand', when: startsWith('IDEMPOTENCY#') },
  'opt-out check': { command: 'BatchGetItemCommand', when: startsWith('OPTOUT#') },
  'state read': { command: 'BatchGetItemCommand', when: startsWith('STATE#') },
  'state write': { command: 'PutItemCommand', when: startsWith('STATE#') },
  'transcript write': { command: 'BatchWriteItemCommand', when: startsWith('TRANSCRIPT#') },
  'retry-guard result': { command: 'UpdateItemCommand', when: startsWith('IDEMPOTENCY#') },
} as const;
type SmsCall = keyof typeof SMS_CALLS;
/** Calls after which the turn is committed: a failure there must not make the person send it again. */
const AFTER_COMMIT: string[] = ['retry-guard result', 'transcript write'];

let stack: TestStack;
let phones = 0;
const newPhone = () => `+1555777${String(1000 + phones++).padStart(4, '0')}`;
const counts = { inputsTried: 0, faultsInjected: 0, turnsChecked: 0, recordsLost: 0 };

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  tally(counts);
  await stack.close();
});

async function stateOf(storageKey: string): Promise<{ eTag?: string; document?: any } | undefined> {
  const { Item } = await stack.runtime.dynamo.documentClient.send(
    new GetCommand({ TableName: stack.tableName, Key: stateKey(stack.runtime.keyHash, storageKey), ConsistentRead: true }),
  );
  return Item && { eTag: Item.eTag, document: Item.document };
}

const smsKey = (phone: string) => `sms/conversations/${phone}/`;
const webKey = (conversation: string) => `webchat/conversations/${conversation}/`;

async function referralsOf(channel: 'sms' | 'web', key: string): Promise<{ code: string }[]> {
  const { Items = [] } = await stack.runtime.dynamo.documentClient.send(
    new QueryCommand({
      TableName: stack.tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': contactIndexKey({ channel, key }) },
    }),
  );
  return Items as { code: string }[];
}

describe('DynamoDB faults during an SMS turn', () => {
  const cases = (Object.keys(SMS_CALLS) as SmsCall[]).flatMap((call) => KINDS.map((kind) => [call, kind] as const));

  it.each(cases)('%s fails (%s): the texter gets an answer, state is whole, and sending again works', async (call, kind) => {
    const phone = newPhone();
    await smsTurn(phone, 'hi');
    const asked = await smsTurn(phone, '2');
    expect(asked.messages.join('\n')).toMatch(/Which county/);
    const before = await stateOf(smsKey(phone));

    const fault = injectDynamoFaults(stack.runtime.dynamo.client, { ...SMS_CALLS[call], kind, calls: [1] });
    const faulted = await smsTurn(phone, 'Kern').finally(() => fault.remove());
    counts.faultsInjected += fault.injected;
    counts.inputsTried++;
    expect(fault.injected).toBe(1);

    // Never a 5xx: Twilio would send nothing at all.
    expect(faulted.result.statusCode).toBe(200);
    const text = faulted.messages.join('\n');
    const after = await stateOf(smsKey(phone));
    if (AFTER_COMMIT.includes(call)) {
      // The turn was saved before the failure: the person gets its real answer, once.
      expect(text).toMatch(phonePattern('(661) 321-3000'));
      expect(after?.eTag).not.toBe(before?.eTag);
    } else {
      expect(text).toContain(TRY_AGAIN);
      expect(text).not.toMatch(phonePattern('(661) 321-3000'));
      // Nothing half-written: the conversation is exactly where it was.
      expect(after).toEqual(before);
      const again = await smsTurn(phone, 'Kern');
      expect(again.messages.join('\n')).toMatch(phonePattern('(661) 321-3000'));
      counts.turnsChecked++;
    }
    counts.turnsChecked += 3;
  });
});

describe('DynamoDB faults during a web chat turn', () => {
  const WEB_CALLS = {
    'state read': { command: 'BatchGetItemCommand', when: startsWith('STATE#') },
    'state write': { command: 'PutItemCommand', when: startsWith('STATE#') },
    'transcript write': { command: 'BatchWriteItemCommand', when: startsWith('TRANSCRIPT#') },
  } as const;
  const cases = (Object.keys(WEB_CALLS) as (keyof typeof WEB_CALLS)[]).flatMap((call) => KINDS.map((kind) => [call, kind] as const));

  it.each(cases)('%s fails (%s): the person gets an answer (or is asked to send it again, state whole), and sending again works', async (call, kind) => {
    const conversation = randomUUID();
    const asked = await webTurn(conversation, 'Find a county CCS office');
    expect(asked.texts.join('\n')).toMatch(/Which county/);
    const before = await stateOf(webKey(conversation));

    const fault = injectDynamoFaults(stack.runtime.dynamo.client, { ...WEB_CALLS[call], kind, calls: [1] });
    const faulted = await webTurn(conversation, 'Kern').finally(() => fault.remove());
    counts.faultsInjected += fault.injected;
    counts.inputsTried++;
    expect(fault.injected).toBe(1);
    expect(faulted.result.statusCode).toBe(200);
    if (AFTER_COMMIT.includes(call)) {
      expect(faulted.texts.join('\n')).toMatch(phonePattern('(661) 321-3000'));
      counts.turnsChecked += 2;
      return;
    }
    expect(faulted.texts.join('\n')).toContain(TRY_AGAIN);
    expect(await stateOf(webKey(conversation))).toEqual(before);

    const again = await webTurn(conversation, 'Kern');
    expect(again.texts.join('\n')).toMatch(phonePattern('(661) 321-3000'));
    counts.turnsChecked += 3;
  });
});

describe('DynamoDB faults on the turn that submits a referral', () => {
  const SUBMIT_CALLS = { ...SMS_CALLS, 'referral write': { command: 'PutItemCommand', when: startsWith('REFERRAL#') } } as const;
  const cases = (Object.keys(SUBMIT_CALLS) as (keyof typeof SUBMIT_CALLS)[]).map((call) => [call] as const);

  /** Drives an SMS intake to its last question (consent), without answering it. */
  async function toConsent(phone: string, n: number): Promise<void> {
    let reply = (await smsTurn(phone, 'I want to make a referral')).messages.join('\n');
    for (let i = 0; i < 30 && !/may we share this information/i.test(reply); i++) {
      const answer = parentAnswer(reply, { n, county: 'Kern' });
      if (!answer) throw new Error(`no scripted answer for: ${reply}`);
      reply = (await smsTurn(phone, answer)).messages.join('\n');
      counts.turnsChecked++;
    }
    expect(reply).toMatch(/may we share this information/i);
  }

  it.each(cases)('%s fails (throttled): a code shown to the family is always stored, exactly once', async (call) => {
    const phone = newPhone();
    await smsTurn(phone, 'hi');
    await toConsent(phone, phones);

    const fault = injectDynamoFaults(stack.runtime.dynamo.client, { ...SUBMIT_CALLS[call], kind: 'throttle', calls: [1] });
    const faulted = await smsTurn(phone, 'Yes, share it').finally(() => fault.remove());
    counts.faultsInjected += fault.injected;
    counts.inputsTried++;
    expect(fault.injected).toBe(1);
    expect(faulted.result.statusCode).toBe(200);

    let code = confirmationCodeIn(faulted.messages.join('\n'));
    if (!code) {
      expect(faulted.messages.join('\n')).toContain(TRY_AGAIN);
      // The family sends it again, as asked.
      const again = await smsTurn(phone, 'Yes, share it');
      code = confirmationCodeIn(again.messages.join('\n'));
      counts.turnsChecked++;
    }
    expect(code).toBeDefined();
    const stored = await referralsOf('sms', phone);
    const lost = stored.filter((r) => r.code === code).length === 1 && stored.length === 1 ? 0 : 1;
    counts.recordsLost += lost;
    expect(stored.map((r) => r.code)).toEqual([code]);
    counts.turnsChecked++;
  });

  it('a web referral survives a throttled referral write and a throttled state write on its submit turn', async () => {
    for (const call of ['referral write', 'state write'] as const) {
      const conversation = randomUUID();
      let submitted = false;
      const fault = { current: undefined as ReturnType<typeof injectDynamoFaults> | undefined };
      const { code } = await completeReferral(
        async (text) => {
          // Fault the submit turn only (the answer to the consent question).
          if (text === 'Yes, share it' && !submitted) {
            submitted = true;
            fault.current = injectDynamoFaults(stack.runtime.dynamo.client, { ...SUBMIT_CALLS[call], kind: 'throttle', calls: [1] });
            try {
              const reply = (await webTurn(conversation, text)).texts.join('\n');
              expect(reply).toContain(TRY_AGAIN);
              // Asked to send it again: the question is still open, so the same answer submits it.
              return `${reply}\nmay we share this information`;
            } finally {
              counts.faultsInjected += fault.current.injected;
              fault.current.remove();
            }
          }
          counts.turnsChecked++;
          return (await webTurn(conversation, text)).texts.join('\n');
        },
        { n: 900 + phones++, county: 'Fresno' },
      );
      counts.inputsTried++;
      const stored = await referralsOf('web', conversation);
      counts.recordsLost += stored.length === 1 && stored[0].code === code ? 0 : 1;
      expect(stored.map((r) => r.code)).toEqual([code]);
    }
  });
});
