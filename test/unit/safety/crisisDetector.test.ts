import messages from '../../fixtures/crisis-messages.json';
import { detectCrisis } from '../../../src/safety';

/**
 * Evaluates the detector on a labelled message log: the first 452 written before the detector,
 * then each blind batch (written by someone who had not seen the detector) and the engineer's own
 * probes, named in `note`. The hard targets: every crisis caught, fewer than 5% of ordinary
 * messages raising a false alarm. The figures per batch are printed.
 */
type Label = 'medical' | 'poisoning' | 'behavioral' | 'none';
interface LabelledMessage {
  text: string;
  lang: 'en' | 'es';
  label: Label;
  note?: string;
  /** The crisis the bot answered on the turn before ("yes 2 of them" is a crisis only after one). */
  after?: 'medical' | 'poisoning' | 'behavioral';
}

const labelled = messages as LabelledMessage[];
const crises = labelled.filter((m) => m.label !== 'none');
const ordinary = labelled.filter((m) => m.label === 'none');

/** As the dialog asks it: with the crisis answered on the turn before, when the message answers one. */
const detect = (m: LabelledMessage) => detectCrisis(m.text, { lastCrisis: m.after });

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
    const missed = crises.filter((m) => detect(m) === undefined);
    const falseAlarms = ordinary.filter((m) => detect(m) !== undefined);
    const caught = crises.length - missed.length;
    console.log(
      `crisis-eval: ${labelled.length} messages, recall ${percent(caught, crises.length)}% (${caught}/${crises.length}), ` +
        `false alarms ${percent(falseAlarms.length, ordinary.length)}% (${falseAlarms.length}/${ordinary.length})`,
    );
    expect(missed.map((m) => m.text)).toEqual([]);
    expect(falseAlarms.length / ordinary.length).toBeLessThan(0.05);
  });

  it('reports recall and false alarms per batch', () => {
    const batchOf = (m: LabelledMessage) => /^(blind batch \S+|probes \S+)/.exec(m.note ?? '')?.[1] ?? 'first 452';
    for (const batch of [...new Set(labelled.map(batchOf))]) {
      const inBatch = labelled.filter((m) => batchOf(m) === batch);
      const batchCrises = inBatch.filter((m) => m.label !== 'none');
      const caught = batchCrises.filter((m) => detect(m)?.kinds[0] === m.label).length;
      const alarms = inBatch.filter((m) => m.label === 'none' && detect(m)).length;
      console.log(`crisis-eval ${batch}: recall ${caught}/${batchCrises.length}, false alarms ${alarms}/${inBatch.length - batchCrises.length}`);
      expect(caught).toBe(batchCrises.length);
    }
  });

  it.each(crises.map((m) => [m.label, m.text, m] as const))('classifies as %s: %s', (label, _text, m) => {
    expect(detect(m)?.kinds[0]).toBe(label);
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
    // Any ingest verb composes with any product, plant, drug or object, in either language.
    ['my 2 yr old bit into a dishwasher pod what do i do', 'poisoning'],
    ['she licked the oven cleaner', 'poisoning'],
    ['he chugged some of the ant killer', 'poisoning'],
    ['mi niño mordió una pila de reloj', 'poisoning'],
    ['my son se comio un tide pod', 'poisoning'],
    // Typos of product names are corrected before matching.
    ['my daughter drank bleech', 'poisoning'],
    ['toddler swallowed a batery', 'poisoning'],
    // A medicine needs an amount, someone else's, a mistake or signs after it.
    ['my son ate his grandpas heart pills', 'poisoning'],
    ['gave her the tylenol twice by mistake', 'poisoning'],
    ['he took his melatonin and now hes super floppy and wont wake', 'poisoning'],
    // Alcohol only for a child.
    ['my 5 year old drank a beer', 'poisoning'],
    // A swallowed coin is Poison Control, unless the child chokes.
    ['she swallowed a coin', 'poisoning'],
    ['mi bebé se tragó una moneda y se está ahogando', 'medical'],
    // Harm categories beyond the listed phrases.
    ['the rescue med didnt work and hes still shaking', 'medical'],
    ['fever of 104 and her neck is super stiff', 'medical'],
    ['my 3 week old has a fever', 'medical'],
    ['her throat feels like its closing', 'medical'],
    ['he cut his leg and the blood is soaking through the towel', 'medical'],
    ['my autistic son wandered off and we cant find him', 'medical'],
    // A child in danger from another person: 911 first (round 22).
    ['my sisters boyfriend keeps hitting my daughter', 'medical'],
    ['el padrastro la está tocando', 'medical'],
    // A danger that is over settles what came before it, unless something still goes on after it;
    // a swallowed battery with a child who seems fine is still Poison Control.
    ['the seizure stopped but he is still not waking up', 'medical'],
    ['he swallowed a battery and hes fine now', 'poisoning'],
    // A person, not a thing, who will kill someone is a threat, laughing or not, when the target is another person.
    ['mi hijo dice que lo va a matar', 'behavioral'],
    ['my ex is going to kill my son lol', 'medical'],
    // Classes, not strings: any pool or lake, any weapon behind a locked door, anyone's pill, any non-food oil.
    ['we fished her out of the creek and shes limp', 'medical'],
    ['she locked herself in the bathroom with a box cutter', 'behavioral'],
    ['se tomo una pastilla de su padrino', 'poisoning'],
    ['he drank clove oil', 'poisoning'],
    // Classes blind batch 2026-12-01-c missed, in other words: a magnet or battery in any verb form,
    // carbon monoxide unnamed, dehydration, a scald, an animal bite that tore or bleeds, a goodbye
    // note, a high edge; a found gun with a threat is behavioral, not only a child who found it.
    ['she swallowed one of the fridge magnets', 'poisoning'],
    ['creo que se tragó la pila del control', 'poisoning'],
    ['the generator is running in the garage and my kids have headaches and are throwing up', 'poisoning'],
    ['todos tenemos dolor de cabeza y el calentador estuvo prendido toda la noche', 'poisoning'],
    ['he hasnt peed since this morning and cant keep anything down', 'medical'],
    ['tiene la mollera hundida y no moja el pañal desde ayer', 'medical'],
    ['he pulled the pot of boiling water off the stove onto himself', 'medical'],
    ['a pit bull bit her arm and its bleeding a lot', 'medical'],
    ['lo mordió un perro en la cara y tiene la herida abierta', 'medical'],
    ['she left a note saying you wont have to worry about me anymore', 'behavioral'],
    ['mi hija me escribió perdón por todo y ya no contesta', 'behavioral'],
    ['my son is sitting on the ledge of the parking garage', 'behavioral'],
    ['mi hija está parada en el barandal del puente', 'behavioral'],
    ['my 8 year old found a gun in the closet and says hes going to shoot his brother', 'behavioral'],
    // Round 5 (issue 19), harm classes in words of their own: breathing that pauses for seconds,
    // limp with an adverb, a hot surface that blistered, face down in the water after a rescue,
    // another adult hurting "their kid", the Spanish pronoun before the verb, bottles played with
    // and signs after.
    ['the baby keeps pausing his breathing for a few seconds', 'medical'],
    ['she went completely limp in my arms', 'medical'],
    ['he touched the oven door and his hand blistered right away', 'medical'],
    ['la sacamos de la alberca y estaba flotando', 'medical'],
    ['the babysitter is hitting their kid, i can see it from my window', 'medical'],
    ['el novio de mi hermana lo golpea cuando ella no esta', 'medical'],
    ['he was playing with the pill bottles and now hes super sleepy', 'poisoning'],
    // Round 6, after blind batch 2026-12-01-e: a fever told only as a reading, grooming, clinicians'
    // shorthand, a ligature with the verb first, a count answered with someone else's medicine.
    ['my 6 week old is 100.6 rectal', 'medical'],
    ['some adult on discord keeps messaging my 11 year old asking for pics', 'medical'],
    ['pt endorses active SI today', 'behavioral'],
    ['se puso un cinturon alrededor del cuello', 'behavioral'],
    ['yes both, grandpas heart pills', 'poisoning'],
    // Round 20, after blind batches am-ao and aj-al: a plan to finish what a self-harm began, a jump told as the writer's own
    // plan, pills kept back with a time to take them (a self-harm plan: 988 first).
    ['pt cut deep yesterday and says he plans to finish it tomorrow', 'behavioral'],
    ['ya lo decidí, mañana me aviento del puente de la 5', 'behavioral'],
    ['tengo mis pildoras escondidas y esta noche me las tomo', 'behavioral'],
    // Round 21, after blind batches ap-aq: a product splashed or sprayed into the eyes or onto the skin, with what it
    // does now, is Poison Control's.
    ['bleach splashed in his eyes, he is screaming', 'poisoning'],
    ['le cayó cloro en el brazo y se le está poniendo rojo', 'poisoning'],
    ['my daughter sprayed the ant spray in her face and her eyes are burning', 'poisoning'],
  ] as const)('%s -> %s', (text, kind) => {
    expect(detectCrisis(text)?.kinds[0]).toBe(kind);
  });

  it.each([
    'does CCS cover seizure medication?',
    'my son had a seizure last year, is he eligible',
    "I'm dying here waiting on hold 😂",
    'he drank his medicine and went to bed, when is the appointment',
    // Figures of speech and questions from the issue.
    'killing it at PT today',
    'dying to get out of the NICU',
    'what does CCS cover for seizure medicine',
    'copays are killing me',
    // Round 20's twins: a task finished, pills kept with a time of their own, a bed.
    'we plan to finish it by friday, the ccs application',
    'tengo las pastillas guardadas en el gabinete, me las tomo con comida',
    'me tiro a la cama temprano porque mañana es la cita',
    // Round 21's twins: a splash rinsed and fine, one on the floor, red eyes from another cause, a clause apart.
    'got some dish soap in her eyes, she cried a bit but we rinsed and shes fine now',
    'spilled bleach on the floor, cleaned it up, is the office open saturday',
    'sprayed febreze on the couch, her eyes are red from crying about the move',
    'la semana pasada le cayó cloro en la mano, ya sanó, ¿cubre dermatología?',
    'what do i do if bleach splashes in a kids eyes? making a safety plan',
    'the wait for the neurology appt is going to kill me, 4 months!!',
    // Past, birth history, habits, schedules and "can he take X with Y".
    'last year he swallowed a battery, is the GI follow-up covered',
    'my baby was born not breathing and spent 3 months in the nicu, now shes 2 and doing great',
    'the nurse gives him his meds twice a day',
    'can my daughter drink alcohol with her seizure meds when shes older',
    'my husband is drinking a beer, what time do you close',
    'the county office isnt responding to my emails',
    // Settled, past care, figures of speech, toys.
    'i thought he swallowed a coin but we found it under the couch',
    'the ER bill from when he swallowed a magnet came today',
    'the surgery went great, when can he swim?',
    'mi jefe me va a matar si llego tarde jaja',
    'la espera me va a matar',
    'he loves his water gun, does CCS cover pool therapy?',
    'is coconut oil ok for his diaper rash',
    // Hyperbole over a trifle with laughter, a reassurance already given, idioms, a device that works.
    'my daughter is going to kill her sister for wearing her hoodie lol',
    'the nurse said the rash was fine, when is his next appointment',
    'poison control said the crayon she ate is harmless',
    'quería morirme de la pena cuando se puso a llorar en la cita jaja',
    'I wanted to die of embarrassment at the IEP meeting',
    'his g-tube is working fine now, i need more supplies',
    'we drove over the bridge to get to the clinic',
    'the dog bit his toy in half',
    'the dog bite from last year left a scar, can ccs cover plastic surgery',
    // Ordinary turns of a conversation, which the classifier must leave alone too.
    'hi',
    'Kern',
    'vivo en stockton',
    'Maria Lopez',
    '03/25/2015',
    'spina bifida with a shunt',
    'the therapist wants to change his schedule to tuesdays',
    // Round 5 (issue 19): a program question that says it is not an emergency, things that are
    // better, own medicine taken as meant, "bien" as "fine" only when no sign follows, figures of speech.
    "what's mobile crisis response in illinois? (not an emergency rn)",
    'no es una emergencia ahorita, solo quiero saber si hay equipo de crisis en chicago',
    'she is breathing so much better since the new inhaler',
    'my son took his meds like a champ today',
    'my son drowned his pancakes in syrup lol',
    'he has been feeling blue since his friend moved away',
    'does ccs help kids who have suicidal thoughts get therapy',
    'she yelled till she was blue in the face, just a tantrum',
    'what is the crisis line number? not urgent',
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
    ['we live in springfield illinois and my son is threatening to kill himself', true],
  ])('%s -> illinois %s', (text, illinois) => {
    expect(detectCrisis(text)?.illinois).toBe(illinois);
  });
});
