import { converse, testBot } from '../helpers/testBot';
import { referralBot } from '../unit/referrals/harness';
import { faqById } from '../../src/knowledge';

const faqAnswer = (id: string, lang: 'en' | 'es') => faqById(id)?.answer[lang] ?? `no entry ${id}`;

/**
 * The patterns of issue 18, as a person would meet them, in English and Spanish: the place in the
 * question, an age, a two-part question, a how-to question, a clear question our sources do not
 * answer, a word that is also a command given as an answer, and a question that keeps coming back.
 */
describe('Dialog: understanding what people write', () => {
  describe('a place in the question', () => {
    it('answers the topic and gives that county office with its status, in English', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['is tehama a dependent county']);
      expect(reply).toMatch(/State decides medical eligibility/);
      expect(reply).toMatch(/Tehama County is a dependent CCS county/);
      expect(reply).toMatch(/Tehama County CCS office/);
    });

    it('answers the topic and names the county Whole Child Model plan, in Spanish', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['necesito autorizacion previa para mi hijo en solano']);
      expect(reply).toMatch(/autorizaci[oó]n previa/i);
      expect(reply).toMatch(/Oficina de CCS del condado de Solano/);
      expect(reply).toMatch(/Partnership HealthPlan of California/);
    });

    it('reads a city as its county when asked who handles CCS there', async () => {
      const { adapter } = testBot('sms');
      const [reply] = await converse(adapter, ['who handles ccs in stockton'], 'sms');
      expect(reply).toMatch(/San Joaquin County CCS/);
      expect(reply).toMatch(/209\D{0,3}468\D?3900/);
    });

    it("says CCS is California's program to a family moving to another state, instead of asking for a county", async () => {
      const { adapter } = testBot();
      const [english] = await converse(adapter, ["we're moving to texas"]);
      expect(english).toMatch(/California's program/);
      expect(english).not.toMatch(/Which county/);
      const [spanish] = await converse(testBot().adapter, ['nos mudamos a texas, que pasa con ccs']);
      expect(spanish).toMatch(/programa de California/);
    });
  });

  describe('a two-part question with a place', () => {
    it('answers what to send and gives that county office with its fax, in English', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ["I'm at a clinic in Turlock - what should we send with a referral, and where do we fax it?"]);
      expect(reply).toMatch(/attach (copies of the medical )?records/i);
      expect(reply).toMatch(/Stanislaus County CCS: .*fax \(209\) 558-7862/);
    });

    it('in Spanish too', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['soy de una clinica en delano, que documentos mando con la referencia y a que fax?']);
      expect(reply).toMatch(/Adjunte copias de los expedientes médicos/);
      expect(reply).toMatch(/CCS del condado de Kern: [\s\S]*fax \(661\) 868-0268/);
    });
  });

  describe('a crisis going on now in Illinois', () => {
    const urgent = (referrals: ReturnType<typeof testBot>['referrals']) =>
      [...referrals.items.values()].filter((r) => r.kind === 'urgent' && r.handoff?.reason === 'crisis');
    // Words the safety check (src/safety) did not catch when this was written; whichever part answers, the lines and the handoff must come.
    const lines = (reply: string) => ['1-800-345-9049', '911', '988'].every((line) => reply.includes(line));

    it('gets the CARES line, 911 and 988, and staff an urgent handoff, in English', async () => {
      const { adapter, referrals } = testBot();
      const [reply] = await converse(adapter, [
        'we live in illinois and my 13 year old is having a really bad mental health night, can someone come to the house',
      ]);
      expect(lines(reply)).toBe(true);
      expect(urgent(referrals)).toHaveLength(1);
    });

    it('in Spanish too', async () => {
      const { adapter, referrals } = testBot();
      const [reply] = await converse(adapter, ['vivimos en chicago, mi hija esta en crisis ahorita, a quien le hablo']);
      expect(lines(reply)).toBe(true);
      expect(urgent(referrals)).toHaveLength(1);
    });

    it('a question about the crisis line is answered without an urgent handoff', async () => {
      const { adapter, referrals } = testBot();
      const [reply] = await converse(adapter, ['what number do we save for mobile crisis in illinois, just in case']);
      expect(reply).toMatch(/1-800-345-9049/);
      expect(urgent(referrals)).toHaveLength(0);
    });
  });

  describe('a greeting before a question', () => {
    it('a question after "hola" that cannot be answered is said so and kept for staff; a greeting that asks nothing gets the menu', async () => {
      const asked = testBot();
      const [reply] = await converse(asked.adapter, ['hola, ¿le dan pañales gratis a mi hija los martes?']);
      expect(reply).toMatch(/no estoy seguro/i);
      expect(asked.unanswered).toEqual([expect.objectContaining({ lang: 'es' })]);
      const greeted = testBot();
      const [menu] = await converse(greeted.adapter, ['hola necesito ayuda para mi hijo']);
      expect(menu).toMatch(/\[Hacer una pregunta\]|\[Hacer una referencia\]/);
      expect(greeted.unanswered).toHaveLength(0);
    });
  });

  describe('an age in the message', () => {
    it('reads "just turned 22" as an age past the limit, not as Title 22', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['my son just turned 22, can he stay on ccs']);
      expect(reply).toMatch(/No: at 22, a young person is past the CCS age limit/);
      expect(reply).toMatch(/adult/);
      expect(reply).not.toMatch(/Title 22/);
    });

    it('in Spanish, an age under the limit says so', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['mi hijo ya cumplio 20 años todavia le toca ccs?']);
      expect(reply).toMatch(/Por la edad, sí: a los 20 años todavía está dentro del límite de edad/);
      expect(reply).toMatch(/21/);
    });
  });

  describe('a follow-up that leans on the turn before', () => {
    it('on the web, "what about tulare?" asks the same topic there, and "and their fax number?" gives that county\'s fax', async () => {
      const { adapter } = testBot();
      const [first, tulare, fax] = await converse(adapter, [
        'how long does a ccs referral take for a kid in sacramento',
        'what about tulare?',
        'and their fax number?',
      ]);
      expect(first).toMatch(/Sacramento County CCS/);
      // The topic is the one asked before (how long it takes), with the new county's card.
      expect(tulare).toContain(faqAnswer('ccs-how-long', 'en'));
      expect(tulare).toMatch(/Tulare County CCS: phone \(559\) 687-6915/);
      expect(fax).toMatch(/Tulare County CCS: fax \(559\) 713-3740/);
      expect(fax).not.toMatch(/not sure I understood|Which county/);
    });

    it('by text in Spanish, "y en sacramento?" and "y el fax?" lean on the topic and the county before', async () => {
      const { adapter } = testBot('sms');
      const [first, sacramento, fax] = await converse(adapter, ['mi hijo vive en oakland, como aplico a ccs?', 'y en sacramento?', 'y el fax?'], 'sms');
      expect(first).toMatch(/condado de Alameda/);
      expect(sacramento).toContain(faqAnswer('refer-how', 'es').split('. ')[0]);
      expect(sacramento).toMatch(/CCS del condado de Sacramento: teléfono \(916\) 875-9900/);
      expect(fax).toMatch(/CCS del condado de Sacramento: fax \(916\) 854-9500/);
    });

    it('by text in English, "whats the number for them" after a county card from the county question gives that office', async () => {
      const { adapter } = testBot('sms');
      const [, , number] = await converse(adapter, ['who do i call about ccs', '95380', 'whats the number for them'], 'sms');
      expect(number).toMatch(/Stanislaus County CCS: phone \(209\) 558-7515/);
    });

    it('on the web in Spanish, "cual es su telefono" after a question about Kern gives the Kern office', async () => {
      const { adapter } = testBot();
      const [, phone] = await converse(adapter, ['cuanto se tarda una referencia en bakersfield', 'cual es su telefono']);
      expect(phone).toMatch(/CCS del condado de Kern: teléfono \(661\) 321-3000/);
    });

    it('"same for a 22 year old" keeps the topic and reads the new age', async () => {
      const { adapter } = testBot('sms');
      const [first, older] = await converse(adapter, ['my daughter is 17 and has spina bifida, can she stay on ccs?', 'same for a 22 year old'], 'sms');
      expect(first).toMatch(/By age, yes: at 17, a child is still within the CCS age limit/);
      expect(older).toMatch(/No: at 22, a young person is past the CCS age limit/);
    });

    it('a plan that is one county\'s Whole Child Model plan places the follow-up there ("what about caloptima")', async () => {
      const { adapter } = testBot();
      const [, plan] = await converse(adapter, ['who does ccs case management in a whole child model county?', 'what about caloptima']);
      expect(plan).toMatch(/Orange County is a Whole Child Model county/);
      expect(plan).toMatch(/CalOptima/);
    });

    it('with nothing said before, "and the fax?" invents no county: it asks for one', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['and the fax?']);
      expect(reply).not.toMatch(/\(\d{3}\) \d{3}-\d{4}/);
    });

    it('"fax" alone asks which county, and the county then gets its fax (round 9)', async () => {
      const { adapter } = testBot();
      const [ask, card] = await converse(adapter, ['fax', 'bakersfield']);
      expect(ask).toMatch(/county|city|zip/i);
      expect(ask).not.toMatch(/not sure I understood/i);
      expect(card).toMatch(/Kern[\s\S]*fax/i);
    });

    it('after "start over" the county before is forgotten', async () => {
      const { adapter } = testBot();
      const [, , fax] = await converse(adapter, ['ccs office in stockton', 'start over', 'and the fax?']);
      expect(fax).not.toMatch(/953-3632/);
    });

    it('a California place after an Illinois topic is read on its own, not as the Illinois topic there', async () => {
      const { adapter } = testBot();
      const [, fresno] = await converse(adapter, ['what is pathways to success in illinois', 'and in fresno?']);
      expect(fresno).toMatch(/Fresno County CCS/);
      expect(fresno).not.toMatch(/Pathways/);
    });
  });

  describe('a follow-on about what the last answer said', () => {
    it('by text, "how about for diagnostic services?" after the income rule for therapy gets the income answer that covers them', async () => {
      const { adapter } = testBot('sms');
      const [, diagnostic] = await converse(adapter, ['is there an income rule for the medical therapy program', 'how about for diagnostic services?'], 'sms');
      expect(diagnostic).toMatch(/no income test for diagnostic services/);
    });

    it('on the web in Spanish, "y con quien hablo?" after an Illinois program gets the Illinois team, not a California county', async () => {
      const { adapter } = testBot();
      const [, who] = await converse(adapter, ['que es pathways en illinois', 'y con quien hablo?']);
      expect(who).toMatch(/\(217\) 557-1000/);
      expect(who).not.toMatch(/En qué condado/);
    });

    it('by text in Spanish, "y con kaiser?" after a Whole Child Model county names Kaiser and since when', async () => {
      const { adapter } = testBot('sms');
      const [, kaiser] = await converse(adapter, ['vivimos en watsonville, el plan maneja lo de ccs?', 'y con kaiser?'], 'sms');
      expect(kaiser).toMatch(/desde 2024 también Kaiser Permanente, para sus propios miembros/);
    });

    it('by text, "and how long does that go on?" after High Risk Infant Follow-up gets its age, not how long a referral takes', async () => {
      const { adapter } = testBot('sms');
      const [, howLong] = await converse(adapter, ['what is high risk infant follow-up', 'and how long does that go on?'], 'sms');
      expect(howLong).toContain(faqAnswer('hrif', 'en').split('. ')[0]);
      expect(howLong).not.toContain(faqAnswer('ccs-how-long', 'en').split('. ')[0]);
    });

    it('on the web in Spanish, "los mismos pasos que antes?" after a second condition gets that the steps are the same', async () => {
      const { adapter } = testBot();
      const [, same] = await converse(adapter, ['necesito otra referencia para una segunda enfermedad', 'los mismos pasos que antes?']);
      expect(same).toMatch(/Los pasos son los mismos/);
    });

    it('a new question after a short one keeps its own reading, and "thanks" does not repeat the last answer', async () => {
      const { adapter } = testBot();
      const [, wcm, thanks] = await converse(adapter, ['what is hrif', 'what is the whole child model', 'thanks']);
      expect(wcm).toContain(faqAnswer('wcm-what', 'en').split(': ')[0]);
      expect(thanks).not.toContain(faqAnswer('wcm-what', 'en').split(': ')[0]);
    });
  });

  describe('whether a county is a Whole Child Model county', () => {
    it('says a county our sources do not list runs classic CCS, beside the answer to what else was asked', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['family is in fresno. is it a wcm county? need to know who manages the case']);
      expect(reply).toMatch(/Fresno County is not on the Whole Child Model county list in our sources/);
      expect(reply).toMatch(/county CCS program does case management/);
    });

    it('in Spanish, a city inside the sentence names a Whole Child Model county and its plan', async () => {
      const { adapter } = testBot('sms');
      const [reply] = await converse(adapter, ['vivimos en santa maria, ahi hay modelo del nino completo?'], 'sms');
      expect(reply).toMatch(/condado de Santa Barbara es del Modelo Integral del Niño/);
      expect(reply).toMatch(/CenCal/);
    });
  });

  describe('a two-part question', () => {
    it('answers both parts, in English', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['how do I send a referral for a patient, what should I include']);
      expect(reply).toMatch(/Call the CCS office of the county/);
      expect(reply).toMatch(/Attach copies of the medical records/);
      expect(reply).not.toMatch(/not sure which of these you mean/);
    });

    it('answers both parts, in Spanish', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['como aplico a ccs para mi hijo, y lo puedo hacer yo misma o tiene que ser el doctor']);
      expect(reply).toMatch(/Llame a la oficina de CCS del condado/);
      expect(reply).toMatch(/Cualquier persona puede hacer una referencia/);
    });

    it('answers both parts after "two questions:", in English and Spanish', async () => {
      const [english] = await converse(testBot().adapter, ['two questions: until what age does ccs cover and do we have to be low income']);
      expect(english).toMatch(/until they turn 21/);
      expect(english).toMatch(/full-scope Medi-Cal/);
      const [spanish] = await converse(testBot().adapter, ['dos preguntas: hasta que edad cubre ccs y tenemos que ser de bajos ingresos?']);
      expect(spanish).toMatch(/21/);
      expect(spanish).toMatch(/Medi-Cal/);
      expect(spanish).not.toMatch(/no estoy seguro de cu[aá]l/i);
    });

    it("answers what is asked, not the asker's job: a social worker asking who may refer gets who may refer", async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ["I'm a hospital social worker, quick q - am I allowed to refer or must the physician?"]);
      expect(reply).toMatch(/Anyone can make a CCS referral/);
      expect(reply).not.toMatch(/case management uses a team/);
    });

    it('says a qualifying condition is still needed when full Medi-Cal is asked to mean "she qualifies"', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['my daughter has full medi-cal, does that mean she qualifies']);
      expect(reply).toMatch(/financial/);
      expect(reply).toMatch(/medical \(a condition CCS covers\)/);
    });
  });

  describe('a how-to question', () => {
    it('answers how to refer and what to include, then offers the intake instead of starting it', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ["I'm a pediatrician. How do I refer a patient? Anything I should include?"]);
      expect(reply).toMatch(/Call the CCS office of the county/);
      expect(reply).toMatch(/medical records/);
      expect(reply).toMatch(/I can also take the referral here[\s\S]*\[Make a referral\]/);
      expect(reply).not.toMatch(/Who is making this referral/);
    });

    it('in Spanish, answers first and offers the intake; picking it starts the intake', async () => {
      const { adapter } = testBot();
      const [reply, started] = await converse(adapter, ['Soy pediatra. ¿Cómo refiero a un paciente?', 'Hacer una referencia']);
      expect(reply).toMatch(/Llame a la oficina de CCS del condado/);
      expect(reply).toMatch(/También puedo tomar la referencia aquí[\s\S]*\[Hacer una referencia\]/);
      expect(started).toMatch(/¿Quién hace esta referencia\?/);
    });

    it('still starts the intake at once when the person asks to make a referral', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['I want to refer my son to CCS']);
      expect(reply).toMatch(/Who is making this referral/);
    });
  });

  describe('a clear question our sources do not answer', () => {
    it('says so and gives the county office and a person, instead of "not understood"', async () => {
      const { adapter, unanswered } = testBot();
      const [reply] = await converse(adapter, ["what's the direct line for the ccs nurse case manager assigned to my patient in san joaquin"]);
      expect(reply).toMatch(/I don't have that information/);
      expect(reply).toMatch(/San Joaquin County CCS/);
      expect(reply).toMatch(/\[Talk to a person\]/);
      expect(reply).not.toMatch(/not sure I understood/);
      expect(unanswered).toHaveLength(1);
    });

    it('in Spanish too', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['me das el numero directo del doctor de mi hijo?']);
      expect(reply).toMatch(/No tengo esa información/);
      expect(reply).toMatch(/\[Hablar con una persona\]/);
    });

    it('keeps "not understood" for messages that are not about CCS', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['can you recommend a good pizza place near me that delivers']);
      expect(reply).toMatch(/not sure I understood/);
    });
  });

  describe('a run-on message, distance to care, an address, a made-up text (round 6)', () => {
    it('answers what a run-on question asks beside what it says about the child, on the web', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['does ccs pay for speech therapy my son has down syndrome']);
      expect(reply).toMatch(/Medical Therapy Program/);
    });

    it('reads a long way to the hospital and no car as transportation, by SMS in Spanish', async () => {
      const { adapter } = testBot('sms');
      const [reply] = await converse(adapter, ['el hospital queda a dos horas y no tenemos carro'], 'sms');
      expect(reply).toMatch(/recursos de transporte/);
    });

    it("gives a county office's address where its source prints one, by SMS", async () => {
      const { adapter } = testBot('sms');
      const [reply] = await converse(adapter, ['address of the ccs office in fresno?'], 'sms');
      expect(reply).toMatch(/1221 Fulton Street 2nd floor, Fresno CA 93721/);
      expect(reply).toMatch(/\(559\) 600-3300/);
    });

    it('sends the application to the fax of the county named the turn before, by SMS', async () => {
      const { adapter } = testBot('sms');
      const [, reply] = await converse(adapter, ['we live in chula vista, ccs number?', 'where do i fax my application'], 'sms');
      expect(reply).toMatch(/\(619\) 528-4087/);
      expect(reply).toMatch(/\(858\) 514-6514/);
    });

    it('does not answer a request to make up a poem from the FAQ, in Spanish on the web', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['escribeme un poema sobre los hospitales']);
      expect(reply).toMatch(/no estoy seguro de haber entendido/i);
      expect(reply).not.toContain(faqAnswer('cm-hospital-home', 'es'));
    });
  });

  describe('a follow-up that adds a condition or asks how, a city inside a sentence, a definition (round 7)', () => {
    it('by text, "and what if we earn more than that but ..." after the income limit gets the rule with its 20% part', async () => {
      const { adapter } = testBot('sms');
      const [, reply] = await converse(adapter, ['whats the income limit for ccs', 'and what if we earn more than that but his medical bills are huge'], 'sms');
      expect(reply).toMatch(/20%/);
    });

    it('on the web in Spanish, "pero si ganamos mas ..." after the income limit gets the rule again', async () => {
      const { adapter } = testBot();
      const [, reply] = await converse(adapter, ['cual es el limite de ingresos de ccs', 'pero si ganamos mas y las cuentas del hospital son altisimas?']);
      expect(reply).toContain(faqAnswer('ccs-financial', 'es'));
    });

    it('on the web, "ok so how do we do that" after who can refer says whom to call', async () => {
      const { adapter } = testBot();
      const [, reply] = await converse(adapter, ['can a teenager refer herself to ccs', 'ok so how do we do that']);
      expect(reply).toMatch(/county CCS office/);
      expect(reply).not.toMatch(/not sure I understood/);
    });

    it("by text, a patient going home to a city that is also a word gets that county's office", async () => {
      const { adapter } = testBot('sms');
      const [reply] = await converse(adapter, ['patient going home to Escondido, ccs number please'], 'sms');
      expect(reply).toMatch(/619\D{0,3}528\D?4000/);
    });

    it('on the web, "define the whole child model" gets its definition', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['please define the whole child model in a sentence or two']);
      expect(reply).toContain(faqAnswer('wcm-what', 'en'));
    });
  });

  describe('the places named, a contact by its own name, another way to say a topic (round 8)', () => {
    it('by text in Spanish, "y pa enviar fax" after the office of a city gives that office\'s fax', async () => {
      const { adapter } = testBot('sms');
      const [, fax] = await converse(adapter, ['vivimos en porterville, a quien le hablo para ccs', 'y pa enviar fax'], 'sms');
      expect(fax).toMatch(/559\D{0,3}713\D?3740/);
    });

    it('on the web, the state and the city a family moved between do not drown "does he qualify"', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['my family came from arizona to sacramento last month, does my son qualify for ccs']);
      expect(reply).toContain(faqAnswer('ccs-eligibility', 'en').split('. ')[0]);
      expect(reply).toMatch(/Sacramento County CCS/);
    });

    it('on the web, a contact asked for by its own name gets that contact', async () => {
      const { adapter } = testBot();
      const [reply] = await converse(adapter, ['Molina IL here, how do we reach our provider network manager?']);
      expect(reply).toMatch(/MHILProviderNetworkManagement@MolinaHealthcare\.com/);
    });

    it('by text in Spanish, "otros programas" are the other resources CCS helps with', async () => {
      const { adapter } = testBot('sms');
      const [reply] = await converse(adapter, ['hay otros programas que le ayuden a mi hijo?'], 'sms');
      expect(reply).toContain(faqAnswer('cm-navigation', 'es').split('. ')[0]);
    });
  });

  describe('yes, no and sí are never questions', () => {
    it('answers a bare "yes", "no" or "sí" outside any question with "not understood", never an FAQ', async () => {
      for (const word of ['yes', 'no', 'sí']) {
        const [reply] = await converse(testBot().adapter, [word]);
        expect(reply).toMatch(/not sure I understood|no estoy seguro/);
      }
    });
  });
});

