import { acceptsClassifier, gateClosers } from '../../../src/safety/crisisDetector';

/**
 * Round 14 of issue 19: the classifier's gate (acceptsClassifier) reads a question about a service per sentence. A question
 * beside a sentence that tells a danger now no longer switches that sentence off, and the question words count only where they
 * ask: "is there a program", "¿qué es ...?", not "he is there now" or "dice que es su tío". Probes and twins in
 * other words than batch u; they ask the gate, not the model's score, so they do not move with a retrain.
 */
describe('round 14: a question beside a danger told now leaves the gate open', () => {
  it.each([
    ['is the ER covered? he is breathing really fast and his lips look gray', 'medical'],
    ['do we need an auth for the ambulance? she fell off the bunk bed and now shes not making sense', 'medical'],
    ['she rolled off the changing table onto the tile while i was filling out the ccs application, now she is throwing up', 'medical'],
    ['ella dice que es alergia pero no puede respirar y se le hincha la cara', 'medical'],
    // "is there" of a person's place, "que es" after a verb of saying: no question at all.
    ['her moms boyfriend is there with her now and she told me he hurts her', 'behavioral'],
    ['un hombre en el parque dice que es su papá y la quiere subir a su carro', 'behavioral'],
  ] as const)('open: %j (%s)', (text, kind) => {
    expect(gateClosers(text, kind)).toEqual([]);
    expect(acceptsClassifier(text, kind)).toBe(true);
  });
});

describe('round 14: a question about a service, with nothing told now, closes it', () => {
  it.each([
    ['is there a program for teens who have thoughts of hurting themselves', 'behavioral'],
    ['are there any support groups for parents whose kids have seizures', 'medical'],
    ['que es el programa para niños que tienen convulsiones', 'medical'],
    ['hola que es el wcm? mi hija tiene un tubo para comer', 'medical'],
    ['my son has epilepsy. does ccs cover his seizure medicine?', 'medical'],
    ['la trabajadora social dice que necesito respiro, que es eso?', 'medical'],
    // Someone else's age told alone, after an age limit was asked (bench/eval.ts: "and his sister is 23" got 988 after the retrain).
    ['and her brother is 22', 'behavioral'],
    ['y su hermano tiene 24', 'behavioral'],
    // A ride to appointments (bench/eval.ts had a 988 reply to "no tengo carro como llevo a mi hijo a sus citas del especialista").
    ['no tengo como llevarlo', 'behavioral'],
    ['how do i get him to his appointments no car', 'behavioral'],
  ] as const)('closed: %j (%s)', (text, kind) => {
    expect(gateClosers(text, kind)).toContain('informational');
    expect(acceptsClassifier(text, kind)).toBe(false);
  });

  it.each([
    ['no tengo carro y no respira, como lo llevo al hospital', 'medical'],
    ['yes 2 of them. the clonidine. hes 3', 'poisoning'],
  ] as const)('no ride or age question when the sentence tells a danger: %j', (text, kind) => {
    expect(acceptsClassifier(text, kind)).toBe(true);
  });

  it('names a laugh apart from a question, and a care plan reading on its safe side as settled', () => {
    expect(gateClosers('lol is there a program for that', 'behavioral')).toEqual(['laughing']);
    expect(gateClosers('his plan says call 911 if his sats go under 88. right now 97 and sleeping', 'medical')).toContain('settled');
  });
});
