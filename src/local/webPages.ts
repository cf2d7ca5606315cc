import { handler as webChatPage } from '../../functions/webChatPage';
import { localContext, toApiGatewayEvent, writeResult } from './apiGatewayEvent';
import type { LocalExtension } from './host';

/**
 * The provider chat page on the local host: GET / and GET /chat/{file} go to the same Lambda
 * handler as deployed. It is an extension rather than a route because the local routes match
 * exact paths and the page's assets sit under a path parameter.
 */
export function webPages(): LocalExtension {
  return async (req, res, body) => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (req.method !== 'GET' || (path !== '/' && !path.startsWith('/chat/'))) return false;
    const routeKey = path === '/' ? 'GET /' : 'GET /chat/{file}';
    writeResult(res, await webChatPage(toApiGatewayEvent(req, body, routeKey), localContext('webChatPage')));
    return true;
  };
}
