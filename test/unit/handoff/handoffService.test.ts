import { TestAdapter, type Activity } from 'botbuilder-core';
import routingJson from '../../../content/routing.json';
import { createHandoff, handoffReplies, type HandoffRequest, type HandoffResult } from '../../../src/handoff';
import { ReferralServicesMiddleware } from '../../../src/bot/turnServices';
import { setTurnProfile } from '../../../src/bot/turnLanguage';
import { stampChannelMiddleware } from '../../../src/channels/verifiedChannel';
import { counties } from '../../../src/content/directory';
import type { Lang } from '../../../src/i18n';
import { CODE_PATTERN } from '../../../src/referrals/code';
import { Router } from '../../../src/referrals/routing';
import { routingSchema } from '../../../src/referrals/routingSchema';
import { createReferralServices } from '../../../src/referrals/services';
import { formatPhone } from '../../../src/referrals/validation';
import { MemoryReferralStore } from '../../helpers/memoryReferralStore';
import { PHONE, WEDNESDAY } from '../referrals/harness';

/** A county office's phone as content/counties.json has it. */
const officePhone = (county: string) => counties.find((c) => c.name === county)!.office!.phone;

/**
 * One turn on `channel` (a Wednesday in California) that asks for a handoff with `request`, in
 * `lang`: the item stored and what the person is told.
 */
async function handOff(
  request: HandoffRequest,
  { channel = 'sms', lang = 'en', router = new Router() }: { channel?: 'sms' | 'webchat'; lang?: Lang; router?: Router } = {},
) {
  const store = new MemoryReferralStore();
  const results: HandoffResult[] = [];
  const adapter = new TestAdapter(
    async (context) => {
      setTurnProfile(context, { lang });
      const result = await createHandoff(context, request);
      results.push(result);
      await context.sendActivities(handoffReplies(result, lang));
    },
    { channelId: channel, conversation: { id: 'conv-handoff-test' } } as never,
  );
  // On SMS the sender is the phone number, as the Twilio adapter sets it.
  adapter.conversation.user = { id: PHONE, name: '', role: 'user' };
  if (channel === 'sms') adapter.use(stampChannelMiddleware((context) => ({ channel: 'sms', phone: context.activity.from.id })));
  adapter.use(new ReferralServicesMiddleware(createReferralServices(store, { now: () => WEDNESDAY, router })));
  await adapter.receiveActivity('talk to a person');
  const told = (adapter.activeQueue as Partial<Activity>[])
    .flatMap((reply) => [reply.text, ...(reply.attachments ?? []).flatMap((a) => [a.content?.title, a.content?.text])])
    .filter(Boolean)
    .join('\n');
  return { items: [...store.items.values()], result: results[0], told };
}

