import { execFileSync } from 'node:child_process';
import { startLocalStack } from './stack';
import { startLocalStreamPoller } from './streamPoller';
import { handler as notifyStaff } from '../../functions/notifyStaff';

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
  const stack = await startLocalStack({ port: Number(process.env.PORT ?? 3978), tableName: process.env.TABLE_NAME ?? 'ccs-navigator-local' });
  const base = stack.baseUrl;
  // The table's stream drives the staff notifier, as the Lambda event source mapping does deployed.
  const poller = startLocalStreamPoller({ endpoint: process.env.DYNAMODB_ENDPOINT as string, tableName: stack.tableName, handler: notifyStaff });
  console.log(`CCS Navigator is running (DynamoDB Local at ${process.env.DYNAMODB_ENDPOINT}, table ${stack.tableName})`);
  console.log(`  Provider web chat       GET  ${base}/`);
  console.log(`  Bot Framework endpoint  POST ${base}/api/messages`);
  console.log(`  Twilio SMS webhook      POST ${base}/sms`);
  console.log(`  Health                  GET  ${base}/health`);
  console.log(`  Staff referrals API     GET  ${base}/staff/api/referrals  (Authorization: Bearer $STAFF_TOKEN, local default local-staff-token)`);
  console.log('  Staff notifications     table stream -> notifyStaff (fake Twilio outbox; dead letters as DEADLETTER# items)');
  console.log(`  Phone simulator         GET  ${base}/phone`);
  const stop = async () => {
    await poller.stop();
    await stack.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
