import { RESUME_AFTER_MS } from '../../dialogs/referralIntakeDialog';
import { shown } from '../helpers/testBot';
import { referralBot } from '../unit/referrals/harness';

/** The chat page joining the conversation again (a reload, a later visit): Web Chat's conversationUpdate. */
async function rejoin(bot: ReturnType<typeof referralBot>): Promise<string> {
  bot.adapter.activeQueue.length = 0;
  await bot.adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'user' }] });
  return bot.adapter.activeQueue
    .splice(0)
    .map((a) => shown(a))
    .join('\n---\n');
}

describe('Dialog: a web visitor coming back to the same conversation', () => {
  it('is greeted once, then on each return asked the open intake question again, and the intake goes on', async () => {
    const bot = referralBot('webchat');
    expect(await rejoin(bot)).toMatch(/Hi! I'm CCS Navigator/);
    await bot.say('Make a referral', 'Parent or guardian', 'Maria Lopez');

    const back = await rejoin(bot);
    expect(back).toMatch(/^Welcome back! Here's where we left off\.\n---\nWhat is the child's first and last name\?$/);
    expect(back).not.toMatch(/I'm CCS Navigator/);
    const [next] = await bot.say('Juan Perez');
    expect(next).toMatch(/What is Juan's date of birth/);
  });

  it('in Spanish, and with nothing under way shows the menu', async () => {
    const bot = referralBot('webchat');
    await rejoin(bot);
    await bot.say('español');
    expect(await rejoin(bot)).toMatch(/^¡Qué bueno verle de nuevo![\s\S]*¿Cómo le puedo ayudar\?/);
  });

  it('days later, asks to continue or start a new referral at the next message, as SMS does', async () => {
    const bot = referralBot('webchat');
    await rejoin(bot);
    await bot.say('Make a referral', 'Parent or guardian', 'Maria Lopez', 'Juan Perez');
    bot.advance(RESUME_AFTER_MS + 3 * 24 * 60 * 60 * 1000);
    expect(await rejoin(bot)).toMatch(/What is Juan's date of birth/);
    const [offer, continued] = await bot.say('03/25/2015', 'Continue');
    expect(offer).toMatch(/Welcome back! You were in the middle of a CCS referral[\s\S]*\[Continue\] \[Start a new referral\]/);
    expect(continued).toMatch(/What is Juan's date of birth/);
  });
});
