import { startLocalStack } from '../../../src/local/stack';

/**
 * A product process that dies between saving a turn and answering it. Runs the local stack on
 * the table named by CRASH_TABLE (DynamoDB Local at DYNAMODB_ENDPOINT) and prints `ready <url>`.
 * Once a referral has been written, the next successful state write (the submitting turn's) makes
 * it print `committed` and stop there: the reply is never sent, and the parent test kills this
 * process by pid.
 */
async function main(): Promise<void> {
  const stack = await startLocalStack({ dynamoEndpoint: process.env.DYNAMODB_ENDPOINT, tableName: process.env.CRASH_TABLE });
  let referralWritten = false;
  stack.runtime.dynamo.client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const pk = (args.input as { Item?: { pk?: { S?: string } } }).Item?.pk?.S ?? '';
      if (context.commandName !== 'PutItemCommand') return result;
      if (pk.startsWith('REFERRAL#')) referralWritten = true;
      if (referralWritten && pk.startsWith('STATE#')) {
        process.stdout.write('committed\n');
        await new Promise(() => undefined);
      }
      return result;
    },
    // At `build` the input is marshalled.
    { step: 'build', name: 'haltAfterStateWrite', priority: 'low' },
  );
  process.stdout.write(`ready ${stack.baseUrl}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
