import { CODE_PATTERN } from '../../src/referrals/code';
import { PHONE, referralBot } from '../unit/referrals/harness';

describe('Dialog: talk to a person (handoff to staff)', () => {
  it('on SMS with nothing known: asks only the county ("not sure" is fine), then says who will call, how to reach an office meanwhile, and the code', async () => {
    const bot = referralBot('sms');
    const [ask, done] = await bot.say('agent', 'not sure');
    expect(ask).toMatch(/I'll ask a person to contact you[\s\S]*which county does the child live in/);
    expect(ask).not.toMatch(/\b(cancel|quit)\b/i);
    const [item] = bot.referrals();
    expect(item).toMatchObject({
      kind: 'handoff',
      status: 'submitted',
      queue: { id: 'statewide-intake' },
      phone: PHONE,
      contact: { channel: 'sms', key: PHONE },
      firstContactDue: '2026-01-09',
    });
    expect(item.code).toMatch(CODE_PATTERN);
    expect(done).toMatch(/I've asked the CCS Navigator intake team to contact you at \(661\) 555-0123/);
    expect(done).not.toMatch(/business days|January 9/);
    expect(done).toMatch(/If you'd rather call now, find the county CCS office in the state's list: https:\/\/www\.dhcs\.ca\.gov/);
    expect(done).toContain(item.code);
    expect(done).toMatch(/911/);
  });

  it('mid-intake on SMS with the county known: no more questions, routed to that county with the answers so far', async () => {
    const bot = referralBot('sms');
    await bot.say('Make a referral', '1', 'Maria Lopez', 'Juan Perez', '03/25/2015', 'Fresno');
    const [done] = await bot.say('I want to talk to a person');
    expect(done).toMatch(/Fresno County CCS office to contact you/);
    expect(done).toMatch(/If you'd rather call now:[\s\S]*Fresno County CCS/);
    expect(bot.referrals()[0]).toMatchObject({
      kind: 'handoff',
      queue: { id: 'county-fresno' },
      county: 'Fresno',
      referrer: { role: 'parent', name: 'Maria Lopez' },
      child: { firstName: 'Juan', lastName: 'Perez', dateOfBirth: '2015-03-25' },
      handoff: { reason: 'person', during: 'condition', known: { county: 'Fresno', childFirstName: 'Juan' } },
    });
    // The intake is over: the next message is a new conversation turn.
    const [after] = await bot.say('hi');
    expect(after).toMatch(/How can I help/);
  });

  it('takes the county a "talk to a person" message names: no county question, that office asked to call and its card given', async () => {
    const bot = referralBot('sms');
    const [done] = await bot.say('we live in oakland, can i talk to a person at ccs about my daughters application');
    expect(done).not.toMatch(/which county/);
    expect(done).toMatch(/Alameda County CCS office to contact you/);
    expect(done).toMatch(/\(510\) 208-5970/);
    expect(bot.referrals()[0]).toMatchObject({ kind: 'handoff', queue: { id: 'county-alameda' }, county: 'Alameda' });
    const spanish = referralBot('sms');
    const [listo] = await spanish.say('vivimos en modesto, quiero hablar con una persona de ccs');
    expect(listo).not.toMatch(/qué condado/);
    expect(listo).toMatch(/\(209\) 558-7515/);
    expect(spanish.referrals()[0]).toMatchObject({ queue: { id: 'county-stanislaus' }, language: 'es' });
  });

  it('on the web asks the county and a phone number (or to answer in the chat), in Spanish when the person writes Spanish', async () => {
    const bot = referralBot('webchat');
    const [ask, phone, done] = await bot.say('hablar con una persona', 'Stockton', '(209) 555-0111');
    expect(ask).toMatch(/le pediré a una persona que se comunique con usted[\s\S]*¿en qué condado vive/);
    expect(phone).toMatch(/¿A qué número de teléfono le pueden llamar\?[\s\S]*\[Responder en este chat\]/);
    expect(done).toMatch(
      /Listo: le pedí a la oficina de CCS del condado de San Joaquin que se comunique con usted al \(209\) 555-0111\. Su número de solicitud es CCS-/,
    );
    expect(done).toMatch(/teléfono \(209\) 468-3900 \(aviso 20-667 de Health Net, septiembre de 2020\)/);
    expect(bot.referrals()[0]).toMatchObject({ kind: 'handoff', language: 'es', phone: '+12095550111', queue: { id: 'county-san-joaquin' }, channel: 'web' });
  });
});
