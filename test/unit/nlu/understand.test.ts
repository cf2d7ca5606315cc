import { rememberAnswer } from '../../../src/knowledge';
import { understand } from '../../../src/nlu/understand';

/** The FAQ entry an answer gives, or its kind when it is no FAQ answer. */
const answered = (text: string, lang: 'en' | 'es') => {
  const { answer } = understand(text, lang);
  return answer.kind === 'faq' ? answer.entry.id : answer.kind;
};

describe('understand: one reading of a message for every dialog step (src/nlu/understand)', () => {
  it('"How do I refer a patient?" asks how (answered, no intake started); "I want to refer my son" asks to start one', () => {
    expect(understand('How do I refer a patient?', 'en')).toMatchObject({ goal: undefined, entities: { audience: 'provider' } });
    expect(answered('How do I refer a patient?', 'en')).toBe('refer-how');
    expect(understand('I want to refer my son', 'en')).toMatchObject({ goal: 'referral', entities: { audience: 'parent' } });
    expect(understand('Quiero hacer una referencia para mi hija', 'es').goal).toBe('referral');
  });

  it('a greeting that asks nothing the knowledge base answers is a greeting; one that asks something is answered', () => {
    expect(understand('hola necesito ayuda para mi hijo', 'es').goal).toBe('greeting');
    expect(understand('hola como estas', 'es').goal).toBe('greeting');
    const asking = understand('hola, ¿le dan pañales gratis?', 'es');
    expect(asking.goal).toBeUndefined();
    expect(answered('hola, ¿le dan pañales gratis?', 'es')).toBe('ccs-cost');
  });

  it('answers the same question in English and Spanish with the same entry', () => {
    expect(answered('what is ccs?', 'en')).toBe('ccs-what');
    expect(answered('¿Qué es CCS?', 'es')).toBe('ccs-what');
  });

  it('reads the place a message names, and a follow-up ("y el fax?") with the county the conversation was about', () => {
    const first = understand('what is the phone for fresno ccs', 'en');
    expect(first.answer).toMatchObject({ kind: 'county', county: { name: 'Fresno' }, wants: 'phone' });
    expect(understand('y el fax?', 'es').answer.kind).toBe('countyNeeded');
    const context = rememberAnswer(undefined, first.answer, first.entities);
    expect(understand('y el fax?', 'es', context).answer).toMatchObject({ kind: 'county', county: { name: 'Fresno' }, wants: 'fax' });
  });

  it('a command is read alongside, whatever else the message says', () => {
    expect(understand('Quiero hablar con una persona', 'es').command).toEqual({ kind: 'human' });
    expect(understand('Fresno', 'en')).toMatchObject({ command: undefined, goal: undefined, answer: { kind: 'county', county: { name: 'Fresno' } } });
  });
});
