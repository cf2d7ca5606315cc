import faqJson from '../../../content/faq.json';
import countiesJson from '../../../content/counties.json';
import contactsJson from '../../../content/contacts.json';
import { contacts, counties, faq } from '../../../src/content';
import { contactsSchema, countiesSchema, faqSchema } from '../../../src/content/schema';
import { fold } from '../../../src/knowledge/normalize';

describe('Content: schemas', () => {
  it('faq.json matches its schema', () => {
    // Act
    const result = faqSchema.safeParse(faqJson);
    // Assess
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('counties.json matches its schema', () => {
    expect(countiesSchema.safeParse(countiesJson).error?.issues ?? []).toEqual([]);
  });

  it('contacts.json matches its schema', () => {
    expect(contactsSchema.safeParse(contactsJson).error?.issues ?? []).toEqual([]);
  });

  it('rejects a misspelled field name', () => {
    // Prepare
    const entry = { ...structuredClone(faqJson[0]), anwser: 'typo' };
    // Act / Assess
    expect(faqSchema.safeParse([entry]).success).toBe(false);
  });
});

describe('Content: faq.json', () => {
  const contactIds = new Set(contacts.map((c) => c.id));

  it('has unique ids', () => {
    expect(new Set(faq.map((e) => e.id)).size).toBe(faq.length);
  });

  it('has every entry in English and Spanish with a source and a verified date', () => {
    for (const entry of faq) {
      expect(entry.questions.en.length).toBeGreaterThanOrEqual(4);
      expect(entry.questions.es.length).toBeGreaterThanOrEqual(4);
      expect(entry.answer.es).not.toEqual(entry.answer.en);
      expect(entry.source.doc).toMatch(/seeds\/|reference\//);
      expect(entry.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps answers short enough for a text message', () => {
    const long = faq.filter((e) => e.answer.en.length > 360 || e.answer.es.length > 360).map((e) => e.id);
    expect(long).toEqual([]);
  });

  it('links only to contacts that exist', () => {
    const missing = faq.flatMap((e) => (e.contactIds ?? []).filter((id) => !contactIds.has(id)));
    expect(missing).toEqual([]);
  });
});

describe('Content: counties.json', () => {
  it('lists all 58 California counties once', () => {
    expect(counties).toHaveLength(58);
    expect(new Set(counties.map((c) => c.name)).size).toBe(58);
  });

  it('ships the seed numbers for the seven Health Net counties', () => {
    const seeded = counties.filter((c) => c.office?.confidence === 'seed').map((c) => c.name);
    expect(seeded.sort()).toEqual(['Kern', 'Los Angeles', 'Sacramento', 'San Diego', 'San Joaquin', 'Stanislaus', 'Tulare']);
  });

  it('never ships a low-confidence number', () => {
    const numbers = counties.flatMap((c) => [c.office, ...(c.otherNumbers ?? [])]).filter(Boolean);
    expect(numbers.filter((n) => n?.confidence === 'low')).toEqual([]);
  });

  it('shows both San Diego faxes (Health Net 2020 and the county page)', () => {
    const sd = counties.find((c) => c.name === 'San Diego');
    expect(sd?.office?.fax).toBe('(619) 528-4087');
    expect(sd?.otherNumbers?.map((n) => n.fax)).toContain('(858) 514-6514');
  });

  it('gives each ZIP prefix, city and alias to one county only', () => {
    const owners = new Map<string, string[]>();
    for (const c of counties) {
      for (const key of [...c.zipPrefixes.map((z) => `zip:${z}`), ...[c.name, ...c.aliases, ...c.cities].map((n) => `name:${fold(n).trim()}`)]) {
        owners.set(key, [...new Set([...(owners.get(key) ?? []), c.name])]);
      }
    }
    const shared = [...owners].filter(([, names]) => names.length > 1);
    expect(shared).toEqual([]);
  });
});

describe('Content: contacts.json', () => {
  it('has unique ids', () => {
    expect(new Set(contacts.map((c) => c.id)).size).toBe(contacts.length);
  });
});
