import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpEvent } from '../../../src/http/types';
import { localContext } from '../../../src/local/apiGatewayEvent';
import { routes } from '../../../src/local/routes';
import { serverlessFunctions } from '../../../src/local/serverlessFunctions';

const yml = readFileSync(join(__dirname, '../../../serverless.yml'), 'utf8');

/** serverless.yml is the one route table: the local host and the benchmarks read it instead of keeping copies. */
describe('serverless.yml as the route table', () => {
  it('reads every function and every httpApi event the file declares', () => {
    const functions = serverlessFunctions(yml);
    expect(functions.map((f) => f.name)).toEqual([...yml.matchAll(/^ {2}(\w+):\s*\n {4}handler:/gm)].map((m) => m[1]));
    const keys = functions.flatMap((f) => f.routeKeys);
    expect(keys).toHaveLength([...yml.matchAll(/- httpApi:/g)].length);
    for (const key of keys) expect(key).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/[\w./{}-]*$/);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('serves each route locally with the handler Lambda runs', () => {
    const functions = serverlessFunctions(yml);
    expect(routes.map((r) => r.routeKey).sort()).toEqual(functions.flatMap((f) => f.routeKeys).sort());
    for (const route of routes) expect(typeof route.handler).toBe('function');
  });

  it("every staff action route reaches an action (staff auth answers, not the dispatcher's 404)", async () => {
    process.env.TABLE_NAME ??= 'route-table-test'; // the local stage's defaults do the rest; no table is read before auth
    const actionRoutes = routes.filter((r) => r.functionName === 'staffReferralActions');
    expect(actionRoutes.length).toBeGreaterThan(0);
    for (const route of actionRoutes) {
      const event = {
        routeKey: route.routeKey,
        rawPath: route.routeKey.split(' ')[1].replace('{id}', 'CCS-7K3F9Q'),
        headers: {},
        requestContext: { http: { method: 'POST' } },
      } as unknown as HttpEvent;
      const result = await route.handler(event, localContext(route.functionName));
      expect({ route: route.routeKey, status: result.statusCode }).toEqual({ route: route.routeKey, status: 401 });
    }
  });
});
