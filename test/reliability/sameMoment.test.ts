import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { barrier, firstPk, recordDynamoCalls, tally } from '../helpers/faults';
import { smsForm, smsTurn, webActivity, webTurn } from '../../bench/lib/lambda';
import { phonePattern } from '../../bench/lib/conversations';
import { createRuntime, type Runtime } from '../../src/app/runtime';
import { webChatAdapter } from '../../src/app/webRuntime';
import { smsChannel } from '../../src/app/smsRuntime';
import { localContext } from '../../src/local/apiGatewayEvent';
import { twilioInboundSchema } from '../../src/channels/sms/twilioInbound';
import { parseTwiml } from '../helpers/twilio';
import { stateKey } from '../../src/storage/keys';

/**
 * Two messages from the same person at the same moment (a parent double-texting; Twilio
 * delivering two texts together), handled by two processes (two Lambdas; one process queues a
 * conversation's turns instead). Both turns read the same state, so one write must lose the
 * eTag check and its turn re-run on top of the other: no lost update, and each message gets its
 * own answer. A barrier on the state read makes the race happen every time, not by luck.
 */

const PAIRS = 8;
let stack: TestStack;
const counts = { inputsTried: 0, faultsInjected: 0, turnsChecked: 0, recordsLost: 0 };

/** Two "Lambdas": their own bot and turn queue over the same table. */
let lambdas: [Runtime, Runtime];

beforeAll(async () => {
  stack = await startTestStack();
  lambdas = [createRuntime(stack.runtime), createRuntime(stack.runtime)];
});

/** One text handled by one of the two processes; its TwiML messages. */
async function smsVia(lambda: Runtime, phone: string, text: string): Promise<{ messages: string[] }> {
  return { messages: parseTwiml(await smsChannel(lambda).service.handleInbound(twilioInboundSchema.parse(smsForm(phone, text)), localContext('sms'))) };
}

/** One web chat message (expectReplies) handled by one of the two processes; the reply texts. */
async function webVia(lambda: Runtime, conversation: string, text: string): Promise<{ texts: string[] }> {
  const invoke = await webChatAdapter(lambda).handleActivity('', webActivity(conversation, text) as never, (context) => lambda.bot.run(context));
  type Reply = { text?: string; attachments?: { content?: { title?: string; text?: string } }[] };
  const activities = (invoke?.body as { activities?: Reply[] } | undefined)?.activities ?? [];
  return {
    texts: activities
      .flatMap((a) => [a.text ?? '', ...(a.attachments ?? []).flatMap((att) => [att.content?.title ?? '', att.content?.text ?? ''])])
      .filter(Boolean),
  };
}
afterAll(async () => {
  tally(counts);
  await stack.close();
});

async function stateDocument(storageKey: string): Promise<any> {
  const { Item } = await stack.runtime.dynamo.documentClient.send(
    new GetCommand({ TableName: stack.tableName, Key: stateKey(stack.runtime.keyHash, storageKey), ConsistentRead: true }),
  );
  return Item?.document;
}

/** Both state reads of the two turns are answered before either turn goes on. */
function raceOnStateRead(storageKey: string) {
  return barrier(stack.runtime.dynamo.client, {
    command: 'BatchGetItemCommand',
    when: (input) => firstPk(input) === stateKey(stack.runtime.keyHash, storageKey).pk,
    parties: 2,
  });
}

/**
 * At "Which county?", the person sends "Español" (a global command: switch language, ask again)
 * and "Kern" (the answer) at once. Whatever order they land in, the end state must have both: the
 * language switched and the county question answered. A lost update drops one of them.
 */
