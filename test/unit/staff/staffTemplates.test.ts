import templatesJson from '../../../content/staff-templates.json';
import { BusinessCalendar } from '../../../src/referrals/businessDays';
import { Router } from '../../../src/referrals/routing';
import { MemoryReferralStore } from '../../helpers/memoryReferralStore';
import { familyLanguage, familyTemplates, MAX_FAMILY_MESSAGE, staffTemplatesSchema } from '../../../src/staff/templates';
import { newReferral } from '../../helpers/staffFixtures';

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
    expect(familyTemplates(referral, context)[0].text).toBe(
      `Mensaje de la oficina de CCS del condado de Kern: recibimos su referencia de CCS ${referral.code}. Le llamaremos a más tardar el viernes, 9 de enero de 2026.`,
    );
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
