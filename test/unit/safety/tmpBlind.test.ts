import { readFileSync } from 'fs';
import { detectCrisis } from '../../../src/safety';
it('eval', () => {
  const sets = (process.env.EVAL_SETS ?? '').split(',');
  for (const f of sets) {
    const ms = JSON.parse(readFileSync(f, 'utf8')) as { text: string; label: string }[];
    const crises = ms.filter((m) => m.label !== 'none');
    const none = ms.filter((m) => m.label === 'none');
    const caught = crises.filter((m) => detectCrisis(m.text)).length;
    const kindOk = crises.filter((m) => detectCrisis(m.text)?.kind === m.label).length;
    const fa = none.filter((m) => detectCrisis(m.text)).length;
    const lines = [`EVAL ${f} ${ms.length}: recall ${caught}/${crises.length}, kind ok ${kindOk}/${crises.length}, false alarms ${fa}/${none.length}`];
    for (const m of ms) { const g = detectCrisis(m.text)?.kind ?? 'none'; if (g !== m.label) lines.push(`  ${m.label} -> ${g}: ${m.text}`); }
    console.log(lines.join('\n'));
  }
});
