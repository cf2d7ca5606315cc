import { startLocalStack } from '../../src/local/stack';
import { recordDynamoCalls } from '../../test/helpers/faults';
import { smsTurn, webTurn } from '../lib/lambda';
import { completeReferral } from '../lib/conversations';

async function main() {
  const stack = await startLocalStack();
  const rec = recordDynamoCalls(stack.runtime.dynamo.client);
  try {
    const phone = '+15555550177';
    await smsTurn(phone, 'hi');
    const r = await completeReferral(async (t) => { rec.reset(); const x = (await smsTurn(phone, t)).messages.join('\n'); console.log('   calls', rec.calls.map(c => `${c.command}:${c.pk?.slice(0,12)}:${c.read}/${c.write}${c.failed ? '!' + c.failed : ''}`).join(' ')); return x; }, { n: 1, county: 'Kern' });
    console.log(r.transcript.join('\n'));
    const w = await completeReferral(async (t) => (await webTurn('webref1', t)).texts.join('\n'), { n: 2, county: 'Fresno' });
    console.log(w.code, w.turns);
  } finally { await stack.close(); }
}
main();
