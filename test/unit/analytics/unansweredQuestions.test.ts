import { scrubQuestion } from '../../../src/analytics/scrubQuestion';
import { UnansweredQuestions } from '../../../src/analytics/unansweredQuestions';
import { MemoryTable } from '../memoryTable';

describe('Function: scrubQuestion (what staff may see of a question the bot could not answer)', () => {
  it.each([
    ["Does CCS cover my son Mateo's autism? He is 7.", 'does ccs cover my son … he is …', /mateo|autism|7/i],
    [
      'My daughter Lucia Hernandez has epilepsy, can CCS pay for her medicine?',
      'my daughter … has … can ccs pay for her medicine',
      /lucia|hernandez|epilepsy/i,
    ],
    ['Who do I call about a referral, my email is ana.ruiz@example.org', 'who do i call about a referral my email is …', /ana|ruiz|example/i],
    ["Can I call 661-555-0100 about my son's leukemia", "can i call … about my son's …", /\d|leukemia/i],
  ])('English: %j keeps the FAQ words only', (question, kept, personal) => {
    const scrubbed = scrubQuestion(question);
    expect(scrubbed).toBe(kept);
    expect(scrubbed).not.toMatch(personal);
  });

  it.each([
    // "medicinas" and "cuesta" are FAQ question words since the seed coverage audit ("ccs ayuda con las medicinas de mi hijo", "¿CCS cuesta algo?").
    ['¿Mi hija Lucía tiene epilepsia? ¿CCS cubre sus medicinas?', 'mi hija … tiene … ccs cubre sus medicinas', /lucía|epilepsia/i],
    ['¿Cuánto cuesta CCS para mi hijo José? Nació el 03/04/2015', 'cuánto cuesta ccs para mi hijo … el …', /josé|\d/i],
    ['¿Dónde está la oficina de CCS? Mi niña tiene síndrome de Down', 'dónde está la oficina de ccs mi niña tiene … de …', /síndrome|down/i],
  ])('Spanish: %j keeps the FAQ words only', (question, kept, personal) => {
    const scrubbed = scrubQuestion(question);
    expect(scrubbed).toBe(kept);
    expect(scrubbed).not.toMatch(personal);
  });

  it('keeps a question made only of FAQ words whole, so staff can read what was asked', () => {
    expect(scrubQuestion('What is the Medical Therapy Program?')).toBe('what is the medical therapy program');
    expect(scrubQuestion('¿Cómo aplico a CCS en el condado?')).toBe('cómo aplico a ccs en el condado');
  });

  it('drops a condition name even where an FAQ question itself names it', () => {
    expect(scrubQuestion('Does CCS cover diabetes')).toBe('does ccs cover …');
    expect(scrubQuestion('¿CCS cubre el autismo?')).toBe('ccs cubre el …');
  });

  it('masks a Social Security number, however it is written, and caps the length at 200 characters', () => {
    expect(scrubQuestion('my ssn is 123-45-6789 or 123 45 6789')).toBe('my … is … or …');
    expect(scrubQuestion(`what is ccs ${'program '.repeat(60)}`).length).toBeLessThanOrEqual(200);
  });
});

describe('Class: UnansweredQuestions', () => {
  it('stores only the scrubbed question under its month, to expire after a year', async () => {
    const table = new MemoryTable();
    const now = new Date('2026-11-03T17:04:05.000Z');
    await new UnansweredQuestions(table.client, 'ccs-test').record({ text: 'Does CCS cover Leo Ruiz, born 3/25/2015?', lang: 'en', channel: 'sms' }, now);

    const [item] = table.all();
    expect(item).toMatchObject({ pk: 'UNANSWERED#2026-11', at: now.toISOString(), text: 'does ccs cover …', lang: 'en', channel: 'sms' });
    expect(JSON.stringify(item)).not.toMatch(/leo|ruiz|2015/i);
    expect(item.expiresAt).toBe(Math.floor(now.getTime() / 1000) + 365 * 86400);
  });

  it("lists a month's questions newest first, scrubbing again what was kept before the rule (free text)", async () => {
    const table = new MemoryTable();
    const questions = new UnansweredQuestions(table.client, 'ccs-test');
    await questions.record({ text: 'what is ccs', lang: 'en', channel: 'web' }, new Date('2026-11-01T10:00:00.000Z'));
    await questions.record({ text: '¿qué es ccs?', lang: 'es', channel: 'sms' }, new Date('2026-11-02T10:00:00.000Z'));
    await questions.record({ text: 'in october', lang: 'en', channel: 'sms' }, new Date('2026-10-30T10:00:00.000Z'));
    table.put({
      pk: 'UNANSWERED#2026-11',
      sk: '2026-11-01T09:00:00.000Z#old',
      at: '2026-11-01T09:00:00.000Z',
      text: 'my son Mateo Diaz 209-555-0100',
      lang: 'en',
      channel: 'sms',
    });

    expect(await questions.list('2026-11')).toEqual([
      { at: '2026-11-02T10:00:00.000Z', text: 'qué es ccs', lang: 'es', channel: 'sms' },
      { at: '2026-11-01T10:00:00.000Z', text: 'what is ccs', lang: 'en', channel: 'web' },
      { at: '2026-11-01T09:00:00.000Z', text: 'my son …', lang: 'en', channel: 'sms' },
    ]);
  });
});