async function checkBothLanded(document: any, replies: { spanish: string; kern: string }): Promise<void> {
  const lost =
    (document?.profile?.lang === 'es' ? 0 : 1) + // the language switch survived
    ((document?.dialogState?.dialogStack ?? []).length === 0 ? 0 : 1); // the county question was answered
  counts.recordsLost += lost;
  expect(document?.profile?.lang).toBe('es');
  expect(document?.dialogState?.dialogStack ?? []).toEqual([]);
  // Each message got its own answer: Kern's office for "Kern", the switch confirmed for "Español".
  expect(replies.kern).toMatch(phonePattern('(661) 321-3000'));
  expect(replies.spanish).toMatch(/español/i);
  expect(replies.spanish).not.toMatch(phonePattern('(661) 321-3000'));
  counts.turnsChecked += 2;
}

describe('two messages from the same phone at the same moment', () => {
  it(`SMS: ${PAIRS} pairs, every pair races on the state write and neither message is lost`, async () => {
    const recorder = recordDynamoCalls(stack.runtime.dynamo.client, { capacity: false });
    try {
      for (let i = 0; i < PAIRS; i++) {
        const phone = `+1555888${String(1000 + i)}`;
        await smsTurn(phone, 'hi');
        expect((await smsTurn(phone, '2')).messages.join('\n')).toMatch(/Which county/);
        recorder.reset();
        const race = raceOnStateRead(`sms/conversations/${phone}/`);
        const [spanish, kern] = await Promise.all([smsVia(lambdas[0], phone, 'Español'), smsVia(lambdas[1], phone, 'Kern')]).finally(() => race.remove());
        counts.inputsTried += 2;
        expect(race.arrived).toBe(2);
        // The race really happened: one state write was refused on its eTag, and that turn ran again.
        const conflicts = recorder.calls.filter((c) => c.command === 'PutItemCommand' && c.pk?.startsWith('STATE#') && c.failed);
        expect(conflicts).toHaveLength(1);
        counts.faultsInjected += conflicts.length;
        await checkBothLanded(await stateDocument(`sms/conversations/${phone}/`), {
          spanish: spanish.messages.join('\n'),
          kern: kern.messages.join('\n'),
        });
      }
    } finally {
      recorder.remove();
    }
  });

  it(`web chat: ${PAIRS} pairs, the same`, async () => {
    const recorder = recordDynamoCalls(stack.runtime.dynamo.client, { capacity: false });
    try {
      for (let i = 0; i < PAIRS; i++) {
        const conversation = randomUUID();
        expect((await webTurn(conversation, 'Find a county CCS office')).texts.join('\n')).toMatch(/Which county/);
        recorder.reset();
        const race = raceOnStateRead(`webchat/conversations/${conversation}/`);
        const [spanish, kern] = await Promise.all([webVia(lambdas[0], conversation, 'Español'), webVia(lambdas[1], conversation, 'Kern')]).finally(() =>
          race.remove(),
        );
        counts.inputsTried += 2;
        expect(race.arrived).toBe(2);
        const conflicts = recorder.calls.filter((c) => c.command === 'PutItemCommand' && c.pk?.startsWith('STATE#') && c.failed);
        expect(conflicts).toHaveLength(1);
        counts.faultsInjected += conflicts.length;
        await checkBothLanded(await stateDocument(`webchat/conversations/${conversation}/`), {
          spanish: spanish.texts.join('\n'),
          kern: kern.texts.join('\n'),
        });
      }
    } finally {
      recorder.remove();
    }
  });

  it('SMS: a new number texting twice at once gets the first-contact notice exactly once', async () => {
    for (let i = 0; i < PAIRS; i++) {
      const phone = `+1555889${String(1000 + i)}`;
      const race = raceOnStateRead(`sms/conversations/${phone}/`);
      const replies = await Promise.all([smsVia(lambdas[0], phone, 'hi'), smsVia(lambdas[1], phone, 'What is CCS?')]).finally(() => race.remove());
      counts.inputsTried += 2;
      const notices = replies.filter((r) => /Msg & data rates may apply/.test(r.messages.join('\n')));
      expect(notices).toHaveLength(1);
      expect(replies[1].messages.join('\n')).toMatch(/California Children's Services/);
      counts.turnsChecked += 2;
    }
  });
});
