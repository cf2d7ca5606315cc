import type { Context } from 'aws-lambda';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { FRESNO, ILLINOIS, jwtEvent, KERN, newReferral, staffClient } from '../helpers/staffFixtures';
import { handler as staffReferral } from '../../functions/staffReferral';
import { handler as staffReferralActions } from '../../functions/staffReferralActions';
import { handler as staffMessages } from '../../functions/staffMessages';
import type { HttpResult } from '../../src/http/types';
import type { NewReferral } from '../../src/referrals/model';
import { logger } from '../../src/observability/logger';

/** Every staff action over HTTP, on DynamoDB Local: what it changes, and the audit line it writes. */
describe('Staff actions: open, claim / release, status, notes, HSP notice', () => {
  let stack: TestStack;
  let api: ReturnType<typeof staffClient>;
  beforeAll(async () => {
    stack = await startTestStack();
    api = staffClient(stack.baseUrl);
  });
  afterAll(() => stack.close());

  const create = async (overrides: Partial<NewReferral> = {}) => (await stack.runtime.referrals.store.create(newReferral(overrides))).referral.id;
  const stored = async (id: string) => (await stack.runtime.referrals.store.get(id))!;
  const path = (id: string, action = '') => `/staff/api/referrals/${id}${action ? `/${action}` : ''}`;

  it('refuses every staff route without a valid token (401, WWW-Authenticate: Bearer), before reading anything', async () => {
    const id = await create();
    const routes: [method: 'get' | 'post', path: string][] = [
      ['get', path(id)],
      ...['claim', 'release', 'status', 'notes', 'deadline', 'messages'].map((a) => ['post', path(id, a)] as ['post', string]),
      ['get', '/staff/api/queues'],
      ['get', '/staff/api/export.csv'],
      ['get', '/staff/api/stats'],
    ];
    for (const token of [null, 'not-the-token']) {
      for (const [method, route] of routes) {
        const response = await staffClient(stack.baseUrl, token)[method](route);
        expect({ route, token, status: response.status }).toEqual({ route, token, status: 401 });
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
      }
    }
    expect((await stored(id)).status).toBe('submitted');
  });

  it('opens a referral: a submitted one becomes received, once, with the staff id in its history; uncached and audited', async () => {
    const id = await create();
    const audit = jest.spyOn(logger, 'info');
    const first = await api.get(path(id));
    expect(first.status).toBe(200);
    // Reading personal data is audited too (a log line: it changes nothing on the referral).
    expect(audit).toHaveBeenCalledWith('staff audit', { audit: 'viewed', staffId: 'staff-token', via: 'token', referralId: id, queue: 'county-kern' });
    audit.mockRestore();
    expect(first.headers.get('cache-control')).toBe('no-store');
    const detail = await first.json();
    expect(detail.referral).toMatchObject({ id, status: 'received', statusLabel: 'Received', stage: 'new', child: { firstName: 'Mia' }, condition: 'asthma' });
    expect(detail.allowedStatuses).toEqual(['in_progress', 'closed']);
    expect(detail.labels.reasons).toMatchObject({ waiting_for_records: 'Waiting for medical records' });
    expect(detail.optedOut).toBe(false);
    await api.get(path(id));
    expect((await stored(id)).history.filter((h) => h.action === 'status')).toEqual([
      expect.objectContaining({ by: 'staff-token', from: 'submitted', to: 'received', at: expect.any(String) }),
    ]);
  });

  it('answers 404 for an unknown referral and 400 for something that is not a code', async () => {
    expect((await api.get(path('CCS-ZZZZZZ'))).status).toBe(404);
    expect((await api.post(path('CCS-ZZZZZZ', 'claim'))).status).toBe(404);
    expect((await api.get(path('not-a-code'))).status).toBe(400);
    expect((await api.post(path('ccs-1', 'notes'), { text: 'x' })).status).toBe(400);
  });

  it('claims and releases, refusing a second claimer (409) unless they take over, and audits each step', async () => {
    const id = await create();
    const claimed = await api.post(path(id, 'claim'));
    expect(claimed.status).toBe(200);
    expect((await claimed.json()).referral).toMatchObject({ stage: 'claimed', assignee: { id: 'staff-token' } });
    // Claiming one's own again changes nothing.
    expect((await api.post(path(id, 'claim'))).status).toBe(200);

    const context = {} as Context;
    const asStaff = (sub: string, action: string, body: unknown = {}) =>
      staffReferralActions(
        jwtEvent(
          { sub, email: `${sub}@example.org`, 'cognito:groups': '[queue-county-kern]' },
          { routeKey: `POST /staff/api/referrals/{id}/${action}`, path: path(id, action), pathParameters: { id }, body },
        ),
        context,
      ) as Promise<HttpResult>;
    const refused = await asStaff('kern-2', 'claim');
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toMatch(/claimed by staff-token/);
    expect((await asStaff('kern-2', 'release')).statusCode).toBe(409);
    expect((await asStaff('kern-2', 'claim', { takeOver: true })).statusCode).toBe(200);
    expect((await api.post(path(id, 'release'))).status).toBe(409);
    expect((await asStaff('kern-2', 'release')).statusCode).toBe(200);

    const referral = await stored(id);
    expect(referral.assignee).toBeUndefined();
    expect(referral.history.filter((h) => ['claimed', 'released'].includes(h.action))).toEqual([
      expect.objectContaining({ action: 'claimed', by: 'staff-token' }),
      expect.objectContaining({ action: 'claimed', by: 'kern-2', byName: 'kern-2@example.org', previous: 'staff-token' }),
      expect.objectContaining({ action: 'released', by: 'kern-2', byName: 'kern-2@example.org' }),
    ]);
  });

  it('lets only one of two staff claiming at the same moment win', async () => {
    const id = await create();
    const context = {} as Context;
    const claim = (sub: string) =>
      staffReferralActions(
        jwtEvent(
          { sub, 'cognito:groups': '[queue-county-kern]' },
          { routeKey: 'POST /staff/api/referrals/{id}/claim', path: path(id, 'claim'), pathParameters: { id }, body: {} },
        ),
        context,
      ) as Promise<HttpResult>;
    const results = await Promise.all([claim('a'), claim('b'), claim('c')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    expect((await stored(id)).history.filter((h) => h.action === 'claimed')).toHaveLength(1);
  });

  it('changes status with a reason, an outcome and a note, and refuses what the model or the form forbids', async () => {
    const id = await create();
    const inProgress = await api.post(path(id, 'status'), { to: 'in_progress', reason: 'waiting_for_records', note: 'Asked Dr. Ortiz for records' });
    expect(inProgress.status).toBe(200);
    expect((await inProgress.json()).referral).toMatchObject({
      status: 'in_progress',
      stage: 'in_progress',
      statusReason: 'waiting_for_records',
      statusLabel: 'Waiting for medical records',
    });

    for (const body of [
      { to: 'closed' },
      { to: 'in_progress', reason: 'because' },
      { to: 'received', reason: 'waiting_for_records' },
      { to: 'in_progress', outcome: 'eligible' },
      { to: 'lost' },
      {},
    ]) {
      const response = await api.post(path(id, 'status'), body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
    }
    expect((await api.post(path(id, 'status'), { to: 'received' })).status).toBe(409);
    const closed = await api.post(path(id, 'status'), { to: 'closed', outcome: 'eligible' });
    expect((await closed.json()).referral).toMatchObject({ status: 'closed', outcome: 'eligible', statusLabel: 'Eligible', stage: 'closed', deadlines: [] });
    expect((await stored(id)).history.filter((h) => h.action === 'status')).toEqual([
      expect.objectContaining({ by: 'staff-token', from: 'submitted', to: 'in_progress', reason: 'waiting_for_records', text: 'Asked Dr. Ortiz for records' }),
      expect.objectContaining({ by: 'staff-token', from: 'in_progress', to: 'closed', outcome: 'eligible' }),
    ]);
  });

  it('adds notes exactly as typed (markup included: the console shows them as text) and refuses empty ones', async () => {
    const id = await create();
    const text = '<img src=x onerror="alert(1)"> Mom prefers calls after 3pm';
    expect((await api.post(path(id, 'notes'), { text })).status).toBe(200);
    for (const body of [{ text: '   ' }, { text: 'x'.repeat(2001) }, { note: 'wrong field' }])
      expect((await api.post(path(id, 'notes'), body)).status).toBe(400);
    const wrongType = await fetch(`${stack.baseUrl}${path(id, 'notes')}`, {
      method: 'POST',
      headers: { authorization: 'Bearer local-staff-token', 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(wrongType.status).toBe(415);
    expect((await stored(id)).history.at(-1)).toEqual(expect.objectContaining({ action: 'note', by: 'staff-token', text, at: expect.any(String) }));
  });

  it('sets the HSP care-coordinator due date (notice + 15 days) on Illinois referrals only', async () => {
    const illinois = await create({ queue: ILLINOIS, region: 'IL', county: undefined });
    const response = await api.post(path(illinois, 'deadline'), { noticedOn: '2026-01-02' });
    expect(response.status).toBe(200);
    const { referral } = await response.json();
    expect(referral).toMatchObject({ dueDate: '2026-01-17', careCoordinatorUpdate: { noticedOn: '2026-01-02', dueDate: '2026-01-17' } });
    expect(referral.deadlines).toEqual(expect.arrayContaining([{ rule: 'hsp_care_coordinator', date: '2026-01-17', state: 'overdue' }]));
    expect((await stored(illinois)).history.at(-1)).toEqual(
      expect.objectContaining({ action: 'deadline', by: 'staff-token', noticedOn: '2026-01-02', dueDate: '2026-01-17' }),
    );

    expect((await api.post(path(await create(), 'deadline'), { noticedOn: '2026-01-02' })).status).toBe(400);
    for (const noticedOn of ['2026-02-30', '01/02/2026', '2999-01-01']) expect((await api.post(path(illinois, 'deadline'), { noticedOn })).status).toBe(400);
  });

  describe('deployed: a staff member acts only on their own queues (403, nothing changed)', () => {
    const context = {} as Context;
    const kernStaff = { sub: 'kern-1', email: 'kern-1@example.org', 'cognito:groups': '[queue-county-kern]' };
    const call = (handler: typeof staffReferralActions, routeKey: string, id: string, body?: unknown) =>
      handler(
        jwtEvent(kernStaff, { routeKey, path: routeKey.split(' ')[1].replace('{id}', id), pathParameters: { id }, body }),
        context,
      ) as Promise<HttpResult>;

    it('refuses to open, claim, change, note, date or message a referral in another queue', async () => {
      const fresno = await create({ queue: FRESNO, county: 'Fresno' });
      const before = await stored(fresno);
      expect((await call(staffReferral, 'GET /staff/api/referrals/{id}', fresno)).statusCode).toBe(403);
      for (const [action, body] of [
        ['claim', {}],
        ['release', {}],
        ['status', { to: 'in_progress' }],
        ['notes', { text: 'peek' }],
        ['deadline', { noticedOn: '2026-01-02' }],
      ] as const) {
        const result = await call(staffReferralActions, `POST /staff/api/referrals/{id}/${action}`, fresno, body);
        expect({ action, status: result.statusCode }).toEqual({ action, status: 403 });
      }
      expect((await call(staffMessages, 'POST /staff/api/referrals/{id}/messages', fresno, { templateId: 'received' })).statusCode).toBe(403);
      expect(await stored(fresno)).toEqual(before);
    });

    it('lets them work their own queue, recorded under their id and email', async () => {
      const kern = await create({ queue: KERN });
      expect((await call(staffReferral, 'GET /staff/api/referrals/{id}', kern)).statusCode).toBe(200);
      expect((await call(staffReferralActions, 'POST /staff/api/referrals/{id}/claim', kern, {})).statusCode).toBe(200);
      expect((await stored(kern)).history.slice(-2)).toEqual([
        expect.objectContaining({ action: 'status', to: 'received', by: 'kern-1', byName: 'kern-1@example.org' }),
        expect.objectContaining({ action: 'claimed', by: 'kern-1', byName: 'kern-1@example.org' }),
      ]);
    });
  });
});
