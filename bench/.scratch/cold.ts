import { startDynamoLocal, ensureTable } from '../../src/local/dynamoLocal';
import { benchColdStart, serverlessFunctions } from '../coldStart';
async function main() {
  console.log(serverlessFunctions());
  const d = await startDynamoLocal();
  await ensureTable(d.endpoint, 'cold');
  try {
    const r = await benchColdStart({ runs: 3, dynamoEndpoint: d.endpoint, tableName: 'cold' });
    console.log(JSON.stringify(r, null, 1));
  } finally { await d.stop(); }
}
main();
