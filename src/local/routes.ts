import { join } from 'node:path';
import type { HttpHandler } from '../http/types';
import { serverlessFunctions } from './serverlessFunctions';

/** The HTTP API, route for route as serverless.yml declares it (`routeKey` is API Gateway's "METHOD /path"). */
export interface Route {
  routeKey: string;
  functionName: string;
  handler: HttpHandler;
}

/** Every httpApi route of serverless.yml, served by the same handler module Lambda runs. */
export const routes: Route[] = serverlessFunctions().flatMap(({ name, module, routeKeys }) => {
  if (routeKeys.length === 0) return [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require(join(__dirname, '../..', module)) as { handler: HttpHandler };
  return routeKeys.map((routeKey) => ({ routeKey, functionName: name, handler }));
});
