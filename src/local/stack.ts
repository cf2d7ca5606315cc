import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ensureTable, startDynamoLocal, type DynamoLocal } from './dynamoLocal';
import { createLocalHost, type LocalExtension } from './host';
import { routes } from './routes';
import { localExtensions } from './extensions';
import { resetConfig } from '../config';
import { getRuntime, resetRuntime, type Runtime } from '../app/runtime';

export interface LocalStack {
  baseUrl: string;
  tableName: string;
  runtime: Runtime;
  close(): Promise<void>;
}

export interface LocalStackOptions {
  /** Port for the HTTP host; 0 picks a free one. */
  port?: number;
  /** An already running DynamoDB Local; one is started (and stopped on close) otherwise. */
  dynamoEndpoint?: string;
  tableName?: string;
  /** Extra environment for the runtime (merged over the local defaults). */
  env?: Record<string, string>;
  extensions?: LocalExtension[];
}

/**
 * The whole product on this machine: DynamoDB Local with the table, local-stage config, and the
 * deployed handlers behind the local host. Used by `npm start`, the tests and the benchmarks.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  let dynamo: DynamoLocal | undefined;
  const endpoint = options.dynamoEndpoint ?? (dynamo = await startDynamoLocal()).endpoint;
  const tableName = options.tableName ?? `ccs-navigator-${randomUUID().slice(0, 8)}`;
  await ensureTable(endpoint, tableName);

  const server = createLocalHost(routes, options.extensions ?? localExtensions());
  try {
    // This machine only: the local stack has development secrets and a relay that signs webhooks.
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port ?? 0, '127.0.0.1', resolve));
  } catch (error) {
    // e.g. the port is taken: do not leave DynamoDB Local's Java process behind.
    await dynamo?.stop();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://localhost:${port}`;
  Object.assign(process.env, {
    STAGE: 'local',
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    TWILIO_FROM_NUMBER: process.env.TWILIO_FROM_NUMBER || '+15555550100',
    TWILIO_API_BASE_URL: `${baseUrl}/twilio`,
    ...options.env,
  });
  resetConfig();
  resetRuntime();
  const runtime = await getRuntime();
  return {
    baseUrl,
    tableName,
    runtime,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      runtime.dynamo.client.destroy();
      resetRuntime();
      await dynamo?.stop();
    },
  };
}
