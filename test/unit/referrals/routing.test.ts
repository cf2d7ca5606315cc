import routingJson from '../../../content/routing.json';
import countiesJson from '../../../content/counties.json';
import { Router, routingSchema } from '../../../src/referrals/routing';

describe('content/routing.json', () => {
  it('matches its schema (queues, rules, fallback with notify targets)', () => {
    const parsed = routingSchema.safeParse(routingJson);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('uses only obviously-placeholder contact values (to be replaced per deployment)', () => {
    for (const queue of routingJson.queues) {
      const notify = (queue as { notify?: { sms?: string; email?: string } }).notify;
      if (notify?.sms) expect(notify.sms).toMatch(/^\+1555555\d{4}$/);
      if (notify?.email) expect(notify.email).toMatch(/@example\.org$/);
    }
    expect(routingJson.$comment).toMatch(/EXAMPLES/);
  });

  it('has a queue for every California county in content/counties.json', () => {
    const router = new Router();
    for (const county of countiesJson) {
      const queue = router.route({ region: 'CA', county: county.name });
      expect(queue.kind === 'county' ? queue.counties : [queue.wcmPlan]).toContain(queue.kind === 'county' ? county.name : county.wcm?.plans[0].name);
    }
  });
});

describe('Router', () => {
  const router = new Router();

  it('sends a county to its CCS office queue', () => {
    expect(router.route({ region: 'CA', county: 'Kern' }).id).toBe('county-kern');
    expect(router.route({ region: 'CA', county: 'Los Angeles' }).id).toBe('county-los-angeles');
  });

  it('sends a county with a confirmed Whole Child Model plan to the plan, an unconfirmed one to the county', () => {
    expect(router.route({ region: 'CA', county: 'Orange' }).id).toBe('wcm-caloptima');
    expect(router.route({ region: 'CA', county: 'Santa Barbara' }).id).toBe('wcm-cencal');
    expect(router.route({ region: 'CA', county: 'Marin' }).id).toBe('wcm-partnership');
    // Butte's WCM row is "low" confidence in content/counties.json: stored, never acted on.
    expect(router.route({ region: 'CA', county: 'Butte' }).id).toBe('county-butte');
  });

  it('sends Illinois to the Illinois team, and an unknown county to the fallback queue', () => {
    expect(router.route({ region: 'IL' }).id).toBe('illinois-team');
    expect(router.route({ region: 'CA' }).id).toBe('statewide-intake');
    expect(router.route({ region: 'CA', county: 'Narnia' }).id).toBe('statewide-intake');
  });

  it('notifies a queue without its own targets through the fallback queue', () => {
    expect(router.notifyTargets(router.queue('county-kern'))).toEqual({ sms: '+15555550198' });
    expect(router.notifyTargets(router.queue('county-fresno'))).toEqual(router.fallback().notify);
    expect(router.firstContactBusinessDays(router.queue('county-kern'))).toBe(2);
  });

  it('builds console links from the template', () => {
    expect(router.consoleLink('https://ccs.example.org/', 'CCS-7K3F9Q')).toBe('https://ccs.example.org/staff/referrals/CCS-7K3F9Q');
  });

  it('follows rules as content: a county rule, first match wins', () => {
    const content = routingSchema.parse({
      ...routingJson,
      rules: [{ when: { county: ['Kern'] }, queue: 'statewide-intake' }, ...routingJson.rules],
    });
    expect(new Router(content).route({ region: 'CA', county: 'Kern' }).id).toBe('statewide-intake');
    expect(new Router(content).route({ region: 'CA', county: 'Fresno' }).id).toBe('county-fresno');
  });

  it('rejects content whose rules point at a missing queue', () => {
    const bad = routingSchema.safeParse({ ...routingJson, rules: [{ when: { region: 'IL' }, queue: 'nowhere' }] });
    expect(bad.success).toBe(false);
  });
});
