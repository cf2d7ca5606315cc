import { execFileSync } from 'node:child_process';
import { startDynamoLocal, ensureTable } from './dynamoLocal';
import { createLocalHost } from './host';
import { routes } from './routes';
import { localExtensions } from './extensions';

/**
 * `npm start`: DynamoDB Local in memory, the table created, and the same Lambda handlers behind a
 * local HTTP host on PORT (default 3978). No AWS account needed.
 */
async function main(): Promise<void> {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    console.error('Java 17+ is needed for DynamoDB Local. On Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3978);
  const dynamo = await startDynamoLocal(process.env.DYNAMODB_LOCAL_PORT ? Number(process.env.DYNAMODB_LOCAL_PORT) : undefined);
  const tableName = process.env.TABLE_NAME ?? 'ccs-navigator-local';
  await ensureTable(dynamo.endpoint, tableName);
  Object.assign(process.env, {
    STAGE: 'local',
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    TWILIO_FROM_NUMBER: process.env.TWILIO_FROM_NUMBER ?? '+15555550100',
    TWILIO_API_BASE_URL: process.env.TWILIO_API_BASE_URL ?? `http://localhost:${port}/twilio`,
  });
  const server = createLocalHost(routes, localExtensions());
  server.listen(port, () => {
    const base = `http://localhost:${port}`;
    console.log(`CCS Navigator is running (DynamoDB Local at ${dynamo.endpoint}, table ${tableName})`);
    console.log(`  Bot Framework endpoint  POST ${base}/api/messages`);
    console.log(`  Twilio SMS webhook      POST ${base}/sms`);
    console.log(`  Health                  GET  ${base}/health`);
  });
  const stop = async () => {
    server.close();
    await dynamo.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
