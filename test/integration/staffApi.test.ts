import type { Context } from 'aws-lambda';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { handler as staffReferrals } from '../../functions/staffReferrals';
import type { HttpResult } from '../../src/http/types';
import type { NewReferral, Referral } from '../../src/referrals/model';
import { FRESNO, jwtEvent, KERN, newReferral } from '../helpers/staffFixtures';

/** A Spanish-speaking parent's texted referral in `queue`, made at `createdAt`. */
function referralIn(queue: { id: string; name: string }, county: string, createdAt: string, kind: Referral['kind'] = 'referral'): NewReferral {
  const phone = '+16615550160';
  return newReferral({ kind, queue, county, createdAt, phone, contact: { channel: 'sms', key: phone }, language: 'es', preferredLanguage: 'es' });
}

describe('GET /staff/api/referrals', () => {
  let stack: TestStack;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    stack = await startTestStack();
    const store = stack.runtime.referrals.store;
    ids.kernOld = (await store.create(referralIn(KERN, 'Kern', '2026-01-05T17:00:00.000Z'))).referral.id;
    ids.kernNew = (await store.create(referralIn(KERN, 'Kern', '2026-01-06T17:00:00.000Z'))).referral.id;
    ids.fresno = (await store.create(referralIn(FRESNO, 'Fresno', '2026-01-07T17:00:00.000Z', 'handoff'))).referral.id;
    await store.updateStatus(ids.kernOld, { to: 'received', by: 'staff-1' });
    await store.updateStatus(ids.kernOld, { to: 'in_progress', by: 'staff-1', reason: 'waiting_for_records' });
  });
  afterAll(() => stack.close());

  const get = (query = '', token: string | null = 'local-staff-token') =>
    fetch(`${stack.baseUrl}/staff/api/referrals${query}`, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });

  it('refuses a request without the staff token, or with a wrong one (401)', async () => {
    const missing = await get('', null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await get('', 'not-the-token')).status).toBe(401);
    const basic = await fetch(`${stack.baseUrl}/staff/api/referrals`, { headers: { authorization: 'Basic bG9jYWwtc3RhZmYtdG9rZW4=' } });
    expect(basic.status).toBe(401);
  });

  it('lists referrals newest first with code, status, queue, office, county, child, contact, language, created time and due dates', async () => {
    const response = await get();
    expect(response.status).toBe(200);
    const { referrals } = await response.json();
    expect(referrals.map((r: { id: string }) => r.id)).toEqual([ids.fresno, ids.kernNew, ids.kernOld]);
    const kern = referrals.find((r: { id: string }) => r.id === ids.kernNew);
    expect(kern).toMatchObject({
      id: ids.kernNew,
      code: ids.kernNew,
      kind: 'referral',
      status: 'submitted',
      queue: { id: 'county-kern', name: 'Kern County CCS office', kind: 'county' },
      office: { name: 'Kern County CCS', phone: '(661) 321-3000' },
      county: 'Kern',
      child: { firstName: 'Mia', lastName: 'Diaz', dateOfBirth: '2019-05-06' },
      contact: { channel: 'sms', phone: '+16615550160', name: 'Rosa Diaz', role: 'parent' },
      language: 'es',
      preferredLanguage: 'es',
      createdAt: '2026-01-06T17:00:00.000Z',
      firstContactDue: '2026-01-09',
    });
    expect(kern).not.toHaveProperty('sourceKey');
    expect(JSON.stringify(kern)).not.toMatch(/conversationReference|gsi1pk|notifications/);
  });

  it('filters by queue and status, including "open"', async () => {
    const byQueue = await (await get('?queue=county-kern')).json();
    expect(byQueue.referrals.map((r: { id: string }) => r.id)).toEqual([ids.kernNew, ids.kernOld]);
    const inProgress = await (await get('?queue=county-kern&status=in_progress')).json();
    expect(inProgress.referrals).toEqual([
      expect.objectContaining({
        id: ids.kernOld,
        status: 'in_progress',
        statusReason: 'waiting_for_records',
        history: [
          expect.objectContaining({ action: 'created', to: 'submitted' }),
          expect.objectContaining({ action: 'status', from: 'submitted', to: 'received', by: 'staff-1' }),
          expect.objectContaining({ action: 'status', from: 'received', to: 'in_progress', reason: 'waiting_for_records' }),
        ],
      }),
    ]);
    const submitted = await (await get('?status=submitted')).json();
    expect(submitted.referrals.map((r: { id: string }) => r.id)).toEqual([ids.fresno, ids.kernNew]);
    const open = await (await get('?status=open&kind=handoff')).json();
    expect(open.referrals.map((r: { id: string }) => r.id)).toEqual([ids.fresno]);
    const closed = await (await get('?status=closed')).json();
    expect(closed.referrals).toEqual([]);
  });

  it('answers a malformed query with 400', async () => {
    for (const query of ['?status=lost', '?queue=county-narnia', '?queue=Kern%20County', '?limit=0', '?limit=abc', '?cursor=x', '?surprise=1']) {
      const response = await get(query);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
    }
  });

  it('deployed: trusts the Cognito JWT claims verified by API Gateway and limits staff to their queues', async () => {
    const context = {} as Context;
    const call = async (claims: Record<string, string>, query = '') =>
      (await staffReferrals(jwtEvent(claims, { routeKey: 'GET /staff/api/referrals', path: '/staff/api/referrals', query }), context)) as HttpResult;

    const kernStaff = { sub: 'staff-kern-1', email: 'kern@example.org', 'cognito:groups': '[queue-county-kern]' };
    const mine = await call(kernStaff);
    expect(mine.statusCode).toBe(200);
    expect(JSON.parse(mine.body as string).referrals.map((r: { id: string }) => r.id)).toEqual([ids.kernNew, ids.kernOld]);
    expect((await call(kernStaff, 'queue=county-fresno')).statusCode).toBe(403);

    const byAttribute = await call({ sub: 'staff-fresno-1', 'custom:queues': 'county-fresno' });
    expect(JSON.parse(byAttribute.body as string).referrals.map((r: { id: string }) => r.id)).toEqual([ids.fresno]);

    const admin = await call({ sub: 'admin-1', 'cognito:groups': '[admin]' });
    expect(JSON.parse(admin.body as string).referrals).toHaveLength(3);

    const nobody = await call({ sub: 'new-hire' });
    expect(JSON.parse(nobody.body as string).referrals).toEqual([]);
  });
});
