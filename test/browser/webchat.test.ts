import { CARD, type ChatPage } from './helpers/chatPage';
import { useChatSession } from './helpers/chatSession';
import { screenshot, seriousAxeProblems } from './helpers/chromium';
import { completeProviderReferral } from './helpers/providerReferral';

const PHONE = { width: 390, height: 844 };

describe('Provider web chat (GET /) in Chromium', () => {
  const session = useChatSession();
  let chat: ChatPage;
  const open = async (...args: Parameters<typeof ChatPage.open>) => (chat = await session.open(...args));

  it('greets a provider with what the bot does and the main tasks as buttons, with no serious accessibility problems', async () => {
    await open(session.browser, session.stack.baseUrl);
    expect(await chat.transcript()).toMatch(/CCS Navigator.*county CCS office.*referral/s);
    expect(await chat.suggestedActions()).toEqual(expect.arrayContaining(['Make a referral', 'Find a county CCS office']));
    await screenshot(chat.page, 'webchat-welcome');
    expect(await seriousAxeProblems(chat.page)).toEqual([]);
  });

  it('answers a county fax number in a contact card whose phone button dials (tel:)', async () => {
    await open(session.browser, session.stack.baseUrl);
    await chat.say('Kern County CCS fax number');
    const card = chat.page.locator(CARD).filter({ hasText: /Kern/ }).last();
    await expect(card.innerText()).resolves.toMatch(/661\D{0,3}868\D?0268/);

    // Record where the phone button goes instead of handing tel: to the operating system.
    await chat.page.evaluate(() => {
      window.open = ((url: string, target: string) => {
        (window as unknown as { dialed: string[] }).dialed = [String(url), target];
        return null;
      }) as typeof window.open;
    });
    const phoneButton = card.getByRole('button', { name: /\(\d{3}\) \d{3}-\d{4}/ });
    const digits = (await phoneButton.innerText()).replace(/\D/g, '');
    await phoneButton.click();
    expect(await chat.page.evaluate(() => (window as unknown as { dialed?: string[] }).dialed)).toEqual([`tel:+1${digits}`, '_self']);
    await screenshot(chat.page, 'webchat-county-fax');
  });

  it('runs a provider referral to the confirmation, with the code and where to fax records', async () => {
    await open(session.browser, session.stack.baseUrl);
    const confirmation = await completeProviderReferral(chat, /confirmation code/i);
    expect(confirmation).toMatch(/sent to the Kern County/i);
    expect(confirmation).toMatch(/fax the medical records/i);
    await screenshot(chat.page, 'webchat-referral-confirmation');
    expect(await seriousAxeProblems(chat.page)).toEqual([]);
  });

  it('switches to Spanish: the bot answers in Spanish and the page follows', async () => {
    await open(session.browser, session.stack.baseUrl);
    const toggle = chat.page.locator('#language-toggle');
    expect(await toggle.innerText()).toBe('Español');
    expect(await chat.afterTurn(() => toggle.click())).toMatch(/le escribiré en español/);
    expect(await chat.page.locator('html').getAttribute('lang')).toBe('es');
    expect(await chat.page.title()).toBe('CCS Navigator para proveedores');
    expect(await chat.input.getAttribute('placeholder')).toBe('Escriba su mensaje');
    expect(await chat.pick('Oficina de CCS del condado')).toMatch(/¿En qué condado/);
    await screenshot(chat.page, 'webchat-spanish');
    expect(await seriousAxeProblems(chat.page)).toEqual([]);

    // And back: the toggle now offers English, in English.
    expect(await toggle.innerText()).toBe('English');
    expect(await toggle.getAttribute('lang')).toBe('en');
    expect(await chat.afterTurn(() => toggle.click())).toMatch(/English/);
    expect(await chat.page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('fits a 390-px phone screen, and a reload continues the same conversation', async () => {
    await open(session.browser, session.stack.baseUrl, PHONE);
    const pageWidth = await chat.page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(PHONE.width);
    for (const title of ['Make a referral', 'Find a county CCS office']) await expect(chat.suggestedAction(title).isVisible()).resolves.toBe(true);
    await expect(chat.input.isVisible()).resolves.toBe(true);
    await screenshot(chat.page, 'webchat-phone');

    expect(await chat.pick('Find a county CCS office')).toMatch(/Which county/);
    const conversationId = await chat.conversationId();
    expect(conversationId).toBeTruthy();

    await chat.page.reload();
    await chat.waitForBot();
    expect(await chat.conversationId()).toBe(conversationId);
    // The county question asked before the reload is still open on the server.
    expect(await chat.say('Stockton')).toMatch(/209\D{0,3}953\D?3632/);
    await screenshot(chat.page, 'webchat-phone-after-reload');
  });

  it('starts a new conversation when asked (a shared clinic computer)', async () => {
    await open(session.browser, session.stack.baseUrl);
    const first = await chat.conversationId();
    await chat.page.getByRole('button', { name: 'New chat' }).click();
    await chat.page.waitForLoadState('load');
    await chat.waitForBot();
    expect(await chat.conversationId()).not.toBe(first);
  });

  it('deployed: gets a short-lived token from the token endpoint and talks to Direct Line with it', async () => {
    process.env.DIRECT_LINE_SECRET_PARAM = '/ccs-navigator/test/direct-line-secret';
    try {
      const page = await session.browser.newPage();
      // Stand-ins for the token endpoint (SSM and Direct Line are unreachable here) and for the Direct Line service.
      await page.route('**/api/directline/token', (route) =>
        route.fulfill({ json: { token: 'short-lived-token', conversationId: 'dl-conv', expiresIn: 1800 } }),
      );
      const authorizations: string[] = [];
      await page.route('https://directline.botframework.com/v3/directline/conversations', (route) => {
        authorizations.push(route.request().headers().authorization);
        return route.fulfill({
          json: {
            conversationId: 'dl-conv',
            token: 'short-lived-token',
            expires_in: 1800,
            streamUrl: 'wss://directline.botframework.com/v3/directline/conversations/dl-conv/stream',
          },
        });
      });
      await page.routeWebSocket(/directline\.botframework\.com/, (socket) =>
        socket.send(
          JSON.stringify({
            watermark: '0',
            activities: [{ type: 'message', id: 'dl-conv|0', from: { id: 'bot' }, text: 'Hello through Direct Line', timestamp: new Date().toISOString() }],
          }),
        ),
      );
      await open(session.browser, session.stack.baseUrl, undefined, page);
      expect(await chat.transcript()).toMatch(/Hello through Direct Line/);
      expect(authorizations).toEqual(['Bearer short-lived-token']);
    } finally {
      delete process.env.DIRECT_LINE_SECRET_PARAM;
    }
  });

  it('works with the keyboard alone: tab to the message box, type, Enter', async () => {
    await open(session.browser, session.stack.baseUrl);
    for (let presses = 0; presses < 15 && !(await chat.input.evaluate((el) => el === document.activeElement)); presses++) {
      await chat.page.keyboard.press('Tab');
    }
    expect(await chat.input.evaluate((el) => el === document.activeElement)).toBe(true);
    const reply = await chat.afterTurn(async () => {
      await chat.page.keyboard.type('Find a county CCS office');
      await chat.page.keyboard.press('Enter');
    });
    expect(reply).toMatch(/Which county/);
  });
});
