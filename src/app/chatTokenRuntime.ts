import { DirectLineTokens } from '../channels/web/directLineTokens';
import { DynamoRateLimiter } from '../family/rateLimiter';
import type { Infrastructure } from './infrastructure';
import { perRuntime } from './perRuntime';

/**
 * What the chat page's token function uses over the infrastructure (once per infrastructure):
 * Direct Line (none when it is not configured) and the new-chat limit's counter. No bot, no
 * domain; only functions/webChatToken imports it.
 */
export const chatTokens = perRuntime(({ config, dynamo }: Infrastructure) => ({
  directLine: config.DIRECT_LINE_SECRET ? new DirectLineTokens(config.DIRECT_LINE_SECRET, config.DIRECT_LINE_BASE_URL) : undefined,
  limiter: new DynamoRateLimiter(dynamo.documentClient, config.TABLE_NAME),
}));
