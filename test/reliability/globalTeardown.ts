import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import integrationTeardown from '../integration/globalTeardown';
import type { Tally } from '../helpers/faults';

/** Prints what the reliability suite tried, per suite and in total; then stops DynamoDB Local. */
export default async function globalTeardown(): Promise<void> {
  const file = process.env.RELIABILITY_TALLY_FILE;
  if (file && existsSync(file)) {
    const bySuite = new Map<string, Required<Tally>>();
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const { suite, ...counts } = JSON.parse(line) as Tally & { suite: string };
      const row = bySuite.get(suite) ?? { inputsTried: 0, faultsInjected: 0, turnsChecked: 0, recordsLost: 0 };
      for (const key of Object.keys(row) as (keyof Tally)[]) row[key] += counts[key] ?? 0;
      bySuite.set(suite, row);
    }
    const total = { inputsTried: 0, faultsInjected: 0, turnsChecked: 0, recordsLost: 0 };
    const lines = [
      '',
      'Reliability suite',
      `${'suite'.padEnd(28)}${'inputs tried'.padStart(14)}${'faults injected'.padStart(17)}${'turns checked'.padStart(15)}${'records lost'.padStart(14)}`,
    ];
    for (const [suite, row] of [...bySuite.entries()].sort()) {
      for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += row[key];
      lines.push(
        `${suite.padEnd(28)}${String(row.inputsTried).padStart(14)}${String(row.faultsInjected).padStart(17)}${String(row.turnsChecked).padStart(15)}${String(row.recordsLost).padStart(14)}`,
      );
    }
    lines.push(
      `${'TOTAL'.padEnd(28)}${String(total.inputsTried).padStart(14)}${String(total.faultsInjected).padStart(17)}${String(total.turnsChecked).padStart(15)}${String(total.recordsLost).padStart(14)}`,
    );
    lines.push(
      `inputs tried: ${total.inputsTried}, faults injected: ${total.faultsInjected}, turns checked: ${total.turnsChecked}, records lost: ${total.recordsLost} (must be 0)`,
      '',
    );
    console.log(lines.join('\n'));
    rmSync(dirname(file), { recursive: true, force: true });
  }
  await integrationTeardown();
}
