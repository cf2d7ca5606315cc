import type { Browser, Page } from 'playwright-core';

/** Web Chat 4.18's own class names and data ids (stable across its locales, unlike its ARIA labels). */
const ACTIVITY = 'article.webchat__basic-transcript__activity';
const FROM_USER = '.webchat__stacked-layout--from-user';
const SUGGESTED_ACTION = '.webchat__suggested-actions__button';
const INPUT = '[data-id="webchat-sendbox-input"]';
/** Web Chat draws hero cards with Adaptive Cards. */
export const CARD = '.ac-adaptiveCard';

/** The provider chat page as a provider uses it: type, pick buttons, read what the bot said. */
export class ChatPage {
  /** Content-Security-Policy violations, which would mean part of the page silently does not work. */
  readonly policyViolations: string[] = [];
  readonly pageErrors: string[] = [];

  private constructor(readonly page: Page) {}

  /** Opens the page in a new tab, or in `page` when the test has set up routes on it first. */
  static async open(browser: Browser, url: string, viewport = { width: 1280, height: 800 }, page?: Page): Promise<ChatPage> {
    page ??= await browser.newPage({ viewport });
    const chat = new ChatPage(page);
    page.on('pageerror', (error) => chat.pageErrors.push(error.message));
    await page.exposeFunction('reportPolicyViolation', (text: string) => chat.policyViolations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportPolicyViolation(text: string): void }).reportPolicyViolation(`${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    await page.goto(url);
    await chat.waitForBot();
    return chat;
  }

  /** Waits for the greeting after a (re)load. */
  async waitForBot(): Promise<void> {
    await this.page.locator(`${ACTIVITY}:not(:has(${FROM_USER}))`).first().waitFor({ timeout: 20_000 });
    await this.settle();
  }

  get input() {
    return this.page.locator(INPUT);
  }

  /** Types a message and waits for the bot's whole answer. */
  async say(text: string): Promise<string> {
    await this.input.fill(text);
    return this.afterTurn(() => this.input.press('Enter'));
  }

  /** Clicks a suggested action and waits for the bot's whole answer. */
  async pick(title: string | RegExp): Promise<string> {
    return this.afterTurn(() => this.suggestedAction(title).click());
  }

  /** A suggested action by its whole title ("No" is not "Not sure"), or by a pattern. */
  suggestedAction(title: string | RegExp) {
    const exact = typeof title === 'string' ? new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) : title;
    return this.page.locator(SUGGESTED_ACTION).filter({ hasText: exact });
  }

  async suggestedActions(): Promise<string[]> {
    return (await this.page.locator(SUGGESTED_ACTION).allInnerTexts()).map((t) => t.trim());
  }

  /** Runs an action that makes the bot answer, and returns the text of everything it answered. */
  async afterTurn(action: () => Promise<void>): Promise<string> {
    const before = await this.page.locator(ACTIVITY).count();
    await action();
    // The provider's own message, then at least one reply from the bot.
    await this.page
      .locator(ACTIVITY)
      .nth(before + 1)
      .waitFor({ timeout: 20_000 });
    await this.settle();
    const texts = await this.page.locator(ACTIVITY).allInnerTexts();
    return texts.slice(before + 1).join('\n');
  }

  async transcript(): Promise<string> {
    return (await this.page.locator(ACTIVITY).allInnerTexts()).join('\n');
  }

  /** The replies of one turn arrive together; waits until the transcript stops growing. */
  private async settle(): Promise<void> {
    let count = -1;
    for (;;) {
      const now = await this.page.locator(ACTIVITY).count();
      if (now === count) return;
      count = now;
      await this.page.waitForTimeout(300);
    }
  }

  conversationId(): Promise<string | null> {
    return this.page.evaluate(() => localStorage.getItem('ccsNavigator.conversationId'));
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
