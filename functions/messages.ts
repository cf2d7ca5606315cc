import type { Activity } from 'botbuilder-core';
import { getRuntime } from '../src/app/runtime';
import { webChatAdapter } from '../src/app/webRuntime';
import { activitySchema } from '../src/channels/web/activitySchema';
import { httpHandler, jsonBody, jsonResponse, type WithBody } from '../src/http/middleware';
import { header, type HttpEvent } from '../src/http/types';

/** POST /api/messages: Bot Framework activity protocol (Web Chat, Direct Line, Emulator). */
export const handler = httpHandler<HttpEvent & WithBody<Activity>>(jsonBody(activitySchema)).handler(async (event) => {
  const runtime = await getRuntime();
  const invoke = await webChatAdapter(runtime).handleActivity(header(event, 'authorization') ?? '', event.parsedBody, (context) => runtime.bot.run(context));
  return invoke ? jsonResponse(invoke.status, invoke.body ?? {}) : { statusCode: 200 };
});
