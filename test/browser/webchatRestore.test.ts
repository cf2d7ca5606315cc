import type { Browser } from 'playwright-core';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { StreamPoller } from '../../src/local/streamPoller';
import { handler as notifyFamily } from '../../functions/notifyFamily';
import { ChatPage } from './helpers/chatPage';
import { launchChromium, screenshot } from './helpers/chromium';

/** Web Chat's activities: the person's own on one side, the bot's on the other. */
const ACTIVITY = 'article.webchat__basic-transcript__activity';
const FROM_USER = `${ACTIVITY}:has(.webchat__stacked-layout--from-user)`;
// Web Chat shows apostrophes as typographic ones (’).
const WELCOME_BACK = /Welcome back! Here.s where we left off\./;

describe('Provider web chat: reload mid-intake and carry on (Chromium)', () => {
  let stack: TestStack;
  let browser: Browser;
  let familyPoller: StreamPoller;
  let chat: ChatPage | undefined;

  beforeAll(async () => {
    stack = await startTestStack();
    browser = await launchChromium();
    familyPoller = new StreamPoller({
      endpoint: process.env.DYNAMODB_ENDPOINT!,
      tableName: stack.tableName,
      handler: notifyFamily,
      functionName: 'notifyFamily',
    });
  });
  afterAll(async () => {
    await familyPoller?.stop();
    await browser?.close();
    await stack?.close();
  });
  afterEach(async () => {
    expect(chat?.policyViolations).toEqual([]);
    expect(chat?.pageErrors).toEqual([]);
    await chat?.close();
  });

  /** Reloads the page and waits for the bot to pick up where the conversation stopped. */
  async function reload(page: ChatPage): Promise<void> {
    await page.page.reload();
    await page.waitForBot();
    await page.page.getByText(WELCOME_BACK).last().waitFor();
  }

  it('shows the conversation again after a reload, asks the open question, finishes the referral, and shows a status update without a reload', async () => {
    chat = await ChatPage.open(browser, stack.baseUrl);
    await chat.pick('Make a referral');
    await chat.pick('Parent or guardian');
    await chat.say('Maria Lopez');
    expect(await chat.say('Sofia Martinez')).toMatch(/What is Sofia.s date of birth\?/);
    const conversationId = await chat.conversationId();

    await reload(chat);

    expect(await chat.conversationId()).toBe(conversationId);
    const transcript = await chat.transcript();
    // The history, in order, with the person's own answers on their side; then the open question again.
    expect(transcript).toMatch(
      /Let.s make a CCS referral[\s\S]*Maria Lopez[\s\S]*Sofia Martinez[\s\S]*What is Sofia.s date of birth\?[\s\S]*Welcome back[\s\S]*What is Sofia.s date of birth\?/,
    );
    expect(await chat.page.locator(FROM_USER).allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Sofia Martinez')]));
    await screenshot(chat.page, 'webchat-restored-mid-intake');

    // The intake goes on from the open question: nothing asked twice.
    expect(await chat.say('03/14/2019')).toMatch(/Which California county/);
    await chat.say('Kern');
    await chat.say('asthma');
    await chat.pick('Yes, full-scope');
    await chat.pick('No');
    await chat.say('661-555-0142');
    await chat.pick('English, please');
    expect(await chat.pick('Yes')).toMatch(/Please check the referral[\s\S]*Sofia Martinez[\s\S]*March 14, 2019/);
    await chat.pick(/Yes, it.s right/);
    const confirmation = await chat.pick('Yes, share it');
    const code = /CCS-[A-Z0-9]{6}/.exec(confirmation)?.[0];
    expect(code).toBeDefined();

    // Staff open the referral; the open page shows the update when it next looks (focus, or every 10 s).
    await stack.runtime.referrals.store.updateStatus(code!, { to: 'received', by: 'staff-1' });
    await familyPoller.drain();
    await chat.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const update = chat.page.locator(ACTIVITY).filter({ hasText: new RegExp(`referral ${code} \\(Sofia\\): A staff member has opened your referral`) });
    await update.waitFor();
    await screenshot(chat.page, 'webchat-status-update');

    // And it stays in the conversation: shown once after another reload, before the welcome back.
    await reload(chat);
    expect(await update.count()).toBe(1);
    expect(await chat.transcript()).toMatch(/confirmation code[\s\S]*A staff member has opened your referral[\s\S]*Welcome back/);
  }, 120_000);
});
