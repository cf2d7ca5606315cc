import type { LocalExtension } from '../../src/local/host';
import { startLocalStack, type LocalStack } from '../../src/local/stack';

export type TestStack = LocalStack;

/**
 * The local stack for one test file: a fresh table in the run's DynamoDB Local (started once by
 * jest's globalSetup), the real handlers behind the local host on a free port.
 */
export async function startTestStack(env: Record<string, string> = {}, extensions?: LocalExtension[]): Promise<TestStack> {
  const dynamoEndpoint = process.env.DYNAMODB_ENDPOINT;
  if (!dynamoEndpoint) throw new Error('DYNAMODB_ENDPOINT is not set: run through jest (globalSetup starts DynamoDB Local).');
  return startLocalStack({ dynamoEndpoint, env, extensions });
}
