import type { MiddlewareObj } from '@middy/core';
import { httpHandler } from '../../http/middleware';
import type { HttpEvent, HttpResult } from '../../http/types';
import { staffAuth } from './staffAuth';

/** Staff answers carry personal data: no browser or proxy may keep a copy. */
function noStore(): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    after: async (request) => {
      if (request.response) request.response.headers = { ...request.response.headers, 'cache-control': 'no-store' };
    },
  };
}

/**
 * Every staff API route: staff auth first (401 before anything else is looked at), uncached
 * answers, then the route's own middlewares. The token comes from the composition root
 * (src/app/staffApi.ts), so staff code does not reach up into it.
 */
export function staffApiHandlerWith(staffToken: Parameters<typeof staffAuth>[0]['staffToken']) {
  // The same erased chain input as httpHandler's (src/http/middleware.ts).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return <TEvent extends HttpEvent>(...middlewares: MiddlewareObj<any, HttpResult>[]) =>
    httpHandler<TEvent>(staffAuth({ staffToken }), noStore(), ...middlewares);
}
