import { asksForOwnCode, normalize, recognizeCommand, recognizeGoal } from '../../../src/nlu/intents';

describe('Global commands: what works inside every question (src/nlu/intents)', () => {
  it.each([
    ['menu', { kind: 'menu' }],
    ['Opciones', { kind: 'menu' }],
    ['start over', { kind: 'startOver' }],
    ['Empezar de nuevo', { kind: 'startOver' }],
    ['cancel', { kind: 'startOver' }],
    ['agent', { kind: 'human' }],
    ['can I talk to a real person?', { kind: 'human' }],
    ['Quiero hablar con una persona', { kind: 'human' }],
    ['llámenme', { kind: 'human' }],
    ['¿Aviso de privacidad?', { kind: 'privacy' }],
    ['Español', { kind: 'language', lang: 'es' }],
    ['hablo español', { kind: 'language', lang: 'es' }],
    ['in English', { kind: 'language', lang: 'en' }],
  ])('%j is %j', (text, command) => {
    expect(recognizeCommand(text)).toEqual(command);
  });

  it.each(['Fresno', 'Maria Lopez', 'my son has cerebral palsy', 'I speak Spanish at home and English at school', '', '?!'])(
    '%j, an answer to a question, is no command',
    (text) => {
      expect(recognizeCommand(text)).toBeUndefined();
    },
  );
});

describe('Goals: what a message asks to start', () => {
  it.each([
    ['Hi!', 'greeting'],
    ['Buenos días', 'greeting'],
    ['Find my county office', 'countyLookup'],
    ['Look up a referral by code', 'statusLookup'],
    ['status', 'status'],
    ['did anyone look at my referral?', 'status'],
    ['¿Ya revisaron mi referencia?', 'status'],
    ['¿Qué pasa con mi referencia?', 'status'],
    ['I want to refer my son', 'referral'],
    ['Quiero hacer una referencia para mi hija', 'referral'],
  ] as const)('%j starts %s', (text, goal) => {
    expect(recognizeGoal(text)).toBe(goal);
  });

  it.each(['how long do referrals take?', '¿Cómo hago una referencia?', 'what is ccs?', 'Fresno'])('%j is a question or an answer, not a goal', (text) => {
    expect(recognizeGoal(text)).toBeUndefined();
  });
});

describe("Asking for one's own confirmation code", () => {
  it.each(['what is my code?', '¿Cuál es mi código?', 'no me llegó el código', 'I never got a confirmation number'])('%j asks for it', (text) => {
    expect(asksForOwnCode(text)).toBe(true);
  });

  it.each(['mi codigo postal es 95128', 'what is the zip code for the Fresno office', 'Maria Lopez'])('%j does not', (text) => {
    expect(asksForOwnCode(text)).toBe(false);
  });
});

describe('normalize', () => {
  it('folds case, accents and punctuation, so "¿Cuál es mi CÓDIGO?" reads like "cual es mi codigo"', () => {
    expect(normalize('  ¿Cuál es mi CÓDIGO?!  ')).toBe('cual es mi codigo');
  });
});
