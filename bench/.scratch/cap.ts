import { startLocalStack } from '../../src/local/stack';
import { recordDynamoCalls } from '../../test/helpers/faults';
import { smsTurn, webTurn } from '../lib/lambda';

async function main() {
  const stack = await startLocalStack();
  const rec = recordDynamoCalls(stack.runtime.dynamo.client);
  try {
    for (const text of ['hi', '2', 'Kern', 'What is CCS?']) {
      rec.reset();
      const t0 = performance.now();
      const r = await smsTurn('+15555550199', text);
      console.log(text, (performance.now() - t0).toFixed(1), r.result.statusCode, JSON.stringify(r.messages).slice(0, 200));
      console.log(JSON.stringify(rec.calls));
    }
    for (const text of ['hi', 'Find a county CCS office', 'Kern', 'What is CCS?']) {
      rec.reset();
      const t0 = performance.now();
      const r = await webTurn('conv1', text);
      console.log(text, (performance.now() - t0).toFixed(1), r.result.statusCode, JSON.stringify(r.texts).slice(0, 200));
      console.log(JSON.stringify(rec.calls));
    }
  } finally { await stack.close(); }
}
main();
