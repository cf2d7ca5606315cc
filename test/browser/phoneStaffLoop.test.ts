import { kernParentReferral } from '../helpers/twilio';
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { launchChromium, screenshot } from './helpers/chromium';

const PARENT = '+15555550123';

/**
 * The whole loop on one laptop, in two Chromium pages: a parent texts a referral from /phone,
 * it lands in the staff console, staff claim it and text the family back, the text appears on the
 * phone, the parent answers, and staff see the answer in the referral's conversation.
 */
describe('Phone simulator and staff console together (the full loop) in Chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let phone: Page;
  let staff: Page;

  beforeAll(async () => {
    stack = await startTestStack();
    browser = await launchChromium();
    phone = await browser.newPage({ viewport: { width: 430, height: 900 } });
    staff = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const incoming = () => phone.locator('#messages .msg.in:not(.typing)');
  async function text(body: string): Promise<void> {
    const before = await incoming().count();
    await phone.getByLabel('Text message').fill(body);
    await phone.getByLabel('Text message').press('Enter');
    await incoming().nth(before).waitFor({ timeout: 20_000 });
  }

  it('parent texts a referral, staff reply from the console, and the parent’s answer reaches staff', async () => {
    await phone.goto(`${stack.baseUrl}/phone`);
    expect(await phone.getByLabel('Texting from').inputValue()).toBe(PARENT);
    for (const body of kernParentReferral()) await text(body);
    const confirmation = incoming()
      .filter({ hasText: /CCS-[A-Z0-9]{6}/ })
      .last();
    await confirmation.waitFor({ timeout: 20_000 });
    const code = /CCS-[A-Z0-9]{6}/.exec((await confirmation.textContent()) ?? '')![0];

    await staff.goto(`${stack.baseUrl}/staff`);
    await staff.getByLabel('Staff token').fill('local-staff-token');
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('link', { name: code }).click();
    await staff.getByRole('heading', { name: `${code} · Referral` }).waitFor();
    await staff.getByRole('button', { name: 'Claim' }).click();
    await staff.getByRole('button', { name: 'Release' }).waitFor();
    const message = await staff.getByLabel('Message', { exact: true }).inputValue();
    await staff.getByRole('button', { name: 'Send to the family' }).click();
    await staff.locator('#message-result', { hasText: 'Sent.' }).waitFor();

    // The phone page polls the local Twilio API's outbox: the staff text arrives as a proactive text.
    await incoming()
      .filter({ hasText: message.slice(0, 40) })
      .waitFor({ timeout: 20_000 });
    await screenshot(phone, 'loop-phone');

    await text('Thank you! Mornings are best for a call.');
    expect(await incoming().last().textContent()).toMatch(/added to your referral/);
    await staff.locator('#transcript li', { hasText: 'Mornings are best for a call' }).waitFor({ timeout: 20_000 });
    await screenshot(staff, 'loop-staff');
  });
});
