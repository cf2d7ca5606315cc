import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createLocalHost } from '../../../src/local/host';
import type { Route } from '../../../src/local/routes';
import { routes } from '../../../src/local/routes';
import type { HttpEvent } from '../../../src/http/types';

/** The local host matches `{id}` routes as API Gateway does, so the staff API's paths work on a laptop as deployed. */
describe('local host: routes with path parameters', () => {
  let server: Server;
  let base: string;
  const seen: Pick<HttpEvent, 'routeKey' | 'pathParameters'>[] = [];
  const echo = (routeKey: string): Route => ({
    routeKey,
    functionName: 'echo',
    handler: async (event: HttpEvent) => {
      seen.push({ routeKey: event.routeKey, pathParameters: event.pathParameters });
      return { statusCode: 200, body: event.routeKey };
    },
  });

  beforeAll(async () => {
    server = createLocalHost([
      echo('GET /staff/api/referrals'),
      echo('GET /staff/api/referrals/{id}'),
      echo('POST /staff/api/referrals/{id}/claim'),
      echo('GET /staff/{file}'),
    ]);
    await new Promise<void>((resolve) => server.listen(0, resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => seen.splice(0));

  it('prefers an exact route, then fills the parameters of the matching template (one whole segment each)', async () => {
    expect(await (await fetch(`${base}/staff/api/referrals`)).text()).toBe('GET /staff/api/referrals');
    expect(await (await fetch(`${base}/staff/api/referrals/CCS-7K3F9Q`)).text()).toBe('GET /staff/api/referrals/{id}');
    expect(await (await fetch(`${base}/staff/api/referrals/CCS-7K3F9Q/claim`, { method: 'POST' })).text()).toBe('POST /staff/api/referrals/{id}/claim');
    expect(seen.map((s) => s.pathParameters)).toEqual([undefined, { id: 'CCS-7K3F9Q' }, { id: 'CCS-7K3F9Q' }]);
    for (const [method, path] of [
      ['GET', '/staff/api/referrals/CCS-7K3F9Q/claim'],
      ['GET', '/staff/api/referrals/'],
      ['POST', '/staff/api/referrals/CCS-7K3F9Q'],
      ['GET', '/staff/a/b'],
    ]) {
      expect({ path, status: (await fetch(`${base}${path}`, { method })).status }).toEqual({ path, status: 404 });
    }
  });

  it('declares every staff route serverless.yml needs', () => {
    const keys = routes.map((r) => r.routeKey);
    expect(keys).toEqual(
      expect.arrayContaining([
        'GET /staff',
        'GET /staff/{file}',
        'GET /staff/referrals/{id}',
        'GET /staff/api/queues',
        'GET /staff/api/referrals',
        'GET /staff/api/referrals/{id}',
        'POST /staff/api/referrals/{id}/claim',
        'POST /staff/api/referrals/{id}/release',
        'POST /staff/api/referrals/{id}/status',
        'POST /staff/api/referrals/{id}/notes',
        'POST /staff/api/referrals/{id}/deadline',
        'POST /staff/api/referrals/{id}/messages',
        'GET /staff/api/export.csv',
        'GET /staff/api/stats',
      ]),
    );
  });
});
