import type { Activity } from 'botbuilder';
import { getRuntime } from '../src/app/runtime';
import { activitySchema } from '../src/channels/web/activitySchema';
import { httpHandler, jsonBody, jsonResponse, type WithBody } from '../src/http/middleware';
import { header, type HttpEvent } from '../src/http/types';

/** POST /api/messages: Bot Framework activity protocol (Web Chat, Direct Line, Emulator). */
export const handler = httpHandler<HttpEvent & WithBody<Activity>>(jsonBody(activitySchema)).handler(async (event) => {
  const { web, bot } = await getRuntime();
  const invoke = await web.handleActivity(header(event, 'authorization') ?? '', event.parsedBody, (context) => bot.run(context));
  return invoke ? jsonResponse(invoke.status, invoke.body ?? {}) : { statusCode: 200 };
});
