import templatesJson from '../../../content/staff-templates.json';
import { BusinessCalendar } from '../../../src/referrals/businessDays';
import { Router } from '../../../src/referrals/routing';
import { MemoryReferralStore } from '../../helpers/memoryReferralStore';
import { MAX_FAMILY_MESSAGE } from '../../../src/staff/familyMessageRules';
import { familyLanguage, familyTemplates } from '../../../src/staff/templates';
import { staffTemplatesSchema } from '../../../src/staff/templatesSchema';
import { newReferral } from '../../helpers/staffFixtures';
import { fill } from '../../../src/family/statusContent';
import { MAX_SEGMENTS_PER_MESSAGE, segmentInfo } from '../../../src/channels/sms/segments';

describe('Content: staff-templates.json', () => {
  it('matches its schema: unique ids, English and Spanish, allowed placeholders, no CANCEL or QUIT, at most 320 characters', () => {
    expect(() => staffTemplatesSchema.parse(templatesJson)).not.toThrow();
  });

  it('rejects a template that would leak the child or the condition, or unsubscribe a texter', () => {
    const bad = (text: string) => ({ ...templatesJson, family: [{ id: 'x', label: 'x', text: { en: text, es: 'Hola' } }] });
    expect(staffTemplatesSchema.safeParse(bad('About {childFirstName}')).success).toBe(false);
    expect(staffTemplatesSchema.safeParse(bad('Your {condition} referral')).success).toBe(false);
    expect(staffTemplatesSchema.safeParse(bad('Reply QUIT to stop')).success).toBe(false);
    expect(staffTemplatesSchema.safeParse({ ...templatesJson, family: [...templatesJson.family, templatesJson.family[0]] }).success).toBe(false);
  });

  it('checks what a template says it repeats: one status, in-progress reason or closing outcome that content/statuses.json has', () => {
    const repeating = (repeats: unknown) => ({ ...templatesJson, family: [{ ...templatesJson.family[0], repeats }] });
    for (const repeats of [{ status: 'received' }, { reason: 'waiting_for_records' }, { outcome: 'could_not_reach' }]) {
      expect(staffTemplatesSchema.safeParse(repeating(repeats)).success).toBe(true);
    }
    for (const repeats of [
      { status: 'opened' },
      { reason: 'waiting_for_x_rays' },
      { outcome: 'approved' },
      { status: 'received', reason: 'waiting_for_records' },
      'received',
    ]) {
      expect({ repeats, ok: staffTemplatesSchema.safeParse(repeating(repeats)).success }).toEqual({ repeats, ok: false });
    }
  });

  it('has Spanish written apart from the English (not a copy)', () => {
    for (const template of templatesJson.family) expect(template.text.es).not.toBe(template.text.en);
  });
});

describe('familyTemplates', () => {
  const router = new Router();
  const calendar = new BusinessCalendar();
  const context = { router, calendar, today: '2026-01-07' };

  it("fills in the office, the code and the call-by date, in the family's language, and fits in 320 characters for every queue", async () => {
    const store = new MemoryReferralStore();
    for (const queue of router.queues()) {
      for (const language of ['en', 'es'] as const) {
        const { referral } = await store.create(newReferral({ queue: { id: queue.id, name: queue.name.en }, language, preferredLanguage: language }));
        for (const t of familyTemplates(referral, context)) {
          expect(t.text).not.toMatch(/\{\w+\}/);
          expect(t.text.length).toBeLessThanOrEqual(MAX_FAMILY_MESSAGE);
          expect(t.text).toContain(queue.name[language]);
          expect(t.text).not.toMatch(/Mia|Diaz|asthma/);
        }
      }
    }
    const { referral } = await store.create(newReferral({ language: 'es', preferredLanguage: 'es', firstContactDue: '2026-01-09' }));
    expect(familyTemplates(referral, context).map((t) => [t.id, t.repeats])).toEqual([
      ['received', { status: 'received' }],
      ['records', { reason: 'waiting_for_records' }],
      ['tried_to_call', { outcome: 'could_not_reach' }],
      ['free', undefined],
    ]);
    expect(familyTemplates(referral, context)[0].text).toBe(
      `Mensaje de la oficina de CCS del condado de Kern: recibimos su referencia de CCS ${referral.code}. Le llamaremos a más tardar el viernes, 9 de enero de 2026.`,
    );
  });

  it("fits every template in 3 SMS segments (Twilio's count) for every queue a referral can be in, in both languages, on every weekday", async () => {
    const store = new MemoryReferralStore();
    // A referral's own queue is a county office, Illinois or the statewide fallback; plan care teams are only told besides (src/referrals/routing.ts).
    for (const queue of router.queues().filter((q) => q.kind !== 'wcm-plan')) {
      for (const language of ['en', 'es'] as const) {
        // September 30, 2026 is a Wednesday ("miércoles"): the longest weekday and month; the other days of that week too.
        for (const firstContactDue of ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02']) {
          const { referral } = await store.create(
            newReferral({ queue: { id: queue.id, name: queue.name.en }, language, preferredLanguage: language, firstContactDue }),
          );
          for (const t of familyTemplates(referral, { ...context, today: '2026-09-01' })) {
            const { segments, encoding } = segmentInfo(t.text);
            expect(segments <= MAX_SEGMENTS_PER_MESSAGE ? 'fits' : { queue: queue.id, template: t.id, segments, encoding, text: t.text }).toBe('fits');
          }
        }
      }
    }
  });

  it('never promises a date already behind us: the next business day instead', async () => {
    const { referral } = await new MemoryReferralStore().create(newReferral({ firstContactDue: '2026-01-02' }));
    expect(familyTemplates(referral, { ...context, today: '2026-01-09' })[0].text).toMatch(/by Monday, January 12, 2026\.$/);
  });

  it('writes in the language the family asked the office to use, else the one they chatted in', () => {
    expect(familyLanguage({ language: 'en', preferredLanguage: 'es' })).toBe('es');
    expect(familyLanguage({ language: 'es', preferredLanguage: 'en' })).toBe('en');
    expect(familyLanguage({ language: 'es', preferredLanguage: 'Hmong' })).toBe('es');
    expect(familyLanguage({ language: 'en' })).toBe('en');
  });
});

describe('Spanish office names in templates', () => {
  it('contracts "de el" and "a el" as Spanish does, and keeps a name such as El Dorado', () => {
    expect(fill('Mensaje de {office}: llame a {office}.', { office: 'el equipo de programas de Illinois' })).toBe(
      'Mensaje del equipo de programas de Illinois: llame al equipo de programas de Illinois.',
    );
    expect(fill('Mensaje de {office}.', { office: 'la oficina de CCS del condado de El Dorado' })).toBe(
      'Mensaje de la oficina de CCS del condado de El Dorado.',
    );
  });
});
