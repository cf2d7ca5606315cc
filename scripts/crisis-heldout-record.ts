import { existsSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { batchNames, currentRecord, formatRecord, readBatch, readRecordText, RECORD_FILE } from '../test/helpers/crisisHeldout';

/**
 * Rewrites test/fixtures/crisis-heldout/known-misreadings.json from the current detector: per blind
 * batch, the emergencies detectCrisis misses and the `none` messages it raises an alarm on.
 * test/unit/safety/crisisHeldout.test.ts holds the detector to this record, with the same reading
 * (test/helpers/crisisHeldout.ts). Run: npx tsx scripts/crisis-heldout-record.ts
 * then review `git diff` on the record: a round's gains are removals only; an added line is a regression.
 */
if (require.main === module) {
  const before = existsSync(RECORD_FILE) ? readRecordText() : undefined;
  const record = currentRecord();
  const text = formatRecord(record);
  writeFileSync(RECORD_FILE, text);
  let messages = 0;
  let emergencies = 0;
  for (const name of batchNames()) {
    const batch = readBatch(name);
    messages += batch.length;
    emergencies += batch.filter((m) => m.label !== 'none').length;
  }
  const missed = Object.values(record).reduce((sum, r) => sum + (r.missed?.length ?? 0), 0);
  const falseAlarms = Object.values(record).reduce((sum, r) => sum + (r.falseAlarms?.length ?? 0), 0);
  console.log(
    `${relative(process.cwd(), RECORD_FILE)}: ${batchNames().length} batches, ${messages} messages; ` +
      `missed ${missed}/${emergencies} emergencies, false alarms ${falseAlarms}/${messages - emergencies}` +
      (before === text ? ' (unchanged)' : ' (rewritten: review git diff)'),
  );
}
