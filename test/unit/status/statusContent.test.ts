import statusesJson from '../../../content/statuses.json';
import { statusContentSchema, statusMeaning } from '../../../src/status/statusContent';

describe('Content: statuses.json', () => {
  it('matches its schema: every status and outcome has a label, plain words and a next step in both languages', () => {
    expect(() => statusContentSchema.parse(statusesJson)).not.toThrow();
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
    expect(statusMeaning({ status: 'received' }).family.es).toMatch(/abrió/);
  });
});
