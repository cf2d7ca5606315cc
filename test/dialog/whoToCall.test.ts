import { referralBot } from '../unit/referrals/harness';

describe('Dialog: a number for another organization', () => {
  it("says we don't have Shriners' number before giving the county CCS office, in English and Spanish", async () => {
    const [en] = await referralBot().say('phone number for Shriners in Sacramento');
    expect(en).toMatch(
      /^We don't have a phone number for Shriners\. Here is the Sacramento County CCS office, which takes CCS referrals and questions for children who live in Sacramento County:/,
    );
    expect(en).toContain('Sacramento County CCS: phone (916) 875-9900');
    const [es] = await referralBot().say('número de teléfono de Shriners en Sacramento');
    expect(es).toMatch(/^No tenemos el número de teléfono de Shriners\. Esta es la oficina de CCS del condado de Sacramento/);
  });

  it('says so and asks for the county when no place is given', async () => {
    const [reply] = await referralBot().say("what's the phone number for Kaiser");
    expect(reply).toMatch(
      /We don't have a phone number for Kaiser Permanente\. For CCS, the county CCS office where the child lives can help\.[\s\S]*Which county does the child live in\?/,
    );
  });
});

describe('Dialog: how to find the county CCS office', () => {
  it("gives the state's directory of county offices, then asks for the county, in English and Spanish", async () => {
    // Prepare
    const bot = referralBot();
    // Act
    const [en] = await bot.say('how do i find my county ccs office');
    const [es] = await referralBot().say('como encuentro la oficina de ccs de mi condado');
    // Assess
    expect(en).toMatch(/dhcs\.ca\.gov\/services\/ccs\/Pages\/CountyOffices\.aspx[\s\S]*Which county does the child live in\?/);
    expect(es).toMatch(/dhcs\.ca\.gov\/services\/ccs\/Pages\/CountyOffices\.aspx[\s\S]*¿En qué condado vive el niño o la niña\?/);
  });

  it('asks only for the county when the number is what is asked', async () => {
    const [reply] = await referralBot().say('what is the ccs phone number');
    expect(reply).toMatch(/Which county does the child live in\?/);
    expect(reply).not.toMatch(/CountyOffices/);
  });
});

describe('Dialog: "agente" as the first word', () => {
  it('answers a Spanish speaker asking for a person in Spanish, with a request number, not a referral code', async () => {
    const [ask, done] = await referralBot('sms').say('agente', 'no sé');
    expect(ask).toMatch(/le pediré a una persona que se comunique con usted/);
    expect(done).toMatch(/Su número de solicitud es CCS-/);
    expect(done).not.toMatch(/código de referencia/);
  });
});
