import { detectCrisis } from '../../../src/safety';

/**
 * Round 7 of issue 19: wording that explains an alarm word away — a joke with a harmless cause, a
 * seizure action plan, a past event that is over, a "what if" — raises nothing, but only while the
 * message says nothing of danger now. Each class has its adversarial twin: the same wording with a
 * present emergency, which must still get the numbers first.
 */
describe('explained away: no alarm', () => {
  it.each([
    // A joke with a harmless cause.
    'his lips are blue from the blue raspberry slushie lol',
    'lmao she passed out on the couch after the party, had to carry her to bed 😴',
    "my daughter laughed so hard she couldn't breathe haha, anyway is PT on tuesday",
    "i'm gonna kill my sister because she took my charger lol",
    'he overdosed on halloween candy lol, any after school programs?',
    'jajaja se puso morado de tanto reírse con el payaso',
    'a mi hija le dio un ataque de risa en la fila del banco jaja',
    'mi hijo se desmayó de sueño en la camioneta jeje, ¿a qué hora abren?',
    'voy a matar a mi hermano porque se comió mi pastel jajaja',
    'me voy a morir de la risa con los dibujos que hizo mi hija',
  ])('a joke: %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });

  it.each([
    'the neuro said if a seizure lasts more than 5 minutes we give the nayzilam, can you send me the plan in writing?',
    'school wants a form that says if her seizure goes past 3 min they call 911, does CCS cover the rescue spray?',
    'if his seizure goes longer than five minutes the nurse uses the diastat, does medi-cal pay for a second one?',
    'el neurólogo dijo que si la convulsión dura más de 3 minutos le pongamos el valtoco, ¿me mandan las instrucciones?',
    'si le da una convulsión de más de cinco minutos hay que darle el diazepam, ¿CCS paga la medicina de rescate?',
    'en la escuela preguntan si cuando la convulsión pasa de más de 5 minutos le ponen el midazolam',
  ])('a seizure action plan: %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });

  it.each([
    "back in 2022 he tried to hurt himself, now he's stable with his therapist. do you have family counseling?",
    'she swallowed a coin 3 months ago but the ER checked her, do we need a follow-up referral?',
    'last year she cut herself, she no longer cuts. can Pathways keep her therapist?',
    'hace un año se quiso quitar la vida, ahora está estable, ¿sigue cubierta la terapia?',
    'hace un mes se tomó el jarabe de su hermano pero ya lo revisaron, ¿ocupa otra cita?',
    'el año pasado se cortaba, ahorita ya no se corta, solo quiero saber de los grupos',
  ])('a past event that is over: %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });

  it.each([
    'if a toddler swallows a button battery do we go to the ER or urgent care? writing our home safety plan',
    'my son would drink the bleach if he could, so we keep it up high. is OT covered?',
    'hypothetically, if my daughter ate a laundry pod would CCS cover the ER?',
    'si un niño se traga un imán, ¿es para urgencias o para la clínica?',
    'mi hijo se comería el detergente si pudiera, se mete todo a la boca, ¿hay terapia ocupacional?',
    'hipotéticamente, si mi hija se tomara el cloro, ¿lo cubre medi-cal?',
  ])('a what-if: %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });

  it.each([
    'Hx of seizures and anaphylaxis, carries epi. Need SAR for neuro at Rady.',
    'he bumped his head on the table, tiny bump, hes playing and laughing, just wanted to tell his nurse',
  ])('clinical history or a bump that is over: %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });
});

describe('explained away only when nothing is dangerous now', () => {
  it.each([
    "lol he's not breathing",
    "haha he's dressed as a ghost and now he's turning blue and can't breathe",
    'lmao he laughed so hard he choked on a grape and cant breathe',
    'jaja se está poniendo morado porque se atragantó',
    'jajaja se tragó una pila',
    "lol she passed out bc she hit her head and won't wake up",
    'lol he wants to kill himself because he ate the last cookie',
    'jaja se quiere matar porque se comió el pastel de su hermana',
    'the plan says if it lasts more than 5 min give diazepam, we gave it and hes still seizing',
    'si dura más de 5 minutos le doy el diazepam, ya van 8 minutos y sigue convulsionando',
    'last year he tried to kill himself and now hes stable, but tonight he said he wants to die',
    'el año pasado intentó suicidarse, ahora está estable pero hoy dice que se quiere matar',
    'he puts everything in his mouth and he swallowed a magnet',
    'si un niño se traga una pila qué hago? mi hijo se acaba de tragar una',
    'my kid would eat anything if he could and he just ate a tide pod',
  ])('%j is still an emergency', (text) => {
    expect(detectCrisis(text)).toBeDefined();
  });
});

describe('round 7 classes that were missed', () => {
  it.each([
    ['mi hijo está convulsionado desde hace 5 minutos', 'medical'],
    ['the dog bit his arm and I can see the bone', 'medical'],
    ['se cayó de la bici y se le ve el hueso', 'medical'],
    ["she has leukemia and she's 101 with chills", 'medical'],
    ['tiene quimio y tiene 39 con escalofríos', 'medical'],
    ["his meter reads LO and he's shaky and sweaty", 'medical'],
    ["not gonna be around past tonight, tell my mom i'm sorry", 'behavioral'],
    ['client disclosed a plan to hang himself tonight, please dispatch mobile crisis', 'behavioral'],
    ['mi ex tiene orden de restricción y está afuera gritando', 'behavioral'],
    ['le di el jarabe de adulto dos veces por error', 'poisoning'],
    ['i gave him the ibuprofen twice by mistake, he is 2', 'poisoning'],
  ])('%j -> %s', (text, kind) => {
    expect(detectCrisis(text)?.kind).toBe(kind);
  });
});
