import { parseArgs } from 'node:util';
import { getDomainRuntime } from '../src/app/domainRuntime';
import { deletePhoneData } from '../src/privacy/deletePhoneData';

/**
 * `npm run delete-phone-data -- --phone +15555550123`: deletes a family's data on request
 * (conversation state, transcript, referrals made from or naming that phone). Uses the same
 * environment as the functions (TABLE_NAME, AWS credentials, or DYNAMODB_ENDPOINT locally).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { phone: { type: 'string' } } });
  if (!values.phone || !/^\+[1-9]\d{6,14}$/.test(values.phone)) {
    console.error('Usage: npm run delete-phone-data -- --phone +15555550123 (E.164)');
    process.exit(2);
  }
  const { config, dynamo, keyHash } = await getDomainRuntime();
  const report = await deletePhoneData(dynamo.documentClient, config.TABLE_NAME, keyHash, values.phone);
  console.log(`Deleted from ${config.TABLE_NAME}: conversation state, ${report.transcriptLines} transcript lines, ${report.referrals} referrals/handoffs.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
