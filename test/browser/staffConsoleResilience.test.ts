import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from './helpers/chromium';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { newReferral, STAFF_TOKEN } from '../helpers/staffFixtures';

const PHONE = { width: 390, height: 844 };

describe('Staff console on a phone and with the API down (Chromium)', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let parentCode: string;
  let providerCode: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack();
    const { store } = stack.runtime.referrals;
    parentCode = (await store.create(newReferral())).referral.code;
    const conversation = `web-provider-${Date.now()}-conversation`;
    providerCode = (
      await store.create(
        newReferral({
          channel: 'web',
          contact: { channel: 'web', key: conversation },
          phone: '+16615550142',
          referrer: { role: 'provider', name: 'Ana Rivera', practiceName: 'Valley Pediatrics', npi: '1234567893', fax: '(661) 555-0123' },
        }),
      )
    ).referral.code;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: PHONE });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    expect(pageErrors).toEqual([]);
    await browser?.close();
    await stack?.close();
  });

  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  const fitsTheScreen = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  it('signs in on a 390-px phone with focus on the queue, and shows each row whole, Status and Due included', async () => {
    await page.goto(`${stack.baseUrl}/staff`);
    await page.getByLabel('Staff token').fill(STAFF_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#queue-rows tr').first().waitFor();
    expect(await focusedId()).toBe('queue-title');
    await fitsTheScreen();
    const row = page.locator('#queue-rows tr').filter({ hasText: parentCode });
    for (const label of ['Status', 'Due']) {
      const cell = row.locator(`td[data-label="${label}"]`);
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      // Each cell names itself on a phone (its ::before), as the hidden column header would.
      expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain(label);
      expect((await cell.innerText()).trim()).not.toBe('');
    }
    await screenshot(page, 'staff-queue-phone');
  });

  it('finds a referral by its confirmation code as staff type it, and moves focus to it', async () => {
    await page.getByLabel('Find by confirmation code').fill(providerCode.toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('heading', { name: new RegExp(providerCode) }).waitFor();
    expect(await focusedId()).toBe('referral-title');
    await fitsTheScreen();
  });

  it("words a provider's referral for the provider, and says honestly when a web chat line is seen", async () => {
    expect(await page.locator('#message-title').innerText()).toBe('Message the provider');
    await page.getByRole('button', { name: 'Send to the provider' }).waitFor();
    expect(await page.locator('#message-channel').innerText()).toMatch(/only when that chat is open again: there is no text or email/);
    await page.getByRole('button', { name: 'Send to the provider' }).click();
    const result = page.locator('#message-result');
    await result.filter({ hasText: /Saved/ }).waitFor();
    expect(await result.innerText()).toMatch(/the next time the chat is open/);
    expect(await result.innerText()).not.toMatch(/sees it in the chat window/);
  });

  it('goes "Back to the queue" to the tab the referral is on, with its row focused', async () => {
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.getByText('Claimed by you').waitFor();
    await page.getByRole('link', { name: '← Back to the queue' }).click();
    await page.locator('#stage-tabs button[aria-pressed="true"]', { hasText: 'Claimed (1)' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(providerCode);
  });

  it('with the API down: says so in words, switches the actions off, and recovers by itself', async () => {
    await page.route('**/staff/api/**', (route) => route.abort('connectionrefused'));
    await page.locator('#queue-rows a', { hasText: providerCode }).click();
    const problem = page.locator('#page-error');
    await problem.filter({ hasText: /cannot reach the server/ }).waitFor();
    expect(await problem.innerText()).not.toMatch(/Failed to fetch/);
    expect(await page.locator('#referral-title').innerText()).not.toBe('Loading…');
    expect(await page.locator('#find-form button').isDisabled()).toBe(true);
    await screenshot(page, 'staff-api-down-phone');

    await page.unroute('**/staff/api/**');
    await page.getByRole('heading', { name: new RegExp(providerCode) }).waitFor({ timeout: 15_000 });
    await problem.waitFor({ state: 'hidden' });
    expect(await page.locator('#note-save').isDisabled()).toBe(false);
    expect(await page.locator('#find-form button').isDisabled()).toBe(false);
  });

  it('draws chart labels at a readable size (13 px on screen)', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: '← Back to the queue' }).click();
    await page.getByRole('button', { name: 'Charts' }).click();
    const tick = page.locator('.chart-svg .tick').first();
    await tick.waitFor();
    const onScreen = await tick.evaluate((text) => {
      const svg = (text as SVGTextElement).ownerSVGElement!;
      return (parseFloat(getComputedStyle(text).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
    });
    expect(onScreen).toBeGreaterThanOrEqual(12);
  });
});
