import { startLocalStack } from '../../src/local/stack';
import { smsTurn, webTurn } from '../lib/lambda';
import { median, percentile } from '../report';

async function main() {
  const stack = await startLocalStack();
  try {
    const script = ['hi', '2', 'Kern', 'What is CCS?', 'menu'];
    const webScript = ['hi', 'Find a county CCS office', 'Kern', 'What is CCS?', 'menu'];
    for (let round = 0; round < 3; round++) {
      const sms: Record<string, number[]> = {}; const web: Record<string, number[]> = {};
      for (let i = 0; i < 30; i++) {
        const phone = `+1555${String(1000000 + round * 1000 + i)}`;
        for (const text of script) { const t0 = performance.now(); await smsTurn(phone, text); (sms[text] ??= []).push(performance.now() - t0); }
        for (const text of webScript) { const t0 = performance.now(); await webTurn(`c${round}-${i}`, text); (web[text] ??= []).push(performance.now() - t0); }
      }
      console.log('round', round);
      for (const [k, v] of Object.entries(sms)) console.log(' sms', k, median(v).toFixed(1), percentile(v, 99).toFixed(1));
      for (const [k, v] of Object.entries(web)) console.log(' web', k, median(v).toFixed(1), percentile(v, 99).toFixed(1));
    }
  } finally { await stack.close(); }
}
main();
