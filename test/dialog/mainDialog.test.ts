import { converse, testBot } from '../helpers/testBot';

describe('Dialog: MainDialog', () => {
  it('greets with the main choices on "hi"', async () => {
    const { adapter } = testBot();
    const [reply] = await converse(adapter, ['hi']);
    expect(reply).toMatch(/How can I help/);
    expect(reply).toMatch(/\[Make a referral\]/);
    expect(reply).toMatch(/\[Talk to a person\]/);
  });

  it('answers a question typed as the first message, without a menu first', async () => {
    const { adapter } = testBot();
    const [reply] = await converse(adapter, ['What is CCS?']);
    expect(reply).toMatch(/21/);
  });

  it('asks for the county, accepts a city with a typo, and gives that office', async () => {
    const { adapter } = testBot();
    const [ask, answer] = await converse(adapter, ['Find a county CCS office', 'bakersfeild']);
    expect(ask).toMatch(/Which county/);
    expect(answer).toMatch(/Kern/);
    expect(answer).toMatch(/661\D{0,3}321\D?3000/);
  });

  it('re-asks an unknown county a limited number of times, then points to the state directory and a person', async () => {
    const { adapter } = testBot();
    const turns = await converse(adapter, ['Find a county CCS office', 'narnia', 'gondor', 'mordor']);
    expect(turns[1]).toMatch(/couldn't find/);
    expect(turns[2]).toMatch(/couldn't find/);
    expect(turns[3]).toMatch(/CountyOffices/);
    expect(turns[3]).toMatch(/agent/);
  });

  it('lets "menu" and "start over" escape the county question', async () => {
    const { adapter } = testBot();
    const turns = await converse(adapter, ['Find a county CCS office', 'start over', 'Kern']);
    expect(turns[1]).toMatch(/start over/);
    // "Kern" is now a fresh message, answered as a county question, not a pending prompt.
    expect(turns[2]).toMatch(/661/);
    const menu = await converse(adapter, ['Find a county CCS office', 'menu']);
    expect(menu[1]).toMatch(/How can I help/);
  });

  it('switches to Spanish on "español" and keeps answering in Spanish', async () => {
    const { adapter } = testBot();
    const turns = await converse(adapter, ['español', 'menu', 'what is ccs']);
    expect(turns[0]).toMatch(/español/);
    expect(turns[1]).toMatch(/Hacer una referencia/);
    expect(turns[2]).toMatch(/21/);
    expect(turns[2]).not.toMatch(/\bchildren up to\b/i);
  });

  it('detects Spanish from the message when no language was chosen', async () => {
    const { adapter } = testBot();
    const [reply] = await converse(adapter, ['que es ccs']);
    expect(reply).toMatch(/21/);
    expect(reply).toMatch(/niñ|años/);
  });

  it('says plainly when it does not understand', async () => {
    const { adapter } = testBot();
    const [reply] = await converse(adapter, ['purple monkey dishwasher']);
    expect(reply).toMatch(/not sure I understood|no estoy seguro/i);
  });

  it('never stores or repeats a Social Security number, and says so', async () => {
    const { adapter, storage } = testBot();
    const [reply] = await converse(adapter, ['my ssn is 123-45-6789']);
    expect(reply).toMatch(/did not store/);
    expect(JSON.stringify((storage as unknown as { memory: unknown }).memory)).not.toContain('123-45-6789');
  });

  it('on SMS, offers choices as numbered lines and maps a texted digit to the choice', async () => {
    const { adapter } = testBot('sms');
    const [menu, picked] = await converse(adapter, ['hi', '2'], 'sms');
    expect(menu).toMatch(/Reply 2 for Find a county CCS office/);
    expect(picked).toMatch(/Which county/);
  });

  it('on SMS, never tells a texter to send CANCEL or QUIT', async () => {
    const { adapter } = testBot('sms');
    const turns = await converse(adapter, ['hi', 'Find a county CCS office', 'narnia', 'menu', 'blah blah'], 'sms');
    for (const turn of turns) expect(turn).not.toMatch(/\b(cancel|quit)\b/i);
  });
});

describe('Dialog: MainDialog safety', () => {
  it('answers a described emergency first with 911, even in the middle of a question, then asks the question again', async () => {
    const { adapter } = testBot();
    const turns = await converse(adapter, ['Find a county CCS office', 'my baby is not breathing and turning blue', 'Kern']);
    expect(turns[1]).toMatch(/911/);
    expect(turns[1].indexOf('911')).toBeLessThan(turns[1].indexOf('Which county'));
    expect(turns[2]).toMatch(/661/);
  });

  it('creates an urgent handoff for staff, once per message, and the conversation goes on', async () => {
    const { adapter, referrals } = testBot();
    const turns = await converse(adapter, ['my son says he wants to kill himself', 'What is CCS?']);
    expect(turns[0]).toMatch(/988/);
    const urgent = [...referrals.items.values()].filter((r) => r.kind === 'urgent');
    expect(urgent).toHaveLength(1);
    expect(urgent[0].handoff?.reason).toBe('crisis');
    expect(turns[1]).toMatch(/21/);
  });

  it('gives 988 for a behavioral crisis, in Spanish when written in Spanish', async () => {
    const { adapter } = testBot();
    const [reply] = await converse(adapter, ['mi hija dice que se quiere matar']);
    expect(reply).toMatch(/988/);
    expect(reply).toMatch(/Llame|escriba/);
  });

  it('gives Poison Control for a poisoning', async () => {
    const { adapter } = testBot();
    const [reply] = await converse(adapter, ['my toddler drank bleach']);
    expect(reply).toMatch(/1-800-222-1222/);
  });

  it('does not raise an alarm for a question about a condition', async () => {
    const { adapter } = testBot();
    const [reply] = await converse(adapter, ['does CCS cover seizure medication?']);
    expect(reply).not.toMatch(/\b911\b|988/);
  });

  it('on SMS, puts the safety message before the first-contact notice', async () => {
    const { adapter } = testBot('sms');
    const [reply] = await converse(adapter, ['my son took a whole bottle of pills'], 'sms');
    expect(reply.search(/911|1-800-222-1222/)).toBeLessThan(reply.search(/rates may apply/));
  });
});

describe('Dialog: MainDialog privacy', () => {
  it('shows the privacy notice on "privacy" and at first contact on SMS', async () => {
    const { adapter } = testBot('sms');
    const [first, privacy] = await converse(adapter, ['hi', 'privacy'], 'sms');
    expect(first).toMatch(/PRIVACY/);
    expect(privacy).toMatch(/never ask for a Social Security number/);
    expect(privacy).toMatch(/30 days/);
  });

  it('answers "privacidad" in Spanish and asks the pending question again', async () => {
    const { adapter } = testBot();
    const turns = await converse(adapter, ['Oficina de CCS del condado', 'privacidad']);
    expect(turns[1]).toMatch(/Nunca pedimos/);
    expect(turns[1]).toMatch(/condado/);
  });
});

describe('Dialog: MainDialog language switch mid-question', () => {
  it('asks the open question again in the newly chosen language', async () => {
    const { adapter } = testBot();
    const turns = await converse(adapter, ['Find a county CCS office', 'español']);
    expect(turns[1]).toMatch(/¿En qué condado vive/);
  });
});

describe('Dialog: MainDialog content gaps', () => {
  it('records a question it could not answer, and not one it answered', async () => {
    const { adapter, unanswered } = testBot('sms');
    await converse(adapter, ['What is CCS?', 'the quick brown fox'], 'sms');
    expect(unanswered).toEqual([{ text: 'the quick brown fox', lang: 'en', channel: 'sms' }]);
  });
});

describe('Dialog: MainDialog safety net', () => {
  const urgentItems = (referrals: ReturnType<typeof testBot>['referrals']) =>
    [...referrals.items.values()].filter((r) => r.kind === 'urgent' && r.handoff?.reason === 'crisis');

  it.each([
    [
      'en',
      "something's wrong, is that blood",
      /^If this is an emergency, call 911 now\. If something was swallowed, call Poison Control: 1-800-222-1222\. For a mental health crisis, call or text 988\./,
      /not sure I understood/,
    ],
    // Wording too vague for the classifier to read as a crisis of one kind ("he keeps bleeding" it reads as medical, with 911 first).
    [
      'es',
      'algo anda mal, hay sangre',
      /^Si es una emergencia, llame al 911 ahora\. Si se tragó algo, llame a Control de Envenenamientos: 1-800-222-1222\. Para una crisis de salud mental, llame o escriba al 988\./,
      /no estoy seguro/i,
    ],
  ])('a "not understood" message whose words sound urgent (%s) gets every line first and an urgent handoff', async (_lang, text, lines, notUnderstood) => {
    const { adapter, referrals } = testBot();
    const [reply] = await converse(adapter, [text]);
    expect(reply).toMatch(lines);
    expect(reply.search(notUnderstood)).toBeGreaterThan(reply.search(/988/));
    expect(urgentItems(referrals)).toHaveLength(1);
  });

  it('adds the CARES line to it in Illinois', async () => {
    const { adapter } = testBot();
    // Round 22's retrain reads "he keeps bleeding" as medical (911 first), so the vague wording here says only that blood is seen.
    const [reply] = await converse(adapter, ['we are in Chicago and something is wrong, I see blood']);
    expect(reply.indexOf('1-800-345-9049')).toBeLessThan(reply.search(/not sure I understood/));
  });

  it('raises no alarm and no handoff for ordinary talk or a coverage question', async () => {
    const { adapter, referrals } = testBot();
    const turns = await converse(adapter, [
      'the quick brown fox',
      'Is poison control follow-up covered?',
      'copays are killing me',
      'killing it at PT today',
      'dying to get out of the NICU',
      'what does CCS cover for seizure medicine',
    ]);
    for (const turn of turns) expect(turn).not.toMatch(/\b911\b|988|1-800-222-1222/);
    expect(urgentItems(referrals)).toHaveLength(0);
  });
});

describe('Dialog: MainDialog crisis wording nobody listed', () => {
  const urgentItems = (referrals: ReturnType<typeof testBot>['referrals']) =>
    [...referrals.items.values()].filter((r) => r.kind === 'urgent' && r.handoff?.reason === 'crisis');

  it.each([
    ['my 2 yr old bit into a dishwasher pod what do i do', /^Call 911 now if .*Poison Control now: 1-800-222-1222/],
    ['mi hija mordió una cápsula de detergente de la ropa', /^Llame al 911 ahora si .*Control de Envenenamientos: 1-800-222-1222/],
    ['fever 104.5 and she screams when i try to bend her neck', /^This sounds like an emergency\. Call 911 now\./],
    ['mi hija tiene 40 de fiebre y el cuello bien tieso', /^Esto parece una emergencia\. Llame al 911 ahora\./],
    // A child in danger from another person: 911 first, not 988 (round 22).
    ['a staff guy at her group home has been touching my daughter, she just told me', /^This sounds like an emergency\. Call 911 now\./],
    ['el novio de mi hermana le pega a mi sobrino', /^Esto parece una emergencia\. Llame al 911 ahora\./],
    // Classes blind batch 2026-12-01-b missed: near-drowning, a weapon behind a locked door,
    // someone else's or a found pill, essential oils.
    ['pulled him out of the pool idk how long he was under hes coughing and not acting right', /^This sounds like an emergency\. Call 911 now\./],
    ['el niño se cayo a la alberca, lo sacamos y no respiraba, ya respira pero esta como ido', /^Esto parece una emergencia\. Llame al 911 ahora\./],
    ['he took his dads gun out of the safe and is in his room with the door locked', /^Please call or text 988 now.*call 911/],
    ['mi hijo de 15 tiene la pistola de su papá y se encerró en su cuarto', /^Llame o escriba al 988 ahora.*llame al 911/],
    ['grandpa dropped his pills and the baby picked one up and swallowed it', /^Call 911 now if .*Poison Control now: 1-800-222-1222/],
    [
      'el bebe se comio una pastilla de mi suegra de la presion que estaba tirada en el piso',
      /^Llame al 911 ahora si .*Control de Envenenamientos: 1-800-222-1222/,
    ],
    ['baby drank some peppermint oil from the diffuser', /^Call 911 now if .*Poison Control now: 1-800-222-1222/],
    [
      'La mamá del paciente dice que el niño se tomó el aceite de eucalipto hace 10 minutos',
      /^Llame al 911 ahora si .*Control de Envenenamientos: 1-800-222-1222/,
    ],
  ])('%s: the right lines first, then an urgent handoff', async (text, lines) => {
    const { adapter, referrals } = testBot();
    const [reply] = await converse(adapter, [text]);
    expect(reply).toMatch(lines);
    expect(urgentItems(referrals)).toHaveLength(1);
  });

  it.each([
    // Wordings no rule matches, caught by the scored classifier alone (src/safety/crisisClassifier.ts).
    ['she keeps grabbing her throat and drooling and cant get words out', /^This sounds like an emergency\. Call 911 now\./],
    ['he wrote a letter to his little sister giving her all his stuff and locked his door', /^Please call or text 988 now.*call 911/],
    [
      'el niño estaba jugando con los frascos del baño y ahora vomita y tiene la boca roja',
      /^Llame al 911 ahora si .*Control de Envenenamientos: 1-800-222-1222/,
    ],
    ['mi hija dice que ya no aguanta y que esta noche se va a acabar todo', /^Llame o escriba al 988 ahora.*llame al 911/],
  ])('%s: caught by the classifier, the right lines first, then an urgent handoff', async (text, lines) => {
    const { adapter, referrals } = testBot();
    const [reply] = await converse(adapter, [text]);
    expect(reply).toMatch(lines);
    expect(urgentItems(referrals)).toHaveLength(1);
  });

  it('answers a near-drowning typed in the middle of a question first, then asks the question again', async () => {
    const { adapter, referrals } = testBot();
    const turns = await converse(adapter, ['Oficina de CCS del condado', 'lo encontramos flotando en la alberca, ya respira pero no abre los ojos']);
    expect(turns[1]).toMatch(/^Esto parece una emergencia\. Llame al 911 ahora\./);
    expect(turns[1].indexOf('911')).toBeLessThan(turns[1].search(/condado/));
    expect(urgentItems(referrals)).toHaveLength(1);
  });

  it.each([
    // Past care with a bill, an outcome that went well, hyperbole, a scare that turned out unfounded.
    'we got a bill from the ER visit in march when she drank the hand sanitizer, does CCS cover that?',
    'shunt revision went well!! now i need transportation set up for the follow up',
    'este papeleo me va a matar jajaja',
    'mi esposo dice que lo va a matar el trafico para llegar a la cita en Oakland',
    'es normal que le sangre la nariz cuando hace mucho calor? ahorita ya no le sale',
    'que susto me dio ayer, penso que se habia tragado un arete pero lo encontramos en el sillon',
  ])('raises no alarm and no handoff for %j', async (text) => {
    const { adapter, referrals } = testBot();
    const [reply] = await converse(adapter, [text]);
    expect(reply).not.toMatch(
      /^(?:This sounds like an emergency|Esto parece|Call 911|Llame al 911|Please call or text 988|Llame o escriba al 988|If this is an emergency|Si es una emergencia)/,
    );
    expect(urgentItems(referrals)).toHaveLength(0);
  });

  it('gives the CARES line to an Illinois family asking for a mobile crisis team, in English and Spanish', async () => {
    const { adapter } = testBot();
    const [question, crisis] = await converse(adapter, [
      'we live in springfield illinois, is there a mobile crisis team for kids',
      'vivimos en Chicago y mi hijo de 15 dice que se quiere morir',
    ]);
    expect(question).toMatch(/1-800-345-9049/);
    expect(crisis).toMatch(/^Llame o escriba al 988 ahora/);
    expect(crisis).toMatch(/CARES, 1-800-345-9049/);
  });
});

describe('Dialog: MainDialog reads a reply with the crisis it answers', () => {
  const urgentItems = (referrals: ReturnType<typeof testBot>['referrals']) =>
    [...referrals.items.values()].filter((r) => r.kind === 'urgent' && r.handoff?.reason === 'crisis');
  const ALARM = /\b911\b|988|1-800-222-1222/;

  afterEach(() => jest.restoreAllMocks());

  it('"si los dos" answering an intake question (Medi-Cal and private insurance) raises no alarm and no handoff', async () => {
    const { adapter, referrals } = testBot('sms');
    const turns = await converse(
      adapter,
      ['quiero hacer una referencia', '1', 'Rosa Díaz', 'Ana Díaz', '3 de marzo de 2016', 'Fresno', 'asma severa', 'si los dos'],
      'sms',
    );
    expect(turns[6]).toMatch(/¿Ana tiene Medi-Cal\?/);
    // Taken as the answer: the intake goes on to its next question.
    expect(turns[7]).not.toMatch(ALARM);
    expect(turns[7]).toMatch(/caso abierto en CCS/);
    expect(urgentItems(referrals)).toHaveLength(0);
  });

  it('"si los dos" right after a poisoning alarm gets the poisoning numbers and another urgent handoff', async () => {
    const { adapter, referrals } = testBot();
    const [alarm, count] = await converse(adapter, ['mis gemelos se comieron unas pastillas de la presión de su abuela', 'si los dos']);
    expect(alarm).toMatch(/^Llame al 911 ahora si .*Control de Envenenamientos: 1-800-222-1222/);
    expect(count).toMatch(/^Llame al 911 ahora si .*Control de Envenenamientos: 1-800-222-1222/);
    expect(urgentItems(referrals)).toHaveLength(2);
  });

  it('a count frames nothing once an ordinary turn or ten minutes have passed since the alarm', async () => {
    const { adapter, referrals } = testBot();
    const afterAnOrdinaryTurn = await converse(adapter, ['my twins ate some of grandmas blood pressure pills', 'what is ccs', 'yes both']);
    expect(afterAnOrdinaryTurn[2]).not.toMatch(ALARM);
    const start = Date.now();
    await converse(adapter, ['my twins ate some of grandmas blood pressure pills']);
    jest.spyOn(Date, 'now').mockReturnValue(start + 11 * 60 * 1000);
    const [later] = await converse(adapter, ['yes both']);
    expect(later).not.toMatch(ALARM);
    expect(urgentItems(referrals)).toHaveLength(2);
  });
});

describe("Dialog: MainDialog gives Poison Control's number to keep", () => {
  const urgentItems = (referrals: ReturnType<typeof testBot>['referrals']) =>
    [...referrals.items.values()].filter((r) => r.kind === 'urgent' && r.handoff?.reason === 'crisis');

  it.each([
    ["what's the poison control number so i can save it in my phone", /^Poison Control \(the Poison Help line\): 1-800-222-1222, free, 24\/7/],
    [
      'cual es el numero de control de envenenamientos? lo quiero tener en el refri',
      /^Control de Envenenamientos \(Poison Help\): 1-800-222-1222, gratis, 24\/7/,
    ],
  ])('%j: the number, calmly, with no 911 and no urgent handoff', async (text, number) => {
    const { adapter, referrals } = testBot();
    const [reply] = await converse(adapter, [text]);
    expect(reply).toMatch(number);
    expect(reply).not.toMatch(/\b911\b|988|1-800-345-9049/);
    expect(urgentItems(referrals)).toHaveLength(0);
  });

  it('asked in the middle of an intake question, gives the number and asks the question again', async () => {
    const { adapter } = testBot();
    const [, reply] = await converse(adapter, ['Find a county CCS office', 'whats the number for poison control']);
    expect(reply).toMatch(/1-800-222-1222/);
    expect(reply).toMatch(/Which county/);
  });

  it('a swallow told with the question still gets the poisoning reply first and an urgent handoff', async () => {
    const { adapter, referrals } = testBot();
    const [reply] = await converse(adapter, ['hes drinking the windshield fluid right now whats the poison control number']);
    expect(reply).toMatch(/^Call 911 now if .*Poison Control now: 1-800-222-1222/);
    expect(urgentItems(referrals)).toHaveLength(1);
  });
});

describe('Dialog: MainDialog replies to the office', () => {
  it('tells a family their reply to a staff message reached the office, instead of "not understood"', async () => {
    const { adapter, transcript, unanswered } = testBot('sms');
    transcript.push({ at: new Date().toISOString(), from: 'staff', text: 'We will call you Tuesday.', staffId: 's1' });
    const [reply] = await converse(adapter, ['Thank you! Mornings are best for a call.'], 'sms');
    expect(reply).toMatch(/added to your referral/);
    expect(unanswered).toEqual([]);
  });
});

describe('Dialog: MainDialog referral status from the menu', () => {
  it('offers "Check a referral" and answers it from the menu number on SMS', async () => {
    const { adapter } = testBot('sms');
    const [menu, picked] = await converse(adapter, ['hi', '4'], 'sms');
    expect(menu).toMatch(/Reply 4 for Check a referral/);
    expect(picked).toMatch(/referral/i);
    expect(picked).not.toMatch(/not sure I understood/);
  });
});

describe('Dialog: MainDialog gives every kind a message reads as, in one reply', () => {
  const numbers = (reply: string) => reply.match(/\b911\b|\b988\b|1-800-222-1222|1-800-345-9049/g) ?? [];

  it.each([
    // Self-harm with bleeding: 911 first, then 988; CARES in an Illinois city.
    ['my daughter is cutting her arms right now and wont stop, theres blood on the floor, we are in champaign', ['911', '988', '1-800-345-9049']],
    // An overdose still to come: 988 first (911 if in danger), then Poison Control for the pills at hand.
    ['mi hijo todavía no se tomó nada pero tiene el frasco de pastillas en la mano y dice que se las va a tomar todas', ['988', '911', '1-800-222-1222']],
  ])('%s: each number once, most urgent first, then the follow-up', async (text, expected) => {
    const { adapter } = testBot();
    const [reply] = await converse(adapter, [text]);
    expect(numbers(reply.split(/staff member|Alguien del equipo/)[0])).toEqual(expected);
  });
});
