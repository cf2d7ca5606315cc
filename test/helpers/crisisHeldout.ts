import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectCrisis, type CrisisKind } from '../../src/safety';

/**
 * The blind crisis batches kept in test/fixtures/crisis-heldout/ as a regression set: how the detector
 * reads each batch today, and the committed record of what it gets wrong there (known-misreadings.json).
 * Shared by test/unit/safety/crisisHeldout.test.ts (which holds the detector to the record) and
 * scripts/crisis-heldout-record.ts (which rewrites the record from the current detector).
 */

export const HELDOUT_FOLDER = join(__dirname, '../fixtures/crisis-heldout');
export const RECORD_NAME = 'known-misreadings.json';
export const RECORD_FILE = join(HELDOUT_FOLDER, RECORD_NAME);
export const RECORD_COMMAND = 'npx tsx scripts/crisis-heldout-record.ts';

export interface HeldoutMessage {
  text: string;
  lang: 'en' | 'es';
  label: CrisisKind | 'none';
  note?: string;
  /** The crisis the bot answered on the turn before, for a message that is a crisis only after one. */
  after?: CrisisKind;
}

/** One batch's misreadings: emergencies detectCrisis misses, and `none` messages it raises an alarm on. Empty lists are left out. */
export interface BatchMisreadings {
  missed?: string[];
  falseAlarms?: string[];
}

/** Batch file name → its misreadings; a batch with none has no entry. */
export type MisreadingRecord = Record<string, BatchMisreadings>;

/** Every batch file in the folder (every .json but the record), sorted: a batch dropped in is covered without a code change. */
export function batchNames(): string[] {
  return readdirSync(HELDOUT_FOLDER)
    .filter((name) => name.endsWith('.json') && name !== RECORD_NAME)
    .sort();
}

export function readBatch(name: string): HeldoutMessage[] {
  return JSON.parse(readFileSync(join(HELDOUT_FOLDER, name), 'utf8')) as HeldoutMessage[];
}

const isEmergency = (m: HeldoutMessage) => m.label !== 'none';
const raisesAlarm = (m: HeldoutMessage) => detectCrisis(m.text, { lastCrisis: m.after }) !== undefined;
/** Sorted by UTF-16 code units (not the locale), so the record is the same on every machine. */
const sortedUnique = (texts: string[]) => [...new Set(texts)].sort();

/** How the current detector misreads a batch, in the record's form. */
export function misreadingsOf(messages: HeldoutMessage[]): BatchMisreadings {
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  for (const m of messages) {
    const alarm = raisesAlarm(m);
    if (isEmergency(m) && !alarm) missed.push(m.text);
    if (!isEmergency(m) && alarm) falseAlarms.push(m.text);
  }
  const reading: BatchMisreadings = {};
  if (missed.length > 0) reading.missed = sortedUnique(missed);
  if (falseAlarms.length > 0) reading.falseAlarms = sortedUnique(falseAlarms);
  return reading;
}

/** The record the current detector would write: every batch with a misreading, by name. */
export function currentRecord(): MisreadingRecord {
  const record: MisreadingRecord = {};
  for (const name of batchNames()) {
    const reading = misreadingsOf(readBatch(name));
    if (reading.missed || reading.falseAlarms) record[name] = reading;
  }
  return record;
}

/** The record's text on disk: batches sorted by name, keys in a fixed order, one text per line. */
export function formatRecord(record: MisreadingRecord): string {
  const ordered: MisreadingRecord = {};
  for (const name of Object.keys(record).sort()) {
    const { missed, falseAlarms } = record[name];
    ordered[name] = {
      ...(missed && missed.length > 0 ? { missed: sortedUnique(missed) } : {}),
      ...(falseAlarms && falseAlarms.length > 0 ? { falseAlarms: sortedUnique(falseAlarms) } : {}),
    };
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function readRecordText(): string {
  return readFileSync(RECORD_FILE, 'utf8');
}

/**
 * Every way a batch's reading differs from its entry in the record, one readable line each: a
 * regression (an emergency missed or a `none` alarmed that the record does not name), a gain (a
 * recorded misreading now read right: the record must shrink), or a recorded text that is not an
 * emergency / not a `none` message of the batch.
 */
export function differencesFromRecord(batch: string, messages: HeldoutMessage[], recorded: BatchMisreadings = {}): string[] {
  const now = misreadingsOf(messages);
  const emergencies = new Set(messages.filter(isEmergency).map((m) => m.text));
  const ordinary = new Set(messages.filter((m) => !isEmergency(m)).map((m) => m.text));
  const recordedMissed = new Set(recorded.missed ?? []);
  const recordedAlarms = new Set(recorded.falseAlarms ?? []);
  const nowMissed = new Set(now.missed ?? []);
  const nowAlarms = new Set(now.falseAlarms ?? []);
  const problems: string[] = [];
  for (const text of nowMissed) {
    if (!recordedMissed.has(text)) problems.push(`${batch}: REGRESSION, emergency missed (not in the record): ${JSON.stringify(text)}`);
  }
  for (const text of nowAlarms) {
    if (!recordedAlarms.has(text)) problems.push(`${batch}: REGRESSION, false alarm on a 'none' message (not in the record): ${JSON.stringify(text)}`);
  }
  for (const text of recordedMissed) {
    if (!emergencies.has(text)) problems.push(`${batch}: the record's "missed" names a text that is not an emergency in this batch: ${JSON.stringify(text)}`);
    else if (!nowMissed.has(text)) problems.push(`${batch}: gain, the recorded miss is now caught (remove it from the record): ${JSON.stringify(text)}`);
  }
  for (const text of recordedAlarms) {
    if (!ordinary.has(text))
      problems.push(`${batch}: the record's "falseAlarms" names a text that is not a 'none' message in this batch: ${JSON.stringify(text)}`);
    else if (!nowAlarms.has(text))
      problems.push(`${batch}: gain, the recorded false alarm no longer alarms (remove it from the record): ${JSON.stringify(text)}`);
  }
  return problems;
}
