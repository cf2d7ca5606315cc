import { getDomainRuntime } from '../src/app/domainRuntime';
import { migratePhoneKeys } from '../src/privacy/migratePhoneKeys';

/**
 * `npm run migrate-phone-keys`: once, after the deploy that hashed phone numbers in keys, moves the
 * opt-out list off the numbers in clear. Same environment as the functions (TABLE_NAME,
 * KEY_HASH_SECRET_PARAM, AWS credentials, or DYNAMODB_ENDPOINT locally).
 */
async function main(): Promise<void> {
  const { config, dynamo, keyHash } = await getDomainRuntime();
  const { optOuts } = await migratePhoneKeys(dynamo.documentClient, config.TABLE_NAME, keyHash);
  console.log(`${config.TABLE_NAME}: ${optOuts} opt-out record(s) moved to hashed keys.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