describe('A handoff to staff: what the item holds and where it goes (src/handoff)', () => {
  it('mid-intake on SMS: the county office gets it with the answers so far (not the intake internals), the texting phone and a first contact due in 2 business days', async () => {
    const { items, told } = await handOff({
      reason: 'person',
      during: 'condition',
      known: {
        intakeId: 'intake-1',
        startedAt: '2026-01-07T17:55:00Z',
        role: 'parent',
        referrerName: 'Maria Lopez',
        childFirstName: 'Juan',
        childLastName: 'Perez',
        dateOfBirth: '2015-03-25',
        region: 'CA',
        county: 'Kern',
      },
    });
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      kind: 'handoff',
      status: 'submitted',
      queue: { id: 'county-kern' },
      county: 'Kern',
      channel: 'sms',
      phone: PHONE,
      contact: { channel: 'sms', key: PHONE },
      referrer: { role: 'parent', name: 'Maria Lopez' },
      child: { firstName: 'Juan', lastName: 'Perez', dateOfBirth: '2015-03-25' },
      // content/routing.json defaults.firstContactBusinessDays is 2: Wednesday the 7th → Friday the 9th.
      firstContactDue: '2026-01-09',
      handoff: { reason: 'person', during: 'condition' },
    });
    expect(routingJson.defaults.firstContactBusinessDays).toBe(2);
    expect(item.handoff!.known).not.toHaveProperty('intakeId');
    expect(item.handoff!.known).not.toHaveProperty('startedAt');
    expect(item.code).toMatch(CODE_PATTERN);
    // Told who has it, the code, 911, and the office to call now; no time, since Kern has not confirmed one.
    expect(told).toMatch(/Kern County CCS office to contact you at \(661\) 555-0123/);
    expect(told).toContain(item.code);
    expect(told).toMatch(/call 911/);
    expect(told).toContain(officePhone('Kern'));
    expect(told).not.toMatch(/business days/);
  });

  it('with no county known: the statewide intake team takes it, and the person is pointed to the state list of offices', async () => {
    const { items, told } = await handOff({ reason: 'person' });
    expect(items[0]).toMatchObject({ kind: 'handoff', queue: { id: routingJson.fallbackQueue }, region: 'CA' });
    expect(items[0].county).toBeUndefined();
    expect(told).toMatch(/find the county CCS office in the state's list: https:\/\/www\.dhcs\.ca\.gov/);
  });

  it('from Illinois: the Illinois team takes it and no California county is kept', async () => {
    const { items } = await handOff({ reason: 'person', known: { region: 'IL', county: 'Kern' } });
    expect(items[0]).toMatchObject({ queue: { id: 'illinois-team' }, region: 'IL' });
    expect(items[0].county).toBeUndefined();
  });

  it('on the web: the phone the person gave is the one staff call; with none, they are told to come back to the chat', async () => {
    const called = await handOff({ reason: 'person', known: { region: 'CA', county: 'Fresno', phone: '+15595550134' } }, { channel: 'webchat' });
    expect(called.items[0]).toMatchObject({ channel: 'web', phone: '+15595550134', contact: { channel: 'web', key: 'conv-handoff-test' } });
    expect(called.told).toContain(`contact you at ${formatPhone('+15595550134')}`);
    const inChat = await handOff({ reason: 'person', known: { region: 'CA', county: 'Fresno' } }, { channel: 'webchat' });
    expect(inChat.items[0].phone).toBeUndefined();
    expect(inChat.told).toMatch(/answer you here in this chat/);
  });

  it('in Spanish: the same item, told in Spanish with the office to call', async () => {
    const { items, told } = await handOff({ reason: 'person', known: { region: 'CA', county: 'Kern' } }, { lang: 'es' });
    expect(items[0]).toMatchObject({ language: 'es', queue: { id: 'county-kern' } });
    expect(told).toMatch(/Listo: le pedí a la oficina de CCS del condado de Kern que se comunique con usted al \(661\) 555-0123/);
    expect(told).toMatch(/Si es una emergencia, llame al 911/);
    expect(told).toContain(officePhone('Kern'));
  });

  it('a time is promised only when the office confirmed one: then the item carries that date and the person is told it', async () => {
    const confirmed = routingSchema.parse({
      ...routingJson,
      queues: routingJson.queues.map((q) =>
        q.id === 'county-kern' ? { ...q, confirmedFirstContact: { businessDays: 3, confirmedBy: 'a test office', confirmedOn: '2026-01-02' } } : q,
      ),
    });
    const { items, told } = await handOff({ reason: 'person', known: { region: 'CA', county: 'Kern' } }, { router: new Router(confirmed) });
    expect(items[0].confirmedFirstContactDue).toBe('2026-01-12');
    expect(told).toMatch(/within 3 business days \(by Monday, January 12/);
  });

  it('for the crisis path: one urgent item in the county queue, due today, and staff will reach out as soon as possible', async () => {
    const { items, result, told } = await handOff({ reason: 'crisis', known: { region: 'CA', county: 'Kern' } });
    expect(result.created).toBe(true);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'urgent', queue: { id: 'county-kern' }, firstContactDue: '2026-01-07', handoff: { reason: 'crisis' } });
    expect(told).toMatch(/as soon as possible[\s\S]*CCS-/);
  });
});

describe('createHandoff is idempotent per inbound message', () => {
  it('the same activity twice (an eTag re-run or a Twilio retry) gives back the same handoff, not a second one', async () => {
    const store = new MemoryReferralStore();
    const results: HandoffResult[] = [];
    const adapter = new TestAdapter(async (context) => {
      setTurnProfile(context, { lang: 'en' });
      results.push(await createHandoff(context, { reason: 'crisis', known: { region: 'CA', county: 'Kern' } }));
      results.push(await createHandoff(context, { reason: 'crisis', known: { region: 'CA', county: 'Kern' } }));
    });
    adapter.use(new ReferralServicesMiddleware(createReferralServices(store, { now: () => WEDNESDAY })));
    await adapter.receiveActivity('my child is in danger');
    const [first, again] = results;
    expect([first.created, again.created]).toEqual([true, false]);
    expect(again.referral.id).toBe(first.referral.id);
    expect([...store.items.values()]).toHaveLength(1);
  });
});
