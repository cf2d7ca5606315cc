import { execFileSync } from 'node:child_process';
import { startLocalStack } from './stack';
import { startLocalStreamPoller } from './streamPoller';
import { handler as notifyStaff } from '../../functions/notifyStaff';
import { handler as notifyFamily } from '../../functions/notifyFamily';
import { handler as firstContactWatch } from '../../functions/firstContactWatch';

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
  // A second mapping on the same stream: status changes reach the family (phone simulator, or the chat page).
  const familyPoller = startLocalStreamPoller({
    endpoint: process.env.DYNAMODB_ENDPOINT as string,
    tableName: stack.tableName,
    handler: notifyFamily,
    functionName: 'notifyFamily',
  });
  // Deployed, an hourly schedule runs the first-contact watch; locally the same, from this process.
  const watch = setInterval(() => firstContactWatch().catch((error) => console.error('first-contact watch failed', error)), 60 * 60 * 1000);
  console.log(`CCS Navigator is running (DynamoDB Local at ${process.env.DYNAMODB_ENDPOINT}, table ${stack.tableName})`);
  console.log(`  Provider web chat       GET  ${base}/`);
  console.log(`  Bot Framework endpoint  POST ${base}/api/messages`);
  console.log(`  Twilio SMS webhook      POST ${base}/sms`);
  console.log(`  Health                  GET  ${base}/health`);
  console.log(`  Staff referrals API     GET  ${base}/staff/api/referrals  (Authorization: Bearer $STAFF_TOKEN, local default local-staff-token)`);
  console.log('  Staff notifications     table stream -> notifyStaff (fake Twilio outbox; dead letters as DEADLETTER# items)');
  console.log('  Family status updates   table stream -> notifyFamily; hourly first-contact watch');
  console.log(`  Web chat transcript     GET  ${base}/api/transcript?conversationId=…`);
  console.log(`  Phone simulator         GET  ${base}/phone`);
  console.log(`  Staff console           GET  ${base}/staff  (sign in with the staff token, local default local-staff-token)`);
  const stop = async () => {
    clearInterval(watch);
    await Promise.all([poller.stop(), familyPoller.stop()]);
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
