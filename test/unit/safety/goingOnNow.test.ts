import { goingOnNow } from '../../../src/safety/crisisContext';
import { answer } from '../../../src/knowledge/answer';

/**
 * The safety layer's one reading of "going on now", which the knowledge layer asks before it
 * answers a behavioral crisis in Illinois with the crisis lines (src/knowledge/cues.ts): a past
 * visit, an "if he ever", a question about a service or a habit is not a crisis now.
 */
describe('goingOnNow', () => {
  it.each([
    'my 15 yo is having a really bad mental health night',
    'mi hijo está en crisis ahorita, vivimos en Chicago',
    'my son is out of control right now, who can help',
    'she is screaming and hitting and wont stop',
    'mi hija no para de golpear la pared',
    'we live in illinois and my 13 year old is having a really bad mental health night, can someone come to the house',
  ])('now: %j', (text) => {
    expect(goingOnNow(text)).toBe(true);
  });

  it.each([
    'if my kid ever has a mental health crisis at night who do i call',
    'what is Mobile Crisis Response in illinois',
    'my son is 14, his depression got worse and we went to the ER three times. what does pathways offer',
    'mi hija de 13 tiene ansiedad y fuimos a emergencias dos veces, que servicios da pathways',
    'last year he had a crisis, is he eligible for pathways?',
    'si alguna vez tiene una crisis en la noche, ¿a quién llamo?',
  ])('not now: %j', (text) => {
    expect(goingOnNow(text)).toBe(false);
  });
});

describe('the Illinois crisis lines follow that reading', () => {
  const urgentEntry = (text: string, lang: 'en' | 'es' = 'en') => {
    const reply = answer(text, lang);
    return reply.kind === 'faq' && reply.urgent ? reply.entry.id : undefined;
  };

  it('a crisis going on now in Illinois gets them, a past ER visit or a question about the service does not', () => {
    expect(urgentEntry('my 15 yo is having a really bad mental health night, we live in illinois')).toBe('il-mcr-sass');
    expect(urgentEntry('mi hijo está fuera de control y no para de golpear la pared, vivimos en illinois', 'es')).toBe('il-mcr-sass');
    expect(
      urgentEntry('my son is 14, his depression got worse and we went to the ER three times. we are in springfield illinois. what does pathways offer'),
    ).toBeUndefined();
    expect(urgentEntry('last night my son had a mental health crisis, we are in chicago, what does pathways offer')).toBeUndefined();
    expect(urgentEntry('what is mobile crisis response and who qualifies in illinois?')).toBeUndefined();
  });
});
