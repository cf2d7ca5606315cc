import type { Context } from 'aws-lambda';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { FRESNO, jwtEvent, newReferral, staffClient } from '../helpers/staffFixtures';
import { handler as staffQueues } from '../../functions/staffQueues';
import { handler as staffExport } from '../../functions/staffExport';
import { handler as staffStats } from '../../functions/staffStats';
import { addDays } from '../../src/referrals/businessDays';
import type { HttpResult } from '../../src/http/types';
import type { NewReferral } from '../../src/referrals/model';
import { logger } from '../../src/observability/logger';

/** Queue counts, the CSV export and the chart data, over HTTP on DynamoDB Local. */
describe('Staff reports: GET /staff/api/queues, /export.csv, /stats', () => {
  let stack: TestStack;
  let api: ReturnType<typeof staffClient>;
  let today: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    stack = await startTestStack();
    api = staffClient(stack.baseUrl);
    const { store, calendar } = stack.runtime.referrals;
    today = calendar.localDate(new Date());
    const create = async (overrides: Partial<NewReferral>) => (await store.create(newReferral(overrides))).referral.id;
    ids.overdue = await create({ firstContactDue: addDays(today, -1) });
    ids.dueToday = await create({ firstContactDue: today });
    ids.claimed = await create({ firstContactDue: addDays(today, 3) });
    ids.inProgress = await create({ firstContactDue: addDays(today, -5) });
    ids.closed = await create({ firstContactDue: addDays(today, -5) });
    // Whatever a field holds, a spreadsheet must not run it.
    ids.formula = await create({ queue: FRESNO, county: '=HYPERLINK("http://evil.example","click")', firstContactDue: addDays(today, 2) });
    const by = { by: 'staff-1' };
    await store.claim(ids.claimed, { staff: { id: 'staff-1', name: '+danger@example.org' } });
    await store.updateStatus(ids.inProgress, { to: 'in_progress', ...by });
    await store.updateStatus(ids.closed, { to: 'in_progress', ...by });
    await store.updateStatus(ids.closed, { to: 'closed', outcome: 'eligible', ...by });
  });
  afterAll(() => stack.close());

  it("counts each queue's items per tab, with overdue and due today, for the caller's queues", async () => {
    const response = await api.get('/staff/api/queues');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.staff).toEqual({ id: 'staff-token', queues: '*' });
    expect(body.today).toBe(today);
    expect(body.queues.find((q: { id: string }) => q.id === 'county-kern')).toEqual({
      id: 'county-kern',
      name: 'Kern County CCS office',
      kind: 'county',
      counts: { new: 2, claimed: 1, in_progress: 1, closed: 1, overdue: 1, dueToday: 1 },
    });
    expect(body.queues).toHaveLength(stack.runtime.referrals.router.queues().length);

    const fresnoOnly = (await staffQueues(
      jwtEvent({ sub: 'f-1', 'custom:queues': 'county-fresno' }, { routeKey: 'GET /staff/api/queues', path: '/staff/api/queues' }),
      {} as Context,
    )) as HttpResult;
    expect(JSON.parse(fresnoOnly.body!).queues.map((q: { id: string }) => q.id)).toEqual(['county-fresno']);
  });

  it('lists a queue with the stage, deadlines and assignee the console sorts and highlights by', async () => {
    const { referrals } = await (await api.get('/staff/api/referrals?queue=county-kern&status=open')).json();
    const byId = Object.fromEntries(referrals.map((r: { id: string }) => [r.id, r]));
    expect(Object.keys(byId).sort()).toEqual([ids.overdue, ids.dueToday, ids.claimed, ids.inProgress].sort());
    expect(byId[ids.overdue]).toMatchObject({ stage: 'new', deadlines: [{ rule: 'first_contact', state: 'overdue', date: addDays(today, -1) }] });
    expect(byId[ids.dueToday].deadlines).toEqual([{ rule: 'first_contact', state: 'today', date: today }]);
    expect(byId[ids.claimed]).toMatchObject({ stage: 'claimed', assignee: { id: 'staff-1' }, deadlines: [{ state: 'upcoming' }] });
    // In progress: first contact made, so its past first-contact date is no longer a deadline.
    expect(byId[ids.inProgress]).toMatchObject({ stage: 'in_progress', deadlines: [], firstContactAt: expect.any(String) });
  });

  it('exports a queue as CSV without names, conditions or phone numbers, safe against formula injection; audited', async () => {
    const audit = jest.spyOn(logger, 'info');
    const response = await api.get('/staff/api/export.csv?queue=county-kern');
    expect(response.status).toBe(200);
    expect(audit).toHaveBeenCalledWith('staff audit', { audit: 'exported', staffId: 'staff-token', via: 'token', queue: 'county-kern', count: 5 });
    audit.mockRestore();
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="ccs-referrals-county-kern-${today}.csv"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const csv = await response.text();
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toBe(
      'code,kind,queue,region,county,channel,language,status,created_at,first_contact_due,first_contact_at,due_date,overdue,assignee,closed_at',
    );
    expect(rows).toHaveLength(5);
    expect(csv).not.toMatch(/Mia|Diaz|Rosa|asthma|\+1661/);
    expect(rows.find((r) => r.startsWith(ids.claimed))).toContain(",'+danger@example.org,");
    expect(rows.find((r) => r.startsWith(ids.closed))).toMatch(/,Eligible,.*,no,,\d{4}-\d{2}-\d{2}T/);
    expect(rows.find((r) => r.startsWith(ids.overdue))).toContain(',yes,');

    const all = await (await api.get('/staff/api/export.csv')).text();
    expect(all).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`);
  });

  it('gives the charts referrals per county per week and time to first contact', async () => {
    const response = await api.get('/staff/api/stats?queue=county-kern&weeks=4');
    expect(response.status).toBe(200);
    const stats = await response.json();
    expect(stats.weeks).toHaveLength(4);
    expect(stats.perCounty).toEqual([{ county: 'Kern', counts: [0, 0, 0, 5] }]);
    expect(stats.timeToFirstContact).toEqual([
      { label: 'Same day', count: 2 },
      { label: '1 business day', count: 0 },
      { label: '2 business days', count: 0 },
      { label: '3–5 business days', count: 0 },
      { label: '6 or more', count: 0 },
      { label: 'Not yet contacted', count: 3 },
    ]);
  });

  it('refuses reports on a queue the caller is not in (403) and malformed queries (400)', async () => {
    const kernStaff = { sub: 'k-1', 'cognito:groups': '[queue-county-kern]' };
    for (const [handler, route] of [
      [staffExport, 'GET /staff/api/export.csv'],
      [staffStats, 'GET /staff/api/stats'],
    ] as const) {
      const result = (await handler(
        jwtEvent(kernStaff, { routeKey: route, path: route.split(' ')[1], query: 'queue=county-fresno' }),
        {} as Context,
      )) as HttpResult;
      expect({ route, status: result.statusCode }).toEqual({ route, status: 403 });
    }
    const mine = (await staffExport(
      jwtEvent(kernStaff, { routeKey: 'GET /staff/api/export.csv', path: '/staff/api/export.csv' }),
      {} as Context,
    )) as HttpResult;
    expect(mine.body).not.toContain('HYPERLINK');
    for (const query of ['?queue=county-narnia', '?weeks=0', '?weeks=99', '?surprise=1']) {
      expect((await api.get(`/staff/api/stats${query}`)).status).toBe(400);
    }
    expect((await api.get('/staff/api/export.csv?queue=Kern')).status).toBe(400);
  });
});
