import { randomUUID } from 'node:crypto';
import { PHONE, referralBot } from '../unit/referrals/harness';
import { StatusServicesMiddleware } from '../../src/bot/turnServices';
import { FAILED_TRIES_PER_CODE, FAILED_TRIES_PER_REQUESTER, LOOKUPS_PER_CONTACT } from '../../src/family/rateLimiter';
import { MemoryRateLimiter } from '../helpers/memoryRateLimiter';
import type { ContactKey, NewReferral } from '../../src/referrals/model';

const OTHER_PHONE = '+16615550199';
const HOUR = 60 * 60 * 1000;

/** The real bot with the referral store in memory, the status lookups' limiter in memory and a clock the test moves. */
function statusBot(channel: 'sms' | 'webchat' = 'sms') {
  const bot = referralBot(channel);
  const webContact = (): ContactKey => ({ channel: 'web', key: bot.adapter.template.conversation!.id });
  return {
    ...bot,
    webContact,
    /** A stored referral for Juan Perez (Kern County), made from `contact`. */
    async refer(contact: ContactKey, overrides: Partial<NewReferral> = {}) {
      const { referral } = await bot.store.create({
        kind: 'referral',
        sourceKey: randomUUID(),
        queue: { id: 'county-kern', name: 'Kern County CCS office' },
        region: 'CA',
        county: 'Kern',
        channel: contact.channel,
        contact,
        language: 'en',
        updatesOptIn: true,
        phone: PHONE,
        referrer: { role: 'parent', name: 'Maria Lopez' },
        child: { firstName: 'Juan', lastName: 'Perez', dateOfBirth: '2015-03-25' },
        condition: 'heart murmur',
        firstContactDue: '2026-01-09',
        createdAt: bot.clock.now.toISOString(),
        ...overrides,
      });
      return referral;
    },
  };
}

