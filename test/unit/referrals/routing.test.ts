import routingJson from '../../../content/routing.json';
import countiesJson from '../../../content/counties.json';
import { Router } from '../../../src/referrals/routing';
import { routingSchema } from '../../../src/referrals/routingSchema';

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

  it('has a county CCS office queue for every California county in content/counties.json, and every county routes to its own', () => {
    const router = new Router();
    for (const county of countiesJson) {
      const queue = router.route({ region: 'CA', county: county.name, mediCal: 'full', mediCalPlan: county.wcm?.plans[0].name });
      expect({ county: county.name, kind: queue.kind, counties: queue.counties }).toEqual({ county: county.name, kind: 'county', counties: [county.name] });
    }
  });

  it('has a plan care team queue for every Whole Child Model plan in content/counties.json', () => {
    const plans = new Set(countiesJson.flatMap((c) => (c.wcm?.confidence === 'high' ? c.wcm.plans.map((p) => p.name) : [])));
    expect([...plans].sort()).toEqual(routingJson.planTeams.map((t) => t.plan).sort());
  });
});

describe('Router', () => {
  const router = new Router();

  it('sends a county to its CCS office queue', () => {
    expect(router.route({ region: 'CA', county: 'Kern' }).id).toBe('county-kern');
    expect(router.route({ region: 'CA', county: 'Los Angeles' }).id).toBe('county-los-angeles');
  });

  it("sends a Whole Child Model county to its county office, whatever the child's coverage", () => {
    for (const mediCal of ['full', 'no', 'unsure', 'limited'] as const) {
      expect(router.route({ region: 'CA', county: 'Yolo', mediCal, mediCalPlan: 'Partnership HealthPlan of California' }).id).toBe('county-yolo');
    }
    expect(router.route({ region: 'CA', county: 'Orange' }).id).toBe('county-orange');
  });

  it("tells a Whole Child Model plan's care team only about its own full-scope Medi-Cal members, in counties content is sure of", () => {
    const teams = (county: string, mediCal: 'full' | 'no' | 'unsure', mediCalPlan?: string) =>
      router.planTeams({ region: 'CA', county, mediCal, mediCalPlan }).map((q) => q.id);
    expect(teams('Yolo', 'full', 'Partnership HealthPlan of California')).toEqual(['wcm-partnership']);
    expect(teams('Yolo', 'full', 'Kaiser Permanente')).toEqual(['wcm-kaiser']);
    expect(teams('Yolo', 'no', 'Partnership HealthPlan of California')).toEqual([]);
    expect(teams('Yolo', 'full', 'unsure')).toEqual([]);
    expect(teams('Orange', 'full', 'CalOptima Health')).toEqual(['wcm-caloptima']);
    // Kaiser is a Whole Child Model plan only in its own counties; CalOptima only in Orange.
    expect(teams('Humboldt', 'full', 'Kaiser Permanente')).toEqual([]);
    expect(teams('Yolo', 'full', 'CalOptima Health')).toEqual([]);
    // Butte's WCM row is "low" confidence in content/counties.json: stored, never acted on.
    expect(teams('Butte', 'full', 'Partnership HealthPlan of California')).toEqual([]);
  });

  it("reads the plan a person names, among the county's own plans", () => {
    expect(router.planNamedIn(' we have partnership ', 'Yolo')).toBe('Partnership HealthPlan of California');
    expect(router.planNamedIn(' kaiser ', 'Yolo')).toBe('Kaiser Permanente');
    expect(router.planNamedIn(' kaiser ', 'Humboldt')).toBeUndefined();
    expect(router.planNamedIn(' health net ', 'Yolo')).toBeUndefined();
  });

  it('promises families no first-contact time unless an office confirmed one', () => {
    expect(router.queues().filter((q) => router.confirmedFirstContactDays(q) !== undefined)).toEqual([]);
    const content = routingSchema.parse({
      ...routingJson,
      queues: routingJson.queues.map((q) =>
        q.id === 'county-kern'
          ? { ...q, confirmedFirstContact: { businessDays: 3, confirmedBy: 'Kern County CCS intake supervisor', confirmedOn: '2026-12-01' } }
          : q,
      ),
    });
    expect(new Router(content).confirmedFirstContactDays(new Router(content).queue('county-kern'))).toBe(3);
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

  it("rejects content whose rules point at a missing queue, or a plan team at another plan's queue", () => {
    expect(routingSchema.safeParse({ ...routingJson, rules: [{ when: { region: 'IL' }, queue: 'nowhere' }] }).success).toBe(false);
    expect(routingSchema.safeParse({ ...routingJson, planTeams: [{ plan: 'Kaiser Permanente', queue: 'wcm-partnership', names: ['kaiser'] }] }).success).toBe(
      false,
    );
  });
});
