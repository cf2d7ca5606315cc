import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import integrationSetup from '../integration/globalSetup';

/** DynamoDB Local for the run (as the integration tests), and the file the suites add their counts to. */
export default async function globalSetup(): Promise<void> {
  await integrationSetup();
  const file = join(mkdtempSync(join(tmpdir(), 'ccs-reliability-')), 'tally.jsonl');
  writeFileSync(file, '');
  process.env.RELIABILITY_TALLY_FILE = file;
}
