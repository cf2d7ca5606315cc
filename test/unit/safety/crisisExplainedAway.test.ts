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

/**
 * Round 8, after blind batches 2026-12-01-i and -j: a threat over a thing said with or without a
 * laugh, a teen who sleeps in, a feeling with "choking", food that burned. Each with its twin: the
 * same wording and a danger now still gets the numbers first.
 */
describe('round 8: hyperbole and habits explained away', () => {
  it.each([
    'im going to kill my brother if he eats my leftovers again',
    'i swear ill kill my sister if she takes my charger one more time',
    "she's gonna strangle her brother if he leaves his dirty socks in the bathroom",
    'voy a matar a mi hermano si se come mis tamales otra vez',
    'mi hija dice que va a matar a su hermano porque le rompió su celular',
  ])('a threat over a thing: %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });

  it.each([
    'my teen sleeps till 2pm on saturdays, i literally cannot wake him up lol. what time is clinic',
    'he sleeps like a rock, i cant wake him up for school haha',
    'mi hijo duerme hasta el mediodía los domingos, no lo puedo despertar jaja',
    'es bien dormilona, los sábados no hay quien la despierte',
  ])('sleeping in: %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });

  it.each([
    'he was choking on laughter at his cousins jokes, best day in a long time',
    'she choked up at her graduation, so proud of her',
    'he was choking with laughter when the dog sneezed',
    'she was scared to death of the shots lol',
    'casi se ahoga de la risa con el payaso jaja',
  ])('a feeling: %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });

  it.each([
    'mi esposo se quemó haciendo la carne asada, bueno la carne se quemó, él está bien jaja',
    'se me quemaron los frijoles otra vez jaja',
    'I burned the rice again lol, anyway when is his appointment',
  ])('food that burned: %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });
});

describe('round 8 twins: a danger now in the same message', () => {
  it.each([
    ["he's going to kill his brother if he touches his xbox again, he's got a kitchen knife", 'behavioral'],
    ['me voy a matar si me quitan el celular', 'behavioral'],
    ["i'm going to kill myself if he eats my leftovers again", 'behavioral'],
    ["he usually sleeps in on saturdays but today i can't wake him up and he's breathing weird", 'medical'],
    ["she sleeps till noon but right now she won't wake up and she's limp", 'medical'],
    ["lol i can't wake him up", 'medical'],
    ["he hasn't slept in 3 days and keeps saying the tv is telling him to hurt himself", 'behavioral'],
    ["he was choking on laughter and then a grape got stuck and now he can't breathe", 'medical'],
    ["lol he's choking on a grape", 'medical'],
    ['la carne se quemó jaja pero mi hijo se quemó la mano con el comal y tiene ampollas', 'medical'],
    ["lol he's not breathing", 'medical'],
  ])('%j -> %s', (text, kind) => {
    expect(detectCrisis(text)?.kind).toBe(kind);
  });
});

describe('round 8 classes that were missed', () => {
  it.each([
    // A medicine given by mistake, any drug, any route.
    ['i think i grabbed the wrong syringe for his g-tube, it was the methadone not the reflux med', 'poisoning'],
    ['I mixed up the syringes, he got the baclofen instead of the reflux medicine', 'poisoning'],
    ['the night nurse put the wrong med in his port, it was the insulin not the saline', 'poisoning'],
    ['I pushed 10 ml of her baclofen through the g-tube instead of 1 ml', 'poisoning'],
    ['me equivoqué de jeringa y le pasé la metadona por el botón', 'poisoning'],
    ['le puse la jeringa equivocada por la sonda, era la morfina y no el omeprazol', 'poisoning'],
    // A teen's warning signs.
    ['his therapist asked if hes safe... honestly today he gave away his xbox and said bye to the dog like forever', 'behavioral'],
    ['she gave away all her makeup and told her sister bye like it was the last time', 'behavioral'],
    ["he keeps saying he won't be a problem much longer", 'behavioral'],
    ['mi hijo regaló su celular y su consola, y se despidió del perro como para siempre', 'behavioral'],
    ['mi hija dice que ya no va a ser una carga por mucho tiempo', 'behavioral'],
    ['my daughter (14) texted her friend goodbye and locked herself in the bathroom, not answering', 'behavioral'],
    ['mi hija le escribió adiós a su amiga y se encerró en el baño, no contesta', 'behavioral'],
    // A drunk adult driving off with a child.
    ['my ex is drunk and just drove off with my 4 year old', 'behavioral'],
    ['el papá de mi hijo llegó borracho y se llevó al niño en la camioneta', 'behavioral'],
    // Wishing not to wake up is 988, not 911.
    ['she said she wishes she could fall asleep and not wake up and shes been googling how many benadryl it takes', 'behavioral'],
    // A tablet named by where it sits is a product.
    ['se tragó la pastilla azul del tanque del baño? la del inodoro. tiene la boca azul', 'poisoning'],
  ])('%j -> %s', (text, kind) => {
    expect(detectCrisis(text)?.kind).toBe(kind);
  });

  it.each([
    'the pharmacy gave us the wrong strength of baclofen but we caught it before giving any, who do i report that to',
    'the pharmacy sent the wrong medication again, we didnt give it, who do i call',
    'the wrong syringe size came in the supply order, can you send 10 mL ones',
    'le mandaron la jeringa equivocada en el pedido de insumos, ¿me pueden mandar otra?',
    'we gave him almond milk instead of formula, is that covered by WIC',
    'we are moving next week so he said bye to all his friends forever lol',
    'he gave away his old toys to his cousin, can we get the new wheelchair',
    'regalamos su ropa de bebé, ya no le queda, ¿cuándo es la cita?',
    'the cough wont be a problem much longer now that hes on the inhaler',
    'said bye to the therapist, the office isnt answering my calls though',
    'my ex was drunk at the wedding last year and took our son home early, does that matter for custody forms',
  ])('no alarm: %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });
});

describe('round 8: a story about staying on a program (bench/eval.ts had it as a 988 alarm)', () => {
  it.each([
    'hi so my daughter has spina bifida and shes been with ccs since she was a baby, she just turned 18 last month and her dr said something about her losing ccs soon and i panicked. i dont know what we would do without it honestly. how old can she be and still be on ccs??',
    'he just turned 21 and i am so scared of losing medi-cal, what would we do without it',
    'mi hija acaba de cumplir 18 y tengo miedo de perder el ccs, no sé qué haríamos sin eso',
  ])('no alarm: %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });

  it.each([
    ['she just turned 18 and she just took all her pills, she is losing ccs', 'poisoning'],
    // "just took", "just ate" are now (they had read as "just to", "just a").
    ['she had the same scare last month and she just took 10 of her grandmas pills', 'poisoning'],
    ['the same thing happened last year and he just ate one of the dishwasher pods', 'poisoning'],
    ['he just turned 3 and he is not breathing, will he lose medi-cal', 'medical'],
  ])('%j -> %s', (text, kind) => {
    expect(detectCrisis(text)?.kind).toBe(kind);
  });
});
