import statusesJson from '../../../content/statuses.json';
import { segmentInfo } from '../../../src/channels/sms/segments';
import { statusMeaning, statusTopic } from '../../../src/family/statusContent';
import { statusContentSchema } from '../../../src/family/statusContentSchema';

describe('Content: statuses.json', () => {
  it('matches its schema: every status and outcome has a label, plain words and a next step in both languages', () => {
    expect(() => statusContentSchema.parse(statusesJson)).not.toThrow();
  });

  it('writes the Spanish family words in the GSM-7 alphabet (no á í ó ú), so a Spanish text has 153-character parts, not 67', () => {
    const groups = [statusesJson.statuses, statusesJson.reasons, statusesJson.outcomes] as Record<string, { family: { es: string }; next: { es: string } }>[];
    for (const meaning of groups.flatMap((group) => Object.values(group))) {
      for (const words of [meaning.family.es, meaning.next.es]) expect({ words, encoding: segmentInfo(words).encoding }).toEqual({ words, encoding: 'GSM-7' });
    }
  });

  it('never tells a family to text CANCEL or QUIT', () => {
    expect(JSON.stringify(statusesJson)).not.toMatch(/\b(cancel|quit)\b/i);
  });
});

describe('Function: statusMeaning', () => {
  it('uses the outcome for a closed referral, the reason while in progress, else the status', () => {
    expect(statusMeaning({ status: 'closed', outcome: 'eligible' }).label.en).toBe('Eligible');
    expect(statusMeaning({ status: 'in_progress', statusReason: 'waiting_for_records' }).family.en).toMatch(/medical records/);
    expect(statusMeaning({ status: 'in_progress', statusReason: 'something else' }).label.en).toBe('In progress');
    expect(statusMeaning({ status: 'received' }).family.es).toMatch(/ya vio su referencia/);
  });

  it('names the entry it picked (what a staff template can say it repeats)', () => {
    expect(statusTopic({ status: 'closed', outcome: 'eligible', statusReason: 'waiting_for_records' })).toEqual({ outcome: 'eligible' });
    expect(statusTopic({ status: 'in_progress', statusReason: 'waiting_for_records' })).toEqual({ reason: 'waiting_for_records' });
    expect(statusTopic({ status: 'in_progress', statusReason: 'something else' })).toEqual({ status: 'in_progress' });
  });
});