describe('Dialog: referral status by SMS (the phone that made the referral)', () => {
  it('answers "status" with each of this phone\'s referrals: code, first name, plain words, last change, next step and the office number', async () => {
    const bot = statusBot('sms');
    const first = await bot.refer({ channel: 'sms', key: PHONE });
    bot.advance(HOUR);
    const second = await bot.refer({ channel: 'sms', key: PHONE }, { child: { firstName: 'Ana', lastName: 'Perez', dateOfBirth: '2018-06-01' } });
    await bot.store.updateStatus(second.id, { to: 'in_progress', by: 'staff-1', reason: 'waiting_for_records', at: new Date('2026-01-08T17:00:00Z') });
    bot.advance(24 * HOUR);

    const [reply] = await bot.say('status');

    expect(reply).toMatch(/\nReferrals made from this phone:\n/);
    expect(reply).toContain(
      `${first.code} (Juan): We sent your referral to the office. No one has opened it yet. Last change: January 7, 2026. Next: The office will contact you. You can call the Kern County CCS office at (661) 321-3000.`,
    );
    expect(reply).toContain(`${second.code} (Ana): The office is waiting for medical records from the child's doctor. Last change: January 8, 2026.`);
    // Newest first; first name only, nothing from the intake beyond it.
    expect(reply.indexOf(second.code)).toBeLessThan(reply.indexOf(first.code));
    expect(reply).not.toMatch(/Perez|heart|murmur|2015|Maria/);
    expect(reply).not.toMatch(/\b(cancel|quit)\b/i);
  });

  it('understands the question asked in words, in English and Spanish, and answers in the language asked', async () => {
    const bot = statusBot('sms');
    const referral = await bot.refer({ channel: 'sms', key: PHONE });
    const [english] = await bot.say('did anyone look at my referral?');
    expect(english).toContain(`${referral.code} (Juan): We sent your referral to the office.`);

    for (const question of ['estado', '¿ya revisaron mi referencia?']) {
      const [spanish] = await statusBot('sms').say(question);
      expect(spanish).toMatch(/No encuentro ninguna referencia hecha desde este teléfono/);
    }
    const [spanish] = await bot.say('¿ya revisaron mi referencia?');
    expect(spanish).toMatch(/^Referencias hechas desde este teléfono:\n/);
    // Spanish is UCS-2 on SMS (70 characters a segment): the answer comes as two texts.
    expect(spanish.replace(/\s+/g, ' ')).toContain(
      `${referral.code} (Juan): Enviamos su referencia a la oficina. Nadie la ha abierto hasta ahora. Último cambio: 7 de enero de 2026. Qué sigue: La oficina va a comunicarse con usted. Puede llamar a la oficina de CCS del condado de Kern al (661) 321-3000.`,
    );
  });

  it('tells another phone nothing, not even that a referral exists, and never looks up by code on SMS', async () => {
    const bot = statusBot('sms');
    const referral = await bot.refer({ channel: 'sms', key: PHONE });
    bot.adapter.conversation.user = { id: OTHER_PHONE, name: '', role: 'user' };
    const [status, lookup] = await bot.say('status', 'look up a referral by code');
    for (const reply of [status, lookup]) {
      expect(reply).toMatch(/I don't find a referral made from this phone/);
      expect(reply).not.toContain(referral.code);
      expect(reply).not.toMatch(/Juan|confirmation code/);
    }
  });

  it('after the staff target has passed promises nothing it cannot keep, and gives the office number; a closed referral gives it too', async () => {
    const bot = statusBot('sms');
    const waiting = await bot.refer({ channel: 'sms', key: PHONE });
    const closed = await bot.refer({ channel: 'sms', key: PHONE }, { child: { firstName: 'Ana', lastName: 'Perez', dateOfBirth: '2018-06-01' } });
    await bot.store.updateStatus(closed.id, { to: 'closed', by: 'staff-1', outcome: 'could_not_reach', at: bot.clock.now });
    bot.advance(6 * 24 * HOUR); // Tuesday, January 13

    const [reply] = await bot.say('status');

    expect(reply).toContain(
      `${waiting.code} (Juan): We sent your referral to the office. No one has opened it yet. Last change: January 7, 2026. Next: The office will contact you. You can call the Kern County CCS office at (661) 321-3000.`,
    );
    expect(reply).toContain(`${closed.code} (Ana): The office tried to reach you but could not.`);
    expect(reply).toMatch(/Please contact the office to continue\. You can call the Kern County CCS office at \(661\) 321-3000\./);
  });

  it('names a handoff without a child for what was asked', async () => {
    const bot = statusBot('sms');
    const handoff = await bot.refer({ channel: 'sms', key: PHONE }, { kind: 'handoff', child: undefined, handoff: { reason: 'person' } });
    expect((await bot.say('status'))[0]).toContain(`${handoff.code} (request to talk to a person)`);
  });

  it('limits lookups to 10 an hour per phone, then works again the next hour', async () => {
    const bot = statusBot('sms');
    const referral = await bot.refer({ channel: 'sms', key: PHONE });
    const replies = await bot.say(...Array.from({ length: LOOKUPS_PER_CONTACT.max + 1 }, () => 'status'));
    expect(replies.slice(0, -1).every((r) => r.includes(referral.code))).toBe(true);
    expect(replies.at(-1)).toMatch(/You've checked many times in the last hour/);
    expect(replies.at(-1)).not.toContain(referral.code);
    bot.advance(HOUR);
    expect((await bot.say('status'))[0]).toContain(referral.code);
  });
});

describe('Dialog: referral status on the web (this chat, or a code with the date of birth)', () => {
  it("lists the referrals made in this chat, and none of another chat's, then offers a lookup by code", async () => {
    const bot = statusBot('webchat');
    const mine = await bot.refer(bot.webContact());
    const theirs = await bot.refer({ channel: 'web', key: 'another-conversation' });
    const [reply] = await bot.say('status');
    expect(reply).toMatch(/^Referrals made in this chat:/);
    expect(reply).toContain(`${mine.code} (Juan)`);
    expect(reply).not.toContain(theirs.code);
    expect(reply).toMatch(/you need its confirmation code and the child's date of birth\.\n\[Look up a referral by code\]/);
  });

  it("looks a referral up with its code and the child's date of birth", async () => {
    const bot = statusBot('webchat');
    const referral = await bot.refer({ channel: 'sms', key: PHONE });
    const [none, dob, found] = await bot.say('status', referral.code.toLowerCase().replace('-', ' '), '03/25/2015');
    expect(none).toMatch(/No referral was made in this chat\.[\s\S]*Please send the referral's confirmation code/);
    expect(dob).toMatch(/What is the child's date of birth\?/);
    expect(found).toContain(`Here is that referral:\n\n${referral.code} (Juan): We sent your referral to the office.`);
    expect(found).not.toMatch(/Perez|heart/);
  });

  it('gives a wrong date of birth and a code that does not exist the very same answer', async () => {
    const bot = statusBot('webchat');
    const referral = await bot.refer({ channel: 'sms', key: PHONE });
    const [, , wrongDate] = await bot.say('Look up a referral by code', referral.code, '03/26/2015');
    const [, , noSuchCode] = await bot.say('Look up a referral by code', 'CCS-ZZZZZZ', '03/25/2015');
    expect(wrongDate).toBe(noSuchCode);
    expect(wrongDate).toMatch(/^I can't show a referral for that code and date of birth/);
    expect(wrongDate).not.toMatch(/Juan|submitted|office is/);
  });

  it('in Spanish asks for the date day first, and re-asks a malformed code a few times before giving up', async () => {
    const bot = statusBot('webchat');
    const referral = await bot.refer({ channel: 'sms', key: PHONE });
    const [code, dob, found] = await bot.say('Buscar una referencia por código', referral.code, '25/03/2015');
    expect(code).toMatch(/envíe el código de confirmación/);
    expect(dob).toMatch(/día\/mes\/año/);
    expect(found).toContain(`Esta es esa referencia:\n\n${referral.code} (Juan): Enviamos su referencia a la oficina.`);

    const [, retry1, retry2, gaveUp] = await bot.say('Look up a referral by code', 'no idea', 'CCS-12', 'CCS-0O0O0O');
    expect(retry1).toMatch(/doesn't look like a confirmation code/);
    expect(retry2).toMatch(/doesn't look like a confirmation code/);
    expect(gaveUp).toMatch(/I couldn't read that/);
    // The lookup is over: the next message is a new one.
    expect((await bot.say('status'))[0]).toMatch(/No referral was made in this chat/);
  });

  it('"menu" leaves the lookup at any question', async () => {
    const bot = statusBot('webchat');
    const [, menu] = await bot.say('Look up a referral by code', 'menu');
    expect(menu).toMatch(/How can I help/);
  });

  it('after 10 lookups in an hour from one chat, even the right pair gets the same neutral answer', async () => {
    const bot = statusBot('webchat');
    const referral = await bot.refer({ channel: 'sms', key: PHONE });
    for (let i = 0; i < LOOKUPS_PER_CONTACT.max; i++) await bot.say('Look up a referral by code', 'CCS-ZZZZZZ', '01/01/2015');
    const [, , limited] = await bot.say('Look up a referral by code', referral.code, '03/25/2015');
    expect(limited).toMatch(/^I can't show a referral for that code and date of birth/);
  });

  it('after 10 wrong tries at one code from any chats, that code shows nothing that day', async () => {
    const limiter = new MemoryRateLimiter();
    const chats = Array.from({ length: FAILED_TRIES_PER_CODE.max + 1 }, () => statusBot('webchat'));
    chats.forEach((chat) => chat.adapter.use(new StatusServicesMiddleware({ limiter })));
    const referral = await chats[0].refer({ channel: 'sms', key: PHONE });
    for (const chat of chats) chat.store.items.set(referral.id, referral);
    for (const [i, chat] of chats.slice(0, -1).entries())
      await chat.say('Look up a referral by code', referral.code, `01/${String(i + 1).padStart(2, '0')}/2015`);
    const [, , blocked] = await chats.at(-1)!.say('Look up a referral by code', referral.code, '03/25/2015');
    expect(blocked).toMatch(/^I can't show a referral for that code and date of birth/);
  });

  /** Chats sharing one limiter (as every chat shares the table), all able to see `referral`. */
  async function chatsSharingLimits(count: number) {
    const limiter = new MemoryRateLimiter();
    const chats = Array.from({ length: count }, () => statusBot('webchat'));
    chats.forEach((chat) => chat.adapter.use(new StatusServicesMiddleware({ limiter })));
    const referral = await chats[0].refer({ channel: 'sms', key: PHONE });
    for (const chat of chats) chat.store.items.set(referral.id, referral);
    return { chats, referral };
  }

  it("right lookups never spend a code's tries: providers who know the date keep seeing it, however many look", async () => {
    const { chats, referral } = await chatsSharingLimits(FAILED_TRIES_PER_CODE.max + 3);
    for (const chat of chats) {
      const [, , found] = await chat.say('Look up a referral by code', referral.code, '03/25/2015');
      expect(found).toMatch(/^Here is that referral/);
    }
  });

  it('one chat gets 3 wrong tries at a code; that does not use up the code for other chats', async () => {
    const { chats, referral } = await chatsSharingLimits(2);
    const [guesser, provider] = chats;
    for (let i = 1; i <= FAILED_TRIES_PER_REQUESTER.max; i++) await guesser.say('Look up a referral by code', referral.code, `01/0${i}/2015`);
    const [, , stopped] = await guesser.say('Look up a referral by code', referral.code, '03/25/2015');
    expect(stopped).toMatch(/^I can't show a referral for that code and date of birth/);
    const [, , found] = await provider.say('Look up a referral by code', referral.code, '03/25/2015');
    expect(found).toMatch(/^Here is that referral/);
  });
});

describe('Dialog: "what\'s my code?" at any step', () => {
  it("gives this phone's codes in the language asked, even past the lookup limit, and re-asks an open question", async () => {
    const bot = statusBot('sms');
    const referral = await bot.refer({ channel: 'sms', key: PHONE });
    for (let i = 0; i < LOOKUPS_PER_CONTACT.max; i++) await bot.say('status');
    const [limited, english, spanish] = await bot.say('status', "what's my code?", '¿cuál es mi código?');
    expect(limited).toMatch(/You've checked many times in the last hour/);
    expect(english).toContain(`${referral.code} (Juan)`);
    expect(spanish).toMatch(/Referencias hechas desde este teléfono/);
    expect(spanish).toContain(referral.code);

    // In the middle of a new intake: the code, then the question that was open.
    const [, , asked] = await bot.say('menu', 'I want to make a referral', 'Parent or guardian');
    expect(asked).toMatch(/What is your name\?/);
    const [midIntake] = await bot.say('I lost my code');
    expect(midIntake).toContain(referral.code);
    expect(midIntake).toMatch(/---\nWhat is your name\?/);
  });
});
