import messages from '../../fixtures/crisis-messages.json';
import { detectCrisis } from '../../../src/safety';

/**
 * Evaluates the detector on a labelled message log written before the detector (see `note`
 * fields for how borderline messages were labelled). The hard targets from the issue: every
 * crisis caught, fewer than 5% of ordinary messages raising a false alarm.
 */
type Label = 'medical' | 'poisoning' | 'behavioral' | 'none';
interface LabelledMessage {
  text: string;
  lang: 'en' | 'es';
  label: Label;
  note?: string;
}

const labelled = messages as LabelledMessage[];
const crises = labelled.filter((m) => m.label !== 'none');
const ordinary = labelled.filter((m) => m.label === 'none');

const percent = (part: number, whole: number) => ((100 * part) / whole).toFixed(1);

describe('detectCrisis over the labelled message set', () => {
  it('has a balanced set of at least 140 messages in both languages', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(140);
    for (const label of ['medical', 'poisoning', 'behavioral', 'none'] as const) {
      for (const lang of ['en', 'es'] as const) {
        expect(labelled.some((m) => m.label === label && m.lang === lang)).toBe(true);
      }
    }
  });

  it('catches every crisis, raises under 5% false alarms, and reports the numbers', () => {
    const missed = crises.filter((m) => detectCrisis(m.text) === undefined);
    const falseAlarms = ordinary.filter((m) => detectCrisis(m.text) !== undefined);
    const caught = crises.length - missed.length;
    console.log(
      `crisis-eval: ${labelled.length} messages, recall ${percent(caught, crises.length)}% (${caught}/${crises.length}), ` +
        `false alarms ${percent(falseAlarms.length, ordinary.length)}% (${falseAlarms.length}/${ordinary.length})`,
    );
    expect(missed.map((m) => m.text)).toEqual([]);
    expect(falseAlarms.length / ordinary.length).toBeLessThan(0.05);
  });

  it.each(crises.map((m) => [m.label, m.text] as const))('classifies as %s: %s', (label, text) => {
    expect(detectCrisis(text)?.kind).toBe(label);
  });
});

describe('detectCrisis design decisions', () => {
  it.each([
    // Time cues are read per sentence, and urgency outweighs them.
    ['He stopped breathing at birth. Now he is not breathing again!!', 'medical'],
    ['he had a seizure 20 min ago and still isnt waking up', 'medical'],
    // Explicit ideation is never switched off by habit or past wording.
    ['sometimes I want to die', 'behavioral'],
    ['last week he said he would kill us', 'behavioral'],
    // Filter-dodging spellings and contractions.
    ['i want to k1ll myself', 'behavioral'],
    ['thinking about s*icide', 'behavioral'],
    ["he'll stab me", 'behavioral'],
    // Several kinds: the message that covers the others wins.
    ['she took a bunch of pills because she wants to die', 'poisoning'],
    ['he cut his wrists and is bleeding a lot', 'medical'],
  ] as const)('%s -> %s', (text, kind) => {
    expect(detectCrisis(text)?.kind).toBe(kind);
  });

  it.each([
    'does CCS cover seizure medication?',
    'my son had a seizure last year, is he eligible',
    "I'm dying here waiting on hold 😂",
    'he drank his medicine and went to bed, when is the appointment',
    '',
  ])('ignores %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });
});

describe('detectCrisis Illinois flag', () => {
  it.each([
    ["we're in Chicago and my son is threatening suicide", true],
    ['Illinois - my daughter is having a mental health crisis', true],
    ['Peoria IL my son wants to kill himself', true],
    ['vivimos en Chicago y mi hijo habla de quitarse la vida', true],
    ['my daughter says she wants to kill herself', false],
    ['mi hija se quiere matar, estamos en Fresno', false],
  ])('%s -> illinois %s', (text, illinois) => {
    expect(detectCrisis(text)?.illinois).toBe(illinois);
  });
});
