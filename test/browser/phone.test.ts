import { mkdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './helpers/chromium';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { fakeTwilio } from '../../src/local/fakeTwilio';
import { smsChannel } from '../../src/app/smsRuntime';

const SCREENSHOT = join(__dirname, '../../test-artifacts/screenshots/phone.png');
const README_SCREENSHOT = join(__dirname, '../../docs/phone-simulator.png');
const PARENT_A = '+15555550123';

describe('Phone simulator (/phone) in Chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    stack = await startTestStack();
    browser = await launchChromium();
    // Wider than a phone, so the page draws its phone frame (as a developer sees it on a laptop).
    page = await browser.newPage({ viewport: { width: 560, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(`${stack.baseUrl}/phone`);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const incoming = () => page.locator('#messages .msg.in:not(.typing)');
  const text = async (body: string) => {
    await page.getByLabel('Text message').fill(body);
    await page.getByLabel('Text message').press('Enter');
  };

  it('texts a question and shows the answer as incoming texts with their segment counts', async () => {
    expect(await page.getByLabel('Texting from').inputValue()).toBe(PARENT_A);
    await page.getByText('+15555550100').waitFor();

    await text('What is CCS?');
    await incoming()
      .filter({ hasText: /\b21\b/ })
      .first()
      .waitFor({ timeout: 20_000 });
    const metas = await incoming().locator('.meta').allTextContents();
    expect(metas.length).toBeGreaterThan(1);
    for (const meta of metas) expect(meta).toMatch(/^[1-3] segments? · (GSM-7|UCS-2) · TwiML reply$/);
    expect(await page.locator('#messages .msg.out .meta').first().textContent()).toBe('Delivered · 1 segment · GSM-7');
    // Screen readers hear the incoming texts (and only those) through the live region.
    expect(await page.locator('#announcer').textContent()).toMatch(/^CCS Navigator: /);
  });

  it('shows a text the product sends on its own (a staff reply) in the same thread', async () => {
    await smsChannel(stack.runtime).adapter.continueConversation(
      { channelId: 'sms', serviceUrl: 'sms', conversation: { id: PARENT_A, isGroup: false, name: '', conversationType: 'sms' } },
      async (context) => {
        await context.sendActivity('Hi, this is Maria from Kern County CCS. I got your referral and will call you tomorrow.');
      },
    );
    expect(fakeTwilio.messagesTo(PARENT_A)).toHaveLength(1);
    await incoming().filter({ hasText: 'this is Maria' }).locator('.meta', { hasText: 'sent via the Twilio API' }).waitFor();

    await mkdir(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    // The README's picture changes only on request, so a wording change does not dirty the tree.
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await mkdir(join(README_SCREENSHOT, '..'), { recursive: true });
      await copyFile(SCREENSHOT, README_SCREENSHOT);
    }
  });

  it('keeps one thread per sending number, and flags texts for another number', async () => {
    await page.getByLabel('Texting from').selectOption('+15555550124');
    expect(await page.locator('#messages li').count()).toBe(0);
    await smsChannel(stack.runtime).adapter.continueConversation(
      { channelId: 'sms', serviceUrl: 'sms', conversation: { id: PARENT_A, isGroup: false, name: '', conversationType: 'sms' } },
      async (context) => {
        await context.sendActivity('Your referral is with the county now.');
      },
    );
    await page.locator('#from option', { hasText: `${PARENT_A} (1 new)` }).waitFor({ state: 'attached' });
    await page.getByLabel('Texting from').selectOption(PARENT_A);
    await incoming().filter({ hasText: 'Your referral is with the county now.' }).waitFor();
  });

  it('texts from a number typed in, and STOP gets the opt-out confirmation as on a real phone', async () => {
    await page.getByLabel('Texting from').selectOption('other');
    await page.getByLabel('Other number').fill('+15555550199');
    await page.getByRole('button', { name: 'Use' }).click();
    expect(await page.getByLabel('Texting from').inputValue()).toBe('+15555550199');
    await text('STOP');
    await incoming()
      .filter({ hasText: /unsubscribed/i })
      .waitFor({ timeout: 20_000 });
  });

  it('has no accessibility violations (axe) and no script errors', async () => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string }[] }> } }).axe.run();
      return result.violations.map((v) => `${v.id}: ${v.help}`);
    });
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
