import intakeWordsJson from '../../../content/intake-words.json';
import { intakeWordsSchema } from '../../../src/content/schema';
import { FIELD_IDS } from '../../../dialogs/referral/questionTypes';

describe('Content: intake-words.json', () => {
  it('matches its schema', () => {
    expect(intakeWordsSchema.safeParse(intakeWordsJson).error?.issues ?? []).toEqual([]);
  });

  it('refuses a phrase with an accent or punctuation, which a folded answer could never match', () => {
    expect(intakeWordsSchema.safeParse({ ...intakeWordsJson, yes: ['sí'] }).success).toBe(false);
    expect(intakeWordsSchema.safeParse({ ...intakeWordsJson, no: ["don't"] }).success).toBe(false);
  });

  it('names exactly the intake fields, so every field can be named in a correction (or is deliberately not)', () => {
    expect(Object.keys(intakeWordsJson.fieldNames).sort()).toEqual([...FIELD_IDS].sort());
  });
});
