import type { Browser } from 'playwright-core';
import { startTestStack, type TestStack } from '../../helpers/localStack';
import { ChatPage } from './chatPage';
import { launchChromium } from './chromium';

export interface ChatSession {
  readonly stack: TestStack;
  readonly browser: Browser;
  /** Opens the chat page (as ChatPage.open); it is checked and closed after the test. */
  open(...args: Parameters<typeof ChatPage.open>): Promise<ChatPage>;
}

/**
 * One local stack and one Chromium for a test file. After every test, each chat page it opened
 * must have had nothing blocked by its Content-Security-Policy and no script errors.
 */
export function useChatSession(): ChatSession {
  let stack: TestStack;
  let browser: Browser;
  const opened: ChatPage[] = [];
  beforeAll(async () => {
    stack = await startTestStack();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });
  afterEach(async () => {
    for (const chat of opened.splice(0)) {
      expect(chat.policyViolations).toEqual([]);
      expect(chat.pageErrors).toEqual([]);
      await chat.close();
    }
  });
  return {
    get stack() {
      return stack;
    },
    get browser() {
      return browser;
    },
    async open(...args) {
      const chat = await ChatPage.open(...args);
      opened.push(chat);
      return chat;
    },
  };
}
