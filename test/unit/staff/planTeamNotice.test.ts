import { OutboxEmailSender } from '../../../src/staff/email';
import { StaffNotifier } from '../../../src/staff/staffNotifier';
import { Router } from '../../../src/referrals/routing';
import type { NewReferral } from '../../../src/referrals/model';
import { MemoryReferralStore } from '../../helpers/memoryReferralStore';
import { referralForStaff } from '../../../src/staff/access';
import { newReferral } from '../../helpers/staffFixtures';

/**
 * A Whole Child Model plan's care team is told about its own full-scope member's referral, which
 * the county office has: its own message (its example address in content/routing.json), the
 * county queue's message names the team, each goes out once, and the team can open the referral.
 */

const texts: { to: string; body: string }[] = [];
const sms = { send: async (to: string, body: string) => (texts.push({ to, body }), { sid: `SM${texts.length}` }) };

const PARTNERSHIP_TEAM = { id: 'wcm-partnership', name: 'Partnership HealthPlan of California care team (Whole Child Model)' };

/** A Yolo child with full-scope Medi-Cal with Partnership HealthPlan: the Yolo County CCS office has the referral. */
function yoloReferral(alsoTold: NewReferral['alsoTold']): NewReferral {
  return newReferral({
    queue: { id: 'county-yolo', name: 'Yolo County CCS office' },
    county: 'Yolo',
    child: { firstName: 'Juan', lastName: 'Perez', dateOfBirth: '2015-03-25' },
    condition: 'heart murmur',
    mediCalPlan: 'Partnership HealthPlan of California',
    alsoTold,
  });
}

describe('Telling a Whole Child Model plan care team', () => {
  const router = new Router();
  const store = new MemoryReferralStore();
  const email = new OutboxEmailSender();
  const notifier = new StaffNotifier({ store, router, sms, email, consoleBaseUrl: 'https://ccs.example.org' });
  beforeEach(() => (texts.length = 0));

  it("sends the county queue's targets a message naming the team, and the team its own, each once, with no personal details", async () => {
    const { referral } = await store.create(yoloReferral([PARTNERSHIP_TEAM]));
    const sentBefore = email.sent.length;
    expect(await notifier.notify(referral.id)).toBe('notified');
    const fallback = router.fallback().notify;
    const emails = email.sent.slice(sentBefore);
    expect(texts).toEqual([
      {
        to: fallback?.sms,
        body: expect.stringContaining(`${referral.code} for Yolo County CCS office. Also told: Partnership HealthPlan of California care team`),
      },
    ]);
    const team = emails.find((m) => m.to === 'wcm-partnership@example.org');
    expect(team?.subject).toBe(`[CCS Navigator] referral ${referral.code} for a member of your plan (Yolo County CCS office)`);
    expect(team?.text).toMatch(/In a Whole Child Model county the plan does CCS case management for its own members/);
    expect(emails.find((m) => m.to === fallback?.email)?.text).toMatch(/Also told: Partnership HealthPlan of California care team/);
    expect(JSON.stringify([texts, emails])).not.toMatch(/Juan|Perez|murmur/);
    expect((await store.get(referral.id))?.notifications).toMatchObject({
      sms: { status: 'sent' },
      email: { status: 'sent' },
      'email:wcm-partnership': { status: 'sent' },
    });

    // A redelivered stream record sends nothing again.
    expect(await notifier.notify(referral.id)).toBe('already');
    expect(email.sent.length - sentBefore).toBe(2);
  });

  it('tells nobody but the county queue when no plan team was told', async () => {
    const { referral } = await store.create(yoloReferral(undefined));
    const sentBefore = email.sent.length;
    await notifier.notify(referral.id);
    expect(email.sent.slice(sentBefore).map((m) => m.to)).toEqual([router.fallback().notify?.email]);
    expect(texts[0].body).not.toMatch(/Also told/);
  });

  it('lets the told team open the referral, and nobody from another plan', async () => {
    const { referral } = await store.create(yoloReferral([PARTNERSHIP_TEAM]));
    const staff = (queues: string[]) => ({ id: 'u1', queues, via: 'jwt' as const });
    await expect(referralForStaff(store, staff(['wcm-partnership']), referral.id)).resolves.toMatchObject({ id: referral.id });
    await expect(referralForStaff(store, staff(['county-yolo']), referral.id)).resolves.toMatchObject({ id: referral.id });
    await expect(referralForStaff(store, staff(['wcm-caloptima']), referral.id)).rejects.toMatchObject({ statusCode: 403 });
  });
});