describe('Dialog: understanding inside the intake', () => {
  const toLanguage = [
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
  ];
  const toAdmission = [
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
    'Yes',
  ];

  it('"English" to the language question is the answer; the question does not come back', async () => {
    const bot = referralBot('webchat');
    await bot.say(...toLanguage);
    const [next] = await bot.say('English');
    expect(next).toMatch(/updates about this referral/);
    expect(next).not.toMatch(/Should the CCS office contact you in English/);
  });

  it('a bare "no" to the admission date answers it (no emergency admission), with no FAQ answer', async () => {
    const bot = referralBot('webchat');
    await bot.say(...toAdmission);
    const [next] = await bot.say('no');
    expect(next).not.toMatch(/What day was Lucas admitted/);
    expect(next).not.toMatch(/Now, back to the referral/);
    const [, summary] = await bot.say('6615550191', 'English, please', 'No').then((turns) => [turns[0], turns[2]]);
    expect(summary).toContain('• Emergency admission, hospital not CCS-approved: No');
  });

  it('"no" to the admission date in Spanish answers it too', async () => {
    const bot = referralBot('webchat');
    await bot.say(
      'quiero hacer una referencia',
      'Proveedor de salud',
      'Dra. Ana Ruiz',
      'Lucas Gomez',
      '2018-07-04',
      'Kern',
      'defecto del corazon',
      'Sí, de alcance completo',
      'No',
      'Valley Pediatrics',
      '1234567893',
      '661-555-0190',
      'Sí',
    );
    const [next] = await bot.say('no');
    expect(next).not.toMatch(/¿Qué día ingresaron/);
  });

  it('a question asked instead of an answer is answered, but the third time the question comes back a person is offered', async () => {
    const bot = referralBot('webchat');
    await bot.say('Make a referral', 'Parent or guardian', 'Maria Lopez', 'Juan Perez');
    const [first, second, third] = await bot.say('what is ccs', 'who can refer', 'is ccs the same as medi-cal');
    expect(first).toMatch(/21[\s\S]*date of birth/i);
    expect(second).toMatch(/Anyone can make a CCS referral[\s\S]*date of birth/i);
    expect(third).toMatch(/separate state program/);
    expect(third).toMatch(/\[Talk to a person\] \[Try again\]/);
  });

  it('in Spanish, a question that keeps coming back offers a person', async () => {
    const bot = referralBot('webchat');
    await bot.say('quiero hacer una referencia', 'Padre, madre o tutor', 'Maria Lopez', 'Juan Perez');
    const turns = await bot.say('que es ccs', 'quien puede referir', 'ccs es lo mismo que medi-cal');
    expect(turns[2]).toMatch(/\[Hablar con una persona\] \[Intentar de nuevo\]/);
  });

  it('"yes" typed to a free-text question is never answered from the FAQ', async () => {
    const bot = referralBot('webchat');
    await bot.say('Make a referral', 'Parent or guardian', 'Maria Lopez', 'Juan Perez', '03/25/2015', 'Kern');
    const [reply] = await bot.say('yes');
    expect(reply).not.toMatch(/Now, back to the referral/);
  });
});
