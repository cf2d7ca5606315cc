import { WebChatAdapter } from '../channels/web/webChatAdapter';
import { onTurnError } from '../bot/turnError';
import type { Runtime } from './runtime';

const adapters = new WeakMap<Runtime, WebChatAdapter>();

/** The web chat's Bot Framework adapter over a bot runtime (one per runtime), with the same turn services as SMS. */
export function webChatAdapter(runtime: Runtime): WebChatAdapter {
  let web = adapters.get(runtime);
  if (!web) {
    web = new WebChatAdapter(runtime.config);
    web.onTurnError = onTurnError;
    for (const middleware of runtime.turnServices) web.use(middleware);
    adapters.set(runtime, web);
  }
  return web;
}
