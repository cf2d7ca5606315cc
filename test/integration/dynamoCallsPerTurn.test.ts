import { startTestStack, type TestStack } from '../helpers/localStack';
import { webConversation } from '../helpers/botframework';
import { sendSms } from '../helpers/twilio';

/** Counts every DynamoDB command the runtime's client sends. */
function countCalls(stack: TestStack) {
  const calls: string[] = [];
  stack.runtime.dynamo.client.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'countCalls' },
  );
  return calls;
}

describe('DynamoDB calls per turn', () => {
  let stack: TestStack;
  let calls: string[];
  beforeAll(async () => {
    stack = await startTestStack();
    calls = countCalls(stack);
  });
  afterAll(() => stack.close());

  it('costs one state read and one state write for a web turn, plus one transcript write', async () => {
    const chat = webConversation(stack.baseUrl);
    await chat.say('hi');
    calls.length = 0;
    await chat.say('What is CCS?');
    expect(calls).toEqual(['BatchGetItemCommand', 'PutItemCommand', 'BatchWriteItemCommand']);
  });

  it('costs one state read and write, the opt-out check, the retry guard (claim + result) and the transcript for an SMS turn', async () => {
    await sendSms(stack.baseUrl, { From: '+15555550131', Body: 'hi' });
    calls.length = 0;
    await sendSms(stack.baseUrl, { From: '+15555550131', Body: 'What is CCS?' });
    const state = calls.filter((c) => c === 'BatchGetItemCommand' || c === 'PutItemCommand');
    // The state read and the opt-out check (each one BatchGetItem: the hashed key and the clear key it replaced).
    expect(calls.filter((c) => c === 'BatchGetItemCommand')).toHaveLength(2);
    // One PutItem claims the MessageSid, one writes the state; the guard's result is an UpdateItem.
    expect(state.filter((c) => c === 'PutItemCommand')).toHaveLength(2);
    expect(calls.filter((c) => c === 'UpdateItemCommand')).toHaveLength(1);
    expect(calls.filter((c) => c === 'BatchWriteItemCommand')).toHaveLength(1);
    expect(calls).toHaveLength(6);
  });
});
