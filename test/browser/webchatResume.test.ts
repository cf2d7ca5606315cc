import type { Page } from 'playwright-core';
import { ChatPage } from './helpers/chatPage';
import { useChatSession } from './helpers/chatSession';

/**
 * The deployed page (Direct Line mode) keeps the resume token its token endpoint gave it and,
 * after a reload, asks for the same conversation with it; Web Chat then reconnects to that
 * conversation. The token endpoint and Direct Line are stand-ins here (SSM and Direct Line are
 * unreachable); the endpoint itself is tested in test/integration/directLineResume.test.ts.
 */
describe('Deployed web chat page: a reload goes on with the same conversation', () => {
  const session = useChatSession();

  it('sends its resume token after a reload, reconnects to its conversation, and forgets it on New chat', async () => {
    process.env.DIRECT_LINE_SECRET_PARAM = '/ccs-navigator/test/direct-line-secret';
    try {
      const page: Page = await session.browser.newPage();
      const asked: unknown[] = [];
      await page.route('**/api/directline/token', async (route) => {
        const body = JSON.parse(route.request().postData() || '{}');
        asked.push(body);
        const resumed = body.resume === 'resume-1' || body.resume === 'resume-2';
        return route.fulfill({
          json: {
            token: resumed ? 'fresh-token' : 'new-token',
            conversationId: 'dl-conv',
            expiresIn: 1800,
            userId: 'dl_user-1',
            resumed,
            resume: resumed ? 'resume-2' : 'resume-1',
          },
        });
      });
      const directLine: string[] = [];
      const conversation = {
        conversationId: 'dl-conv',
        token: 'fresh-token',
        expires_in: 1800,
        streamUrl: 'wss://directline.botframework.com/v3/directline/conversations/dl-conv/stream',
      };
      await page.route(/https:\/\/directline\.botframework\.com\/v3\/directline\/conversations(\/dl-conv)?(\?.*)?$/, (route) => {
        const url = new URL(route.request().url());
        directLine.push(`${route.request().method()} ${url.pathname}${url.search} ${route.request().headers().authorization}`);
        return route.fulfill({ json: conversation });
      });
      await page.routeWebSocket(/directline\.botframework\.com/, (socket) =>
        socket.send(
          JSON.stringify({
            watermark: '0',
            activities: [{ type: 'message', id: 'dl-conv|0', from: { id: 'bot' }, text: 'Hello through Direct Line', timestamp: new Date().toISOString() }],
          }),
        ),
      );
      const chat = await ChatPage.open(session.browser, session.stack.baseUrl, undefined, page);
      expect(asked).toEqual([{}]);
      expect(directLine).toEqual(['POST /v3/directline/conversations Bearer new-token']);

      await page.reload();
      await chat.waitForBot();
      expect(asked).toEqual([{}, { resume: 'resume-1' }]);
      // Given the conversation id, Web Chat reconnects to it (GET …/conversations/{id}) instead of
      // starting one, from watermark 0: Direct Line replays the conversation so far into the page.
      expect(directLine.at(-1)).toBe('GET /v3/directline/conversations/dl-conv?watermark=0 Bearer fresh-token');
      expect(await chat.transcript()).toContain('Hello through Direct Line');

      await page.getByRole('button', { name: 'New chat' }).click();
      await page.waitForLoadState('load');
      await chat.waitForBot();
      expect(asked.at(-1)).toEqual({});
    } finally {
      delete process.env.DIRECT_LINE_SECRET_PARAM;
    }
  });
});
