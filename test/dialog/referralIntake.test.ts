import { WEB_PARENT_REFERRAL } from '../helpers/botframework';
import { CODE_PATTERN } from '../../src/referrals/code';
import { RESUME_AFTER_MS } from '../../dialogs/referralIntakeDialog';
import { PHONE, referralBot } from '../unit/referrals/harness';

/** A parent on SMS answering by number wherever choices are offered, up to the summary. */
const PARENT_SMS = ['I want to refer my son to CCS', '1', 'Maria Lopez', 'Juan Perez', '03/25/2015', 'bakersfeild', 'heart murmur', '1', '2', '1', '1', '1'];
/** The same on the web, by the choice titles the buttons send, up to the summary. */
const PARENT_WEB = WEB_PARENT_REFERRAL.slice(0, -2);

describe('Dialog: referral intake', () => {
  it('starts from free text in English or Spanish, or from the menu (a texted number on SMS)', async () => {
    expect((await referralBot().say('I want to refer my son to CCS'))[0]).toMatch(/Let's make a CCS referral[\s\S]*Who is making this referral\?/);
    expect((await referralBot().say('quiero hacer una referencia'))[0]).toMatch(/Vamos a hacer una referencia[\s\S]*¿Quién hace esta referencia\?/);
    expect((await referralBot().say('Make a referral'))[0]).toMatch(/\[Parent or guardian\] \[Health care provider\] \[Someone else\]/);
    const sms = referralBot('sms');
    const [menu, picked] = await sms.say('hi', '3');
    expect(menu).toMatch(/Reply 3 for Make a referral/);
    expect(picked).toMatch(/Who is making this referral\?\n\nReply 1 for Parent or guardian\nReply 2 for Health care provider\nReply 3 for Someone else/);
  });

  it('on SMS asks one question at a time, shows a summary, asks consent, stores the referral, then confirms with the code and the office', async () => {
    const bot = referralBot('sms');
    const turns = await bot.say(...PARENT_SMS);
    const expected = [
      /Who is making this referral/,
      /What is your name\?/,
      /child's first and last name/,
      /What is Juan's date of birth\? Please write it as month\/day\/year/,
      /Which California county/,
      /what health condition or diagnosis/,
      /Does Juan have Medi-Cal\? Full-scope Medi-Cal means the child already meets CCS's financial rules/,
      /already open to CCS[\s\S]*A new condition still needs its own referral/,
      /best phone number[\s\S]*Reply 1 for This number \(661\) 555-0123/,
      /Which language should the CCS office use/,
      /text updates about this referral/,
      /Please check the referral/,
    ];
    expected.forEach((pattern, i) => expect(turns[i]).toMatch(pattern));
    const summary = turns[11];
    for (const line of [
      'Referring: Parent or guardian',
      'Your name: Maria Lopez',
      "Child's name: Juan Perez",
      'Date of birth: March 25, 2015',
      'County: Kern',
      'Condition: heart murmur',
      'Medi-Cal: Yes, full-scope',
      'Already open to CCS: No',
      'Phone: (661) 555-0123',
      'Language: English',
      'Updates: Yes',
    ]) {
      expect(summary).toContain(`• ${line}`);
    }
    expect(summary).not.toMatch(/NPI|Fax|Practice/);
    expect(bot.referrals()).toHaveLength(0);

    const [consent, confirmation] = await bot.say('1', '1');
    expect(consent).toMatch(/may we share this information with the Kern County CCS office so they can contact you/);
    expect(bot.referrals()).toHaveLength(1);
    const [referral] = bot.referrals();
    expect(referral.code).toMatch(CODE_PATTERN);
    expect(confirmation).toContain(`Your confirmation code is ${referral.code}`);
    // No office has confirmed a first-contact time: the staff target (2 business days) is never told as a promise.
    expect(confirmation).not.toMatch(/business days|usually within|January 9/);
    expect(confirmation).toMatch(/will contact you at \(661\) 555-0123/);
    expect(confirmation).toMatch(/How to reach the Kern County CCS office meanwhile:/);
    expect(confirmation).toMatch(/Kern County CCS: phone \(661\) 321-3000/);
    expect(confirmation).not.toMatch(/fax the medical records/);
    expect(referral).toMatchObject({
      kind: 'referral',
      status: 'submitted',
      channel: 'sms',
      contact: { channel: 'sms', key: PHONE },
      phone: PHONE,
      region: 'CA',
      county: 'Kern',
      queue: { id: 'county-kern' },
      referrer: { role: 'parent', name: 'Maria Lopez' },
      child: { firstName: 'Juan', lastName: 'Perez', dateOfBirth: '2015-03-25' },
      condition: 'heart murmur',
      mediCal: 'full',
      openToCcs: 'no',
      preferredLanguage: 'en',
      updatesOptIn: true,
      language: 'en',
      firstContactDue: '2026-01-09',
    });
    expect(referral.dueDate).toBeUndefined();
    for (const turn of [...turns, consent, confirmation]) expect(turn).not.toMatch(/\b(cancel|quit)\b/i);
  });

  it('runs on the web with buttons and a typed phone number, normalized', async () => {
    const bot = referralBot('webchat');
    const turns = await bot.say(...PARENT_WEB);
    expect(turns[9]).not.toMatch(/This number/);
    expect(turns[11]).toMatch(/Phone: \(661\) 555-0123/);
    await bot.say("Yes, it's right", 'Yes, share it');
    expect(bot.referrals()[0]).toMatchObject({ channel: 'web', phone: '+16615550123', contact: { channel: 'web', conversationReference: expect.any(Object) } });
  });

  it('speaks Spanish throughout: questions, day-first dates, "sí", the summary and the confirmation', async () => {
    const bot = referralBot('sms');
    const turns = await bot.say(
      'quiero hacer una referencia',
      '1',
      'Rosa Díaz',
      'Ana Díaz',
      '3 de marzo de 2016',
      'Fresno',
      'asma severa',
      'sí, alcance completo',
      'no',
      '1',
      'español, por favor',
      'sí',
    );
    expect(turns[3]).toMatch(/¿Cuál es la fecha de nacimiento de Ana\? Escríbala como día\/mes\/año/);
    expect(turns[6]).toMatch(/¿Ana tiene Medi-Cal\?/);
    expect(turns[11]).toMatch(/Por favor, revise la referencia/);
    expect(turns[11]).toContain('• Fecha de nacimiento: 3 de marzo de 2016');
    expect(turns[11]).toContain('• Medi-Cal: Sí, cobertura completa');
    expect(turns[11]).toContain('• Idioma: español');
    expect(turns[11]).toMatch(/Responda 1 para Sí, está bien/);
    const [consent, confirmation] = await bot.say('1', '1');
    expect(consent).toMatch(/¿nos permite compartir esta información con la oficina de CCS del condado de Fresno/);
    expect(confirmation).toMatch(/¡Gracias! Enviamos su referencia; la recibe la oficina de CCS del condado de Fresno\. Su código de confirmación es CCS-/);
    expect(confirmation).toMatch(/la oficina revisará la referencia, verá si CCS cubre la enfermedad y se comunicará con usted al \(661\) 555-0123/);
    expect(confirmation).not.toMatch(/días hábiles|9 de enero/);
    expect(bot.referrals()[0]).toMatchObject({ language: 'es', preferredLanguage: 'es', child: { dateOfBirth: '2016-03-03' }, mediCal: 'full' });
  });

  it('reads a day-first numeric date in Spanish and a month-first one in English', async () => {
    const es = referralBot();
    await es.say('quiero hacer una referencia', 'Madre, padre o tutor', 'Rosa Díaz', 'Ana Díaz', '04/05/2016');
    const en = referralBot();
    await en.say('Make a referral', 'Parent or guardian', 'Maria Lopez', 'Juan Perez', '04/05/2016');
    const esSummary = (await es.say('Kern', 'asma', '1', '2', '6615550123', '1', '1')).at(-1);
    const enSummary = (await en.say('Kern', 'asthma', '1', '2', '6615550123', '1', '1')).at(-1);
    expect(esSummary).toContain('4 de mayo de 2016');
    expect(enSummary).toContain('April 5, 2016');
  });
});

describe('Dialog: referral intake, invalid answers', () => {
  it('rejects impossible, future and over-21 dates of birth, saying what is wanted, then offers a person after 3 tries', async () => {
    const bot = referralBot('sms');
    await bot.say('Make a referral', '1', 'Maria Lopez', 'Juan Perez');
    const [impossible, future, tooOld] = await bot.say('02/30/2016', '12/01/2030', '01/15/2000');
    expect(impossible).toMatch(/That date isn't on the calendar[\s\S]*month\/day\/year/);
    expect(future).toMatch(/That date is in the future/);
    expect(tooOld).toMatch(/I'm having trouble with this answer[\s\S]*Reply 1 for Talk to a person\nReply 2 for Try again/);
    const [again] = await bot.say('2');
    expect(again).toMatch(/What is Juan's date of birth\?/);
    const [unreadable, valid] = await bot.say('banana', '3-25-15');
    expect(unreadable).toMatch(/I couldn't read that date[\s\S]*03\/25\/2015/);
    expect(valid).toMatch(/Which California county/);
  });

  it('says that CCS is for under 21 when the date of birth makes the child 21 or older', async () => {
    const bot = referralBot();
    await bot.say('Make a referral', 'Parent or guardian', 'Maria Lopez', 'Juan Perez');
    const [reply] = await bot.say('01/06/2005');
    expect(reply).toMatch(/CCS is for children and young people under 21, and that date of birth means 21 years old/);
    expect(reply).toMatch(/agent/);
    const [younger] = await bot.say('01/08/2005');
    expect(younger).toMatch(/Which California county/);
  });

  it('re-asks a name that is not a name, a single name, an unknown county, a bad phone and a bad NPI with what is wanted', async () => {
    const bot = referralBot('webchat');
    const turns = await bot.say('Make a referral', 'Health care provider', '12345', 'Dr. Ana Ruiz', 'Lucas', 'Lucas Gomez', '2018-07-04', 'narnia', 'Stockton');
    expect(turns[2]).toMatch(/Please send just the name, in letters/);
    expect(turns[4]).toMatch(/Please send both the child's first and last name/);
    expect(turns[7]).toMatch(/couldn't find that California county/);
    const npi = await bot.say('cerebral palsy', 'Not sure', 'No', 'Valley Pediatrics', '12345', '1234567890', '1234567893');
    expect(npi[4]).toMatch(/An NPI has exactly 10 digits/);
    expect(npi[5]).toMatch(/doesn't pass the NPI check/);
    expect(npi[6]).toMatch(/What fax number/);
    const fax = await bot.say('555', '(209) 555-0100', 'No', '123');
    expect(fax[0]).toMatch(/10-digit fax number/);
    expect(fax[2]).toMatch(/best phone number/);
    expect(fax[3]).toMatch(/10-digit US phone number/);
  });

  it('after 3 wrong picks of a choice offers a person, and "Talk to a person" hands off with the answers so far', async () => {
    const bot = referralBot('sms');
    await bot.say('Make a referral', '1', 'Maria Lopez', 'Juan Perez', '03/25/2015', 'Kern', 'heart murmur');
    const [first, , third] = await bot.say('purple', 'green', 'blue');
    expect(first).toMatch(/Sorry, I didn't get that\. Please pick one of these:\n\nReply 1 for Yes, full-scope/);
    expect(third).toMatch(/Reply 1 for Talk to a person/);
    const [handoff] = await bot.say('1');
    expect(handoff).toMatch(/I'll ask a person to contact you/);
    expect(handoff).toMatch(/Kern County CCS office to contact you at \(661\) 555-0123/);
    const [item] = bot.referrals();
    expect(item).toMatchObject({
      kind: 'handoff',
      queue: { id: 'county-kern' },
      handoff: { reason: 'person', during: 'mediCal', known: { childFirstName: 'Juan', condition: 'heart murmur' } },
    });
  });
});

describe('Dialog: referral intake, corrections at the summary', () => {
  it('"change the county" re-asks only the county, then shows the summary again with the new county', async () => {
    const bot = referralBot('sms');
    await bot.say(...PARENT_SMS);
    const [ask, summary] = await bot.say('change the county', 'Fresno');
    expect(ask).toMatch(/^Which California county/);
    expect(summary).toMatch(/Please check the referral/);
    expect(summary).toContain('• County: Fresno');
    expect(summary).toContain("• Child's name: Juan Perez");
    const [consent] = await bot.say('1');
    expect(consent).toMatch(/Fresno County CCS office/);
  });

  it('"cambiar el condado" works in Spanish', async () => {
    const bot = referralBot('sms');
    await bot.say('quiero hacer una referencia', '1', 'Rosa Díaz', 'Ana Díaz', '3/3/2016', 'Fresno', 'asma', '1', '2', '1', '2', '1');
    const [ask, summary] = await bot.say('cambiar el condado', 'Stockton');
    expect(ask).toMatch(/¿En qué condado de California vive/);
    expect(summary).toContain('• Condado: San Joaquin');
  });

  it('"Change something" lists the answers; a texted number picks one to re-ask', async () => {
    const bot = referralBot('sms');
    await bot.say(...PARENT_SMS);
    const [list] = await bot.say('2');
    expect(list).toMatch(/What would you like to change\?[\s\S]*Reply 4 for Date of birth/);
    const [ask, summary] = await bot.say('4', 'March 26, 2015');
    expect(ask).toMatch(/What is Juan's date of birth/);
    expect(summary).toContain('• Date of birth: March 26, 2015');
  });

  it('changing who is referring to a provider asks the provider questions, then the summary', async () => {
    const bot = referralBot('webchat');
    await bot.say(...PARENT_WEB);
    const turns = await bot.say('no, change who is referring', 'Health care provider', 'Valley Pediatrics', '1234567893', '661-555-0190', 'No');
    expect(turns[0]).toMatch(/Who is making this referral/);
    expect(turns[1]).toMatch(/name of your practice/);
    expect(turns[5]).toContain('• NPI: 1234567893');
    expect(turns[5]).toContain('• Fax: (661) 555-0190');
    await bot.say("Yes, it's right", 'Yes, share it');
    expect(bot.referrals()[0]).toMatchObject({ referrer: { role: 'provider', practiceName: 'Valley Pediatrics', npi: '1234567893', fax: '+16615550190' } });
  });

  it('declining consent sends nothing and stores nothing', async () => {
    const bot = referralBot('sms');
    await bot.say(...PARENT_SMS, '1');
    const [declined] = await bot.say('2');
    expect(declined).toMatch(/nothing was sent/);
    expect(bot.referrals()).toHaveLength(0);
  });
});

describe('Dialog: referral intake, leaving, questions and resuming', () => {
  it('"menu" and "start over" work at any step; "cancel" on the web; nothing is stored', async () => {
    const sms = referralBot('sms');
    const [, , menu] = await sms.say('Make a referral', '1', 'menu');
    expect(menu).toMatch(/How can I help/);
    const [, , , startOver, fresh] = await sms.say('Make a referral', '1', 'Maria Lopez', 'start over', 'Kern');
    expect(startOver).toMatch(/let's start over/);
    // "Kern" is a fresh message now, not an answer to the intake.
    expect(fresh).toMatch(/661/);
    const web = referralBot('webchat');
    const [, , cancelled] = await web.say('Make a referral', 'Someone else', 'cancel');
    expect(cancelled).toMatch(/let's start over/);
    expect(sms.referrals()).toHaveLength(0);
    expect(web.referrals()).toHaveLength(0);
  });

  it('answers a question asked mid-intake from the knowledge base, then asks the same question again', async () => {
    const bot = referralBot('webchat');
    await bot.say('Make a referral', 'Parent or guardian', 'Maria Lopez', 'Juan Perez', '03/25/2015');
    const [aside] = await bot.say('What is CCS?');
    expect(aside).toMatch(/21/);
    expect(aside).toMatch(/Now, back to the referral:[\s\S]*Which California county/);
    const [next] = await bot.say('Kern');
    expect(next).toMatch(/what health condition/);
  });

  it('a free-text question typed at the name question is answered, not taken as a name', async () => {
    const bot = referralBot('webchat');
    await bot.say('Make a referral', 'Parent or guardian', 'Maria Lopez');
    const [aside] = await bot.say('who can make a referral?');
    expect(aside).toMatch(/Now, back to the referral:[\s\S]*child's first and last name/);
  });

  it('continues a paused intake after hours: offers to continue or start a new one, and continues where it stopped', async () => {
    const bot = referralBot('sms');
    await bot.say('Make a referral', '1', 'Maria Lopez', 'Juan Perez');
    bot.advance(RESUME_AFTER_MS + 60 * 60 * 1000);
    const [offer] = await bot.say('hi');
    expect(offer).toMatch(/Welcome back! You were in the middle of a CCS referral[\s\S]*Reply 1 for Continue\nReply 2 for Start a new referral/);
    const [continued, next] = await bot.say('1', '03/25/2015');
    expect(continued).toMatch(/What is Juan's date of birth/);
    expect(next).toMatch(/Which California county/);
  });

  it('a new referral after a long pause starts from the first question', async () => {
    const bot = referralBot('sms');
    await bot.say('Make a referral', '1', 'Maria Lopez');
    bot.advance(3 * 24 * 60 * 60 * 1000);
    const [, restarted] = await bot.say('hello', '2');
    expect(restarted).toMatch(/Let's make a CCS referral[\s\S]*Who is making this referral/);
  });

  it('a short pause just continues, and an answer sent after the offer is taken as the answer', async () => {
    const bot = referralBot('sms');
    await bot.say('Make a referral', '1', 'Maria Lopez', 'Juan Perez');
    bot.advance(2 * 60 * 60 * 1000);
    const [direct] = await bot.say('03/25/2015');
    expect(direct).toMatch(/Which California county/);
    bot.advance(RESUME_AFTER_MS + 1);
    const [offer, answered] = await bot.say('Kern', 'Kern');
    expect(offer).toMatch(/Welcome back/);
    expect(answered).toMatch(/what health condition/);
  });

  it('switches language mid-intake and re-asks in that language', async () => {
    const bot = referralBot('webchat');
    await bot.say('Make a referral', 'Parent or guardian', 'Maria Lopez', 'Juan Perez');
    const [switched] = await bot.say('español');
    expect(switched).toMatch(/le escribiré en español[\s\S]*¿Cuál es la fecha de nacimiento de Juan\?/);
  });

  it('naming a language at the language question is the answer (the office language), not a switch of the chat', async () => {
    const bot = referralBot('webchat');
    await bot.say(
      'Make a referral',
      'Parent or guardian',
      'Maria Lopez',
      'Juan Perez',
      '03/25/2015',
      'Kern',
      'asthma',
      'No Medi-Cal',
      'Not sure',
      '6615550123',
    );
    const [next, summary] = await bot.say('English', 'No');
    expect(next).toMatch(/Would you like updates about this referral/);
    expect(next).not.toMatch(/Should the CCS office contact you in English/);
    expect(summary).toContain('• Language: English');
    const [which, other] = await bot.say('change the language', 'Another language');
    expect(which).toMatch(/Which language/);
    expect(other).toMatch(/Which language\?/);
    const [done] = await bot.say('Hmong');
    expect(done).toContain('• Language: Hmong');
  });

  it('in Spanish, "inglés" at the language question is the office language; the chat stays in Spanish', async () => {
    const bot = referralBot('webchat');
    await bot.say(
      'quiero hacer una referencia',
      'Padre, madre o tutor',
      'Maria Lopez',
      'Juan Perez',
      '25/03/2015',
      'Kern',
      'asma',
      'No tiene Medi-Cal',
      'No estoy seguro',
      '6615550123',
    );
    const [next] = await bot.say('inglés');
    expect(next).toMatch(/avisos sobre esta referencia/);
    const [summary] = await bot.say('No');
    expect(summary).toMatch(/• Idioma: (inglés|English)/i);
  });
});

describe('Dialog: referral intake, routing and due dates', () => {
  it('an emergency admission at a non-CCS-approved hospital is due the next business day, skipping a holiday (MLK Day)', async () => {
    // Friday, January 16, 2026; Monday the 19th is Martin Luther King Jr. Day.
    const bot = referralBot('webchat', new Date('2026-01-16T20:00:00Z'));
    await bot.say(
      'Make a referral',
      'Health care provider',
      'Dr. Ana Ruiz',
      'Lucas Gomez',
      '2018-07-04',
      'Kern',
      'suspected heart defect',
      'Yes, full-scope',
      'No',
      'Valley Pediatrics',
      '1234567893',
      '661-555-0190',
    );
    const [admitted, , , , summary] = await bot.say('Yes', 'today', '6615550191', 'English, please', 'No');
    expect(admitted).toMatch(/What day was Lucas admitted/);
    expect(summary).toContain('• Emergency admission, hospital not CCS-approved: Yes');
    expect(summary).toContain('• Admitted: January 16, 2026');
    const [, confirmation] = await bot.say("Yes, it's right", 'Yes, share it');
    expect(confirmation).toMatch(/due to the county CCS program by the next business day, Tuesday, January 20, 2026/);
    expect(confirmation).toMatch(
      /fax the medical records about this condition to the Kern County CCS office at \(661\) 868-0268 \(Health Net notice 20-667, Sept 2020\), with the code CCS-/,
    );
    expect(confirmation).not.toMatch(/January 21, 2026/);
    expect(bot.referrals()[0]).toMatchObject({
      emergency: { admittedOn: '2026-01-16', dueDate: '2026-01-20' },
      dueDate: '2026-01-20',
      firstContactDue: '2026-01-21',
    });
  });

  it('an emergency admission whose next business day has passed says it is overdue', async () => {
    const bot = referralBot('webchat');
    await bot.say(
      'Make a referral',
      'Health care provider',
      'Dr. Ana Ruiz',
      'Lucas Gomez',
      '2018-07-04',
      'Kern',
      'suspected heart defect',
      'Yes, full-scope',
      'No',
      'Valley Pediatrics',
      '1234567893',
      '661-555-0190',
    );
    await bot.say('Yes', '01/02/2026', '6615550191', 'English, please', 'No');
    const [, confirmation] = await bot.say("Yes, it's right", 'Yes, share it');
    expect(confirmation).toMatch(/was due to the county CCS program by Monday, January 5, 2026[\s\S]*as soon as possible/);
  });

  it('in a Whole Child Model county, sends the referral to the county office and also tells the plan about its own full-scope member', async () => {
    const bot = referralBot('webchat');
    const turns = await bot.say('Make a referral', 'Parent or guardian', 'Maria Lopez', 'Juan Perez', '03/25/2015', 'Santa Ana', 'asthma', 'Yes, full-scope');
    expect(turns.at(-1)).toMatch(/Which Medi-Cal health plan is Juan in\?[\s\S]*\[CalOptima Health\] \[Kaiser Permanente\] \[Another plan\] \[Not sure\]/);
    await bot.say('caloptima', 'No', '6615550123', 'English, please', 'Yes');
    const [consent] = await bot.say("Yes, it's right");
    expect(consent).toMatch(/share this information with the Orange County CCS office and the CalOptima Health care team/);
    const [confirmation] = await bot.say('Yes, share it');
    expect(confirmation).toMatch(/sent to the Orange County CCS office/);
    expect(confirmation).toMatch(/Juan has full-scope Medi-Cal with CalOptima Health, we also told the plan's care team/);
    expect(confirmation).toMatch(
      /We don't have a confirmed phone number for Orange County CCS\. Find the office in the state list: https:\/\/www\.dhcs\.ca\.gov/,
    );
    expect(bot.referrals()[0]).toMatchObject({
      county: 'Orange',
      queue: { id: 'county-orange' },
      mediCalPlan: 'CalOptima Health',
      alsoTold: [{ id: 'wcm-caloptima' }],
    });
  });

  it('in a Whole Child Model county with no Medi-Cal, sends the referral to the county office alone (the held-out Yolo case)', async () => {
    const bot = referralBot('webchat');
    await bot.say(
      'Make a referral',
      'Health care provider',
      'Dr. Ana Ruiz',
      'Lucas Gomez',
      '2018-07-04',
      'Woodland',
      'suspected heart defect',
      'No Medi-Cal',
      'No',
      'Valley Pediatrics',
      '1234567893',
      '661-555-0190',
    );
    await bot.say('No', '6615550191', 'English, please', 'No');
    const [consent] = await bot.say("Yes, it's right");
    expect(consent).toMatch(/share this information with the Yolo County CCS office so they/);
    const [confirmation] = await bot.say('Yes, share it');
    expect(confirmation).toMatch(/sent to the Yolo County CCS office/);
    expect(confirmation).not.toMatch(/Partnership HealthPlan of California care team|also told/);
    expect(confirmation).toMatch(
      /We don't have a fax or phone number for that office: find it in the state's list of county CCS offices, https:\/\/www\.dhcs\.ca\.gov\/services\/ccs\/Pages\/CountyOffices\.aspx, and ask how to send them/,
    );
    expect(confirmation).not.toMatch(/call the office to ask/);
    expect(bot.referrals()[0]).toMatchObject({ county: 'Yolo', queue: { id: 'county-yolo' } });
    expect(bot.referrals()[0].alsoTold).toBeUndefined();
  });

  it('gives a San Diego provider both published faxes, each with its source', async () => {
    const bot = referralBot('webchat');
    await bot.say(
      'Make a referral',
      'Health care provider',
      'Dr. Ana Ruiz',
      'Lucas Gomez',
      '2018-07-04',
      'San Diego',
      'suspected heart defect',
      'No Medi-Cal',
      'No',
      'Valley Pediatrics',
      '1234567893',
      '619-555-0190',
    );
    await bot.say('No', '6195550191', 'English, please', 'No');
    const [, confirmation] = await bot.say("Yes, it's right", 'Yes, share it');
    expect(confirmation).toMatch(
      /Two fax numbers are published: \(619\) 528-4087 \(Health Net notice 20-667, Sept 2020\) and \(858\) 514-6514 \(San Diego County CCS page, date not shown\)\. Call the office at \(619\) 528-4000 to ask which one to use\./,
    );
  });

  it('routes an Illinois family to the Illinois programs team', async () => {
    const bot = referralBot('webchat');
    const turns = await bot.say(
      'Make a referral',
      'Parent or guardian',
      'Maria Lopez',
      'Juan Perez',
      '03/25/2015',
      'Chicago, IL 60601',
      'autism',
      'No Medi-Cal',
      'No',
      '6615550123',
      'English, please',
      'Yes',
    );
    expect(turns[11]).toContain('• County: Illinois');
    const [, confirmation] = await bot.say("Yes, it's right", 'Yes, share it');
    expect(confirmation).toMatch(/Illinois programs team/);
    expect(bot.referrals()[0]).toMatchObject({ region: 'IL', queue: { id: 'illinois-team' } });
    expect(bot.referrals()[0].county).toBeUndefined();
  });
});
