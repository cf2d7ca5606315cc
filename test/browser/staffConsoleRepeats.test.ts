import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, seriousAxeProblems } from './helpers/chromium';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { newReferral, STAFF_TOKEN } from '../helpers/staffFixtures';
import { fakeTwilio } from '../../src/local/fakeTwilio';

const ALREADY_TOLD =
  /The family was already told this at [A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d{2} [AP]M P[SD]T by the automatic status update\. To add something, write your own message\./;

/** The console never offers to tell a family again what the automatic status text just told them (issue 15). */
describe('Staff console: templates the status text already said (Chromium)', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${stack.baseUrl}/staff`);
    await page.getByLabel('Staff token').fill(STAFF_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'All my queues' }).waitFor();
  });
  afterAll(async () => {
    expect(pageErrors).toEqual([]);
    await browser?.close();
    await stack?.close();
  });
  beforeEach(() => fakeTwilio.reset());

  /** What the table stream does once staff change a status: the family's status text. */
  const statusText = (code: string) => stack.runtime.family.familyNotifier.notify(code);
  const open = async (code: string) => {
    await page.goto(`${stack.baseUrl}/staff/referrals/${code}`);
    await page.getByRole('heading', { name: new RegExp(code) }).waitFor();
  };
  const option = (id: string) => page.locator(`#message-template option[value="${id}"]`);

  it('shows the templates the family was just told by text switched off, says why, and starts from one that is not', async () => {
    const { referral } = await stack.runtime.referrals.store.create(newReferral());
    await stack.runtime.referrals.store.updateStatus(referral.id, { to: 'received', by: 'staff-1' });
    expect(await statusText(referral.id)).toBe('sent');
    await stack.runtime.referrals.store.updateStatus(referral.id, { to: 'in_progress', reason: 'waiting_for_records', by: 'staff-1' });
    expect(await statusText(referral.id)).toBe('sent');

    await open(referral.code);
    expect(await option('received').isDisabled()).toBe(true);
    expect(await option('records').isDisabled()).toBe(true);
    expect(await option('tried_to_call').isDisabled()).toBe(false);
    expect(await page.getByLabel('Start from').inputValue()).toBe('tried_to_call');
    expect(await page.getByLabel('Message', { exact: true }).inputValue()).toMatch(/we tried to call you/);
    const why = await page.locator('#message-held-back li').allInnerTexts();
    expect(why).toEqual([
      expect.stringMatching(new RegExp(`^“We received your referral and will call you” is off: ${ALREADY_TOLD.source}$`)),
      expect.stringMatching(new RegExp(`^“Please have the doctor send medical records” is off: ${ALREADY_TOLD.source}$`)),
    ]);
    // The select says where its explanation is.
    expect(await page.getByLabel('Start from').getAttribute('aria-describedby')).toBe('message-held-back');
    expect(await seriousAxeProblems(page)).toEqual([]);
    await screenshot(page, 'staff-template-already-told');
  });

  it('refuses a template that became a repeat while it was open: says why, sends nothing, and switches it off', async () => {
    const { referral } = await stack.runtime.referrals.store.create(newReferral());
    await open(referral.code);
    // Opening it marked it received; the status text goes out while staff are still reading.
    expect(await page.getByLabel('Start from').inputValue()).toBe('received');
    expect(await statusText(referral.id)).toBe('sent');
    expect(fakeTwilio.messagesTo(referral.contact.key)).toHaveLength(1);

    await page.getByRole('button', { name: 'Send to the family' }).click();
    await page.locator('#message-error').filter({ hasText: ALREADY_TOLD }).waitFor();
    expect(fakeTwilio.messagesTo(referral.contact.key)).toHaveLength(1);
    await page.locator('#audit', { hasText: 'Not sent: the automatic status update had already told the family this.' }).waitFor();
    expect(await option('received').isDisabled()).toBe(true);
  });
});
