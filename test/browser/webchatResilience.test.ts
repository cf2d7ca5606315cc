import type { Page, Route } from 'playwright-core';
import { LOCAL_DEFAULTS } from '../../src/config';
import { CARD } from './helpers/chatPage';
import { useChatSession } from './helpers/chatSession';
import { screenshot } from './helpers/chromium';
import { completeProviderReferral } from './helpers/providerReferral';

const PHONE = { width: 390, height: 844 };

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  for (const start = Date.now(); !condition();) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const ACTIVITY = 'article.webchat__basic-transcript__activity';
const FROM_USER = `${ACTIVITY}:has(.webchat__stacked-layout--from-user)`;
/** A short turn timeout for these tests, through the page's own config (the page's default is 15 s). */
const TURN_TIMEOUT_MS = 2500;

/** What the browser posted to /api/messages, as the bot received it. */
type Posted = { id: string; type: string; text?: string; locale?: string };

describe('Provider web chat on a real network: stalls, outages, summaries, labels, language (Chromium)', () => {
  const session = useChatSession();

  /** A tab whose config.json carries the short turn timeout, and whose /api/messages posts go through `onPost`. */
  async function tab(
    onPost?: (route: Route, posted: Posted) => Promise<void>,
    viewport = { width: 1280, height: 800 },
  ): Promise<{ page: Page; posted: Posted[] }> {
    const page = await session.browser.newPage({ viewport });
    const posted: Posted[] = [];
    await page.route('**/chat/config.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), turnTimeoutMs: TURN_TIMEOUT_MS } });
    });
    await page.route('**/api/messages', async (route) => {
      const activity = route.request().postDataJSON() as Posted;
      posted.push(activity);
      if (onPost) await onPost(route, activity);
      else await route.continue();
    });
    return { page, posted };
  }

  const open = (page: Page, viewport?: { width: number; height: number }) => session.open(session.browser, session.stack.baseUrl, viewport, page);

  it('a turn whose answer never comes times out; Retry resends the same activity, the bot runs it once, and the chat goes on', async () => {
    let stallNext = false;
    const { page, posted } = await tab(async (route, activity) => {
      if (stallNext && activity.type === 'message') {
        stallNext = false;
        // The bot gets it and answers, but the answer is lost on the way back: the page hears nothing.
        await route.fetch();
        return;
      }
      await route.continue();
    });
    const chat = await open(page);

    stallNext = true;
    await chat.input.fill('Find a county CCS office');
    await chat.input.press('Enter');
    const retry = page.getByText('Retry', { exact: true });
    await retry.waitFor({ timeout: TURN_TIMEOUT_MS + 10_000 });
    await screenshot(page, 'webchat-send-failed');

    await retry.click();
    await page
      .locator(ACTIVITY)
      .filter({ hasText: /Which county/ })
      .waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'webchat-retried');
    const sent = posted.filter((a) => a.text === 'Find a county CCS office');
    expect(sent).toHaveLength(2);
    expect(sent[1].id).toBe(sent[0].id);
    // One bubble for the message, one question in answer, nothing left "Sending" or failed.
    expect(await page.locator(FROM_USER).filter({ hasText: 'Find a county CCS office' }).count()).toBe(1);
    expect(
      await page
        .locator(ACTIVITY)
        .filter({ hasText: /Which county/ })
        .count(),
    ).toBe(1);
    expect(await page.getByText(/Send failed|Sending/).count()).toBe(0);
    const conversationId = (await chat.conversationId())!;
    const lines = await session.stack.runtime.transcripts.list({ channel: 'web', key: conversationId });
    expect(lines.filter((line) => line.from === 'user' && line.text === 'Find a county CCS office')).toHaveLength(1);

    // The queue moved on: the open county question takes the next answer.
    expect(await chat.say('Stockton')).toMatch(/209\D{0,3}953\D?3632/);
  });

  it('shows the bot typing while a slow turn works', async () => {
    const { page } = await tab(async (route, activity) => {
      if (activity.type === 'message') await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    const chat = await open(page);
    await chat.input.fill('Find a county CCS office');
    const answered = chat.afterTurn(() => chat.input.press('Enter'));
    await page.locator('.webchat__typing-indicator').waitFor({ timeout: 5000 });
    expect(await answered).toMatch(/Which county/);
  });

  it('says "Connecting…" from the first paint while Web Chat loads', async () => {
    const { page } = await tab();
    let releaseBundle!: () => void;
    const bundleHeld = new Promise<void>((resolve) => (releaseBundle = resolve));
    await page.route(/\/chat\/webchat\.[A-Za-z0-9]{12}\.js$/, async (route) => {
      await bundleHeld;
      await route.continue();
    });
    const loading = page.goto(session.stack.baseUrl);
    await page.locator('#chat-connecting').waitFor();
    expect(await page.locator('#chat-connecting').innerText()).toBe('Connecting…');
    releaseBundle();
    await loading;
    const chat = await open(page);
    await page.locator('#chat-connecting').waitFor({ state: 'hidden' });
    expect(await chat.transcript()).toMatch(/CCS Navigator/);
  });

  it('with the API down at load: its own error, Retry, the county-office directory; then it reconnects by itself and greets once', async () => {
    let down = true;
    const { page, posted } = await tab(async (route) => (down ? route.abort('connectionrefused') : route.continue()));
    await page.goto(session.stack.baseUrl);
    const problem = page.locator('#chat-error');
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/cannot reach CCS Navigator[\s\S]*call the county CCS office where the child lives/);
    expect(await page.locator('#county-offices').getAttribute('href')).toBe('https://www.dhcs.ca.gov/services/ccs/Pages/CountyOffices.aspx');
    const tries = posted.length;
    await page.getByRole('button', { name: 'Try again' }).click();
    await until(() => posted.length > tries);
    await screenshot(page, 'webchat-api-down');

    down = false;
    const chat = await open(page);
    await problem.waitFor({ state: 'hidden' });
    expect(
      await page
        .locator(ACTIVITY)
        .filter({ hasText: /I.m CCS Navigator/ })
        .count(),
    ).toBe(1);
    expect(await chat.say('Find a county CCS office')).toMatch(/Which county/);
  });

  it('shows the referral summary as separate lines and the confirmation code unbroken and copyable, at 390 px; a staff message is labelled with the office', async () => {
    const { page } = await tab(undefined, PHONE);
    const chat = await open(page, PHONE);
    const confirmation = await completeProviderReferral(chat, /confirmation code/i);
    const summary = page
      .locator(ACTIVITY)
      .filter({ hasText: /Please check the referral/ })
      .last();
    expect(await summary.locator('li').count()).toBeGreaterThanOrEqual(8);
    expect(await summary.locator('li').first().innerText()).toMatch(/^[^\n]+: [^\n]+$/);

    const code = /CCS-[A-Z0-9]{6}/.exec(confirmation)![0];
    const codeElement = page.locator(`${ACTIVITY} code`, { hasText: code }).first();
    // On one line (one box), whatever the phone's width.
    expect(await codeElement.evaluate((el) => el.getClientRects().length)).toBe(1);
    await codeElement.click();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(code);
    await screenshot(page, 'webchat-confirmation-code-phone');

    // Staff message the family from the console; the open page shows it, labelled with the office.
    const response = await fetch(`${session.stack.baseUrl}/staff/api/referrals/${code}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${LOCAL_DEFAULTS.STAFF_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ templateId: 'records' }),
    });
    expect(response.status).toBeLessThan(300);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const staffLine = page.locator(ACTIVITY).filter({ hasText: /please ask your child.s doctor to send us the medical records/ });
    await staffLine.waitFor();
    expect(await staffLine.locator('strong').first().innerText()).toMatch(/Kern County/);
    // Screen readers hear who said it, not "Bot said:".
    expect(await chat.transcript()).not.toMatch(/Bot said/);
    await screenshot(page, 'webchat-staff-message');
  }, 120_000);

  it('keeps Spanish on "New chat": the new conversation greets in Spanish', async () => {
    const { page, posted } = await tab();
    const chat = await open(page);
    await chat.afterTurn(() => page.locator('#language-toggle').click());
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    const first = await chat.conversationId();

    await page.getByRole('button', { name: 'Nuevo chat' }).click();
    await page.waitForLoadState('load');
    await chat.waitForBot();
    expect(await chat.conversationId()).not.toBe(first);
    expect(await chat.transcript()).toMatch(/¡Hola! Soy CCS Navigator/);
    expect(await chat.transcript()).not.toMatch(/Hi! I.m CCS Navigator/);
    expect(posted.at(-1)).toMatchObject({ type: 'conversationUpdate', locale: 'es-ES' });
  });

  it('shows a contact card again after a reload, with its call button', async () => {
    const { page } = await tab();
    const chat = await open(page);
    await chat.say('Kern County CCS fax number');
    const card = page.locator(CARD).filter({ hasText: /Kern/ });
    await card.first().waitFor();
    await page.reload();
    await chat.waitForBot();
    await page
      .getByText(/Welcome back/)
      .last()
      .waitFor();
    expect(await card.count()).toBeGreaterThanOrEqual(1);
    await expect(
      card
        .first()
        .getByRole('button', { name: /\(\d{3}\) \d{3}-\d{4}/ })
        .isVisible(),
    ).resolves.toBe(true);
  });

  it('says whose service it is, with the privacy notice, on the page', async () => {
    const { page } = await tab();
    await open(page);
    expect(await page.locator('#operator').innerText()).toMatch(/Run by a local test copy/);
    await page.getByText('Privacy', { exact: true }).click();
    expect(await page.locator('#privacy-notice').innerText()).toMatch(/We never ask for a Social Security number/);
  });
});
