import { completeReferral } from '../../bench/lib/conversations';
import { kindOf, leadingKeyPattern } from '../../src/storage/keys';
import { webConversation, visibleText } from '../helpers/botframework';
import { allows, tableStatements } from '../helpers/iamWrites';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { sendSms } from '../helpers/twilio';

const WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

interface Write {
  action: string;
  pk: string;
}

type Key = { pk?: { S?: string } | string };
const pkOf = (key: Key | undefined) => String((typeof key?.pk === 'object' ? key.pk.S : key?.pk) ?? '(no pk)');

/** Every item the runtime's DynamoDB client writes or deletes, by action and partition key (batch writes item by item). */
function recordWrites(stack: TestStack): Write[] {
  const writes: Write[] = [];
  stack.runtime.dynamo.client.middlewareStack.add(
    (next, context) => async (args) => {
      const action = `dynamodb:${String(context.commandName).replace(/Command$/, '')}`;
      const input = args.input as { Item?: Key; Key?: Key; RequestItems?: Record<string, { PutRequest?: { Item: Key }; DeleteRequest?: { Key: Key } }[]> };
      if (action === 'dynamodb:BatchWriteItem') {
        for (const request of Object.values(input.RequestItems ?? {}).flat())
          writes.push({ action, pk: pkOf(request.PutRequest?.Item ?? request.DeleteRequest?.Key) });
      } else if (WRITES.includes(action)) {
        writes.push({ action, pk: pkOf(input.Item ?? input.Key) });
      }
      return next(args);
    },
    { step: 'initialize', name: 'recordWrites' },
  );
  return writes;
}

/** The writes a role refuses, one line per action and kind of item. */
function refused(fn: string, writes: Write[]): string[] {
  const statements = tableStatements()[fn];
  return [...new Set(writes.filter((w) => !allows(statements, w.action, w.pk)).map((w) => `${w.action} ${kindOf(w.pk) ?? w.pk}`))];
}

/** The IAM patterns of the kinds of item these writes put or update (deletes aside). */
function patternsWritten(writes: Write[]): string[] {
  const kinds = writes.filter((w) => w.action !== 'dynamodb:DeleteItem').map((w) => kindOf(w.pk) ?? `(unknown: ${w.pk})`);
  return [...new Set(kinds.map((kind) => (kind.startsWith('(') ? kind : leadingKeyPattern(kind as Parameters<typeof leadingKeyPattern>[0]))))].sort();
}

/** The patterns a role lets a function put or update under. */
function patternsGranted(fn: string): string[] {
  const statements = tableStatements()[fn].filter((s) => s.actions.some((a) => a !== 'dynamodb:DeleteItem' && WRITES.includes(a)));
  return [...new Set(statements.flatMap((s) => s.leadingKeys ?? ['(any key)']))].sort();
}

/**
 * What the bot turns' roles in serverless.yml may write is what their code writes: every kind of
 * item a real SMS or web conversation puts, updates or deletes (a greeting, a question the bot
 * cannot answer, a whole referral, a status lookup, STOP and START) is allowed by that
 * function's role, action by action, and the role names no kind the turns never write.
 */
describe("Bot turns write what their IAM roles allow, and their roles allow only that (serverless.yml's LeadingKeys)", () => {
  let stack: TestStack;
  let writes: Write[];
  beforeAll(async () => {
    stack = await startTestStack();
    writes = recordWrites(stack);
  });
  afterAll(() => stack.close());

  it('sms: a texted conversation', async () => {
    writes.length = 0;
    const phone = '+15555550171';
    const text = async (Body: string) => (await sendSms(stack.baseUrl, { From: phone, Body })).messages.join('\n');
    await text('hi');
    await text('can she get the water thing on tuesdays?');
    await completeReferral(text, { n: 171, county: 'Kern' });
    await text('status');
    await text('STOP');
    await text('START');
    expect(refused('sms', writes)).toEqual([]);
    expect(patternsWritten(writes)).toEqual(patternsGranted('sms'));
  });

  it('messages: a web chat conversation', async () => {
    writes.length = 0;
    const chat = webConversation(stack.baseUrl);
    const say = async (text: string) => visibleText((await chat.say(text)).activities);
    await chat.join();
    await say('can she get the water thing on tuesdays?');
    await completeReferral(say, { n: 172, county: 'Fresno' });
    await say('status');
    expect(refused('messages', writes)).toEqual([]);
    expect(patternsWritten(writes)).toEqual(patternsGranted('messages'));
  });
});
