import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import {
  batchNames,
  differencesFromRecord,
  formatRecord,
  readBatch,
  readRecordText,
  RECORD_COMMAND,
  RECORD_FILE,
  type MisreadingRecord,
} from '../../helpers/crisisHeldout';
import { ROOT } from '../../helpers/sourceFiles';

/**
 * The blind batches in test/fixtures/crisis-heldout/ as a regression set: detectCrisis must read
 * every batch exactly as test/fixtures/crisis-heldout/known-misreadings.json records. Every .json
 * in the folder but the record is a batch; a batch with no entry in the record is expected to have
 * no misreading. Fails on a regression (an emergency missed, or a `none` message alarmed, that the
 * record does not name), on a gain (a recorded misreading now read right: the record is kept
 * exact, so it shrinks), and on a record entry that is not in its batch. Each batch is read once.
 */
const UPDATE_HINT =
  `A gain: rewrite the record with \`${RECORD_COMMAND}\` and review its git diff (gains are removed lines only). ` +
  'A REGRESSION: fix the detector; the record is not where a lost emergency goes.';

const recordText = existsSync(RECORD_FILE) ? readRecordText() : '{}\n';
const record = JSON.parse(recordText) as MisreadingRecord;
const batches = batchNames();

function fail(problems: string[], hint = UPDATE_HINT) {
  if (problems.length > 0) throw new Error(`${problems.length} difference(s) from the record:\n  ${problems.join('\n  ')}\n\n${hint}`);
}

describe('detectCrisis over the blind held-out batches, against the record of its known misreadings', () => {
  it('finds the batches by listing the folder', () => {
    expect(batches.length).toBeGreaterThanOrEqual(28);
    expect(batches).toContain('2026-12-02-af.json');
    expect(batches).not.toContain('known-misreadings.json');
  });

  it('keeps the record in its written form (batches and texts sorted, no repeat) and names only batches in the folder', () => {
    const problems = Object.keys(record)
      .filter((name) => !batches.includes(name))
      .map((name) => `${name}: the record names a batch that is not in the folder`);
    if (formatRecord(record) !== recordText) problems.push(`the record is not in its written form (sorted, no repeat): rewrite it with \`${RECORD_COMMAND}\``);
    fail(problems, `The record is ${relative(ROOT, RECORD_FILE)}.`);
  });

  it.each(batches)('%s reads as the record says', (batch) => {
    const problems = differencesFromRecord(batch, readBatch(batch), record[batch]);
    // A batch just dropped in has no entry yet: its misreadings are recorded once, after it was scored untuned (the folder's README).
    const newBatch = `${batch} has no entry in the record: if it was just added, record it with \`${RECORD_COMMAND}\`. `;
    fail(problems, (record[batch] ? '' : newBatch) + UPDATE_HINT);
  });
});
