import { WebChatAdapter } from '../channels/web/webChatAdapter';
import { onTurnError } from '../bot/turnError';
import { perRuntime } from './perRuntime';
import type { Runtime } from './runtime';

/** The web chat's Bot Framework adapter over a bot runtime (one per runtime), with the same turn services as SMS. */
export const webChatAdapter = perRuntime((runtime: Runtime) => {
  const web = new WebChatAdapter(runtime.config);
  web.onTurnError = onTurnError;
  for (const middleware of runtime.turnServices) web.use(middleware);
  return web;
});
