import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ensureTable } from '../../src/local/dynamoLocal';
import { createLocalHost, type LocalExtension } from '../../src/local/host';
import { routes } from '../../src/local/routes';
import { localExtensions } from '../../src/local/extensions';
import { resetConfig } from '../../src/config';
import { getRuntime, resetRuntime, type Runtime } from '../../src/app/runtime';

export interface TestStack {
  baseUrl: string;
  tableName: string;
  runtime: Runtime;
  close(): Promise<void>;
}

/**
 * The local stack for one test file: a fresh table in the run's DynamoDB Local, the real
 * handlers behind the local host on a free port, and local-stage config.
 */
export async function startTestStack(env: Record<string, string> = {}, extensions: LocalExtension[] = localExtensions()): Promise<TestStack> {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('DYNAMODB_ENDPOINT is not set: run through jest (globalSetup starts DynamoDB Local).');
  const tableName = `test-${randomUUID()}`;
  await ensureTable(endpoint, tableName);
  Object.assign(process.env, { STAGE: 'local', TABLE_NAME: tableName, TWILIO_FROM_NUMBER: '+15555550100', ...env });
  resetConfig();
  resetRuntime();
  const server = createLocalHost(routes, extensions);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const runtime = await getRuntime();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    tableName,
    runtime,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      runtime.dynamo.client.destroy();
      resetRuntime();
    },
  };
}
