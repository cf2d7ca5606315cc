import { startTestStack, type TestStack } from '../helpers/localStack';
import { FRESNO, KERN, newReferral, staffClient } from '../helpers/staffFixtures';

/** Input a client got wrong, or edited on purpose, is the client's error: a clear 4xx, never a 500. */
describe('edited cursors and broken %-escapes', () => {
  let stack: TestStack;
  let staff: ReturnType<typeof staffClient>;
  beforeAll(async () => {
    stack = await startTestStack();
    staff = staffClient(stack.baseUrl);
    for (const queue of [KERN, KERN, KERN, FRESNO, FRESNO]) await stack.runtime.referrals.store.create(newReferral({ queue }));
  });
  afterAll(() => stack.close());

  const page = async (queue: string, cursor?: string) => {
    const response = await staff.get(`/staff/api/referrals?queue=${queue}&limit=1${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`);
    return { status: response.status, body: await response.json().catch(() => undefined) };
  };

  it('follows a genuine cursor to the next page', async () => {
    const first = await page('county-kern');
    expect(first.status).toBe(200);
    expect(first.body.cursor).toEqual(expect.any(String));
    const second = await page('county-kern', first.body.cursor);
    expect(second.status).toBe(200);
    expect(second.body.referrals[0].id).not.toBe(first.body.referrals[0].id);
  });

  it('refuses an edited, truncated or foreign cursor with 400', async () => {
    const kern = (await page('county-kern')).body.cursor as string;
    const fresno = (await page('county-fresno')).body.cursor as string;
    const key = JSON.parse(Buffer.from(kern, 'base64url').toString('utf8'));
    const tampered = [
      kern.slice(0, -3),
      `${kern}x`,
      'x',
      Buffer.from('not json').toString('base64url'),
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from(JSON.stringify({ ...key, pk: 5 })).toString('base64url'),
      Buffer.from(JSON.stringify({ ...key, extra: 'a' })).toString('base64url'),
      Buffer.from(JSON.stringify({ pk: key.pk, sk: key.sk })).toString('base64url'),
      fresno,
    ];
    for (const cursor of tampered) {
      const { status, body } = await page('county-kern', cursor);
      expect({ cursor, status }).toEqual({ cursor, status: 400 });
      expect(JSON.stringify(body ?? '')).not.toMatch(/Internal error/);
    }
  });

  it.each(['/staff/api/referrals/%E0%A4%A', '/staff/api/referrals/%ZZ/claim', '/staff/referrals/%'])(
    'answers a broken %%-escape in %s with 400',
    async (path) => {
      const response = await fetch(`${stack.baseUrl}${path}`, {
        method: path.endsWith('/claim') ? 'POST' : 'GET',
        headers: { authorization: 'Bearer local-staff-token' },
      });
      expect(response.status).toBe(400);
    },
  );
});
