import fs from 'fs';
import path from 'path';
import faqJson from '../../../content/faq.json';
import countiesJson from '../../../content/counties.json';
import contactsJson from '../../../content/contacts.json';

/**
 * The "never invented" guard: every phone, fax, email and web address the bot can say must appear
 * in a source document under shared/ (the seeds or the reference research).
 */

const SHARED = path.resolve(__dirname, '../../../../shared');
const sourceFiles = ['seeds', 'reference'].flatMap((dir) =>
  fs.readdirSync(path.join(SHARED, dir)).map((f) => fs.readFileSync(path.join(SHARED, dir, f), 'utf8')),
);
const corpus = sourceFiles.join('\n');

/** All strings in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const PHONE = /(?:\b1[-. ])?\(?\b(\d{3})\)?[-. ]?(\d{3})[-. ](\d{4})\b/g;
const tenDigits = (text: string) => [...text.matchAll(PHONE)].map((m) => `${m[1]}${m[2]}${m[3]}`);
const sourcePhones = new Set(tenDigits(corpus));
const bare = (url: string) => url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\d?\./, '').replace(/\/$/, '');
const content = strings([faqJson, countiesJson, contactsJson]);
/** Sources and citations may name pages; everything else is what the bot says. */
const spoken = strings([
  faqJson.map((e) => [e.answer, e.title]),
  contactsJson.map((c) => [c.name, c.appliesTo, c.phone, c.email, c.url]),
  countiesJson.map((c) => [c.office, c.otherNumbers]),
]);

describe('Content: provenance', () => {
  it('finds source documents to check against', () => {
    expect(sourcePhones.size).toBeGreaterThan(20);
  });

  it('contains no phone or fax number that is not in a source document', () => {
    const invented = content.flatMap(tenDigits).filter((n) => !sourcePhones.has(n));
    expect(invented).toEqual([]);
  });

  it('contains no email address that is not in a source document', () => {
    const emails = content.flatMap((s) => s.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []);
    expect(emails.length).toBeGreaterThan(3);
    expect(emails.filter((e) => !corpus.toLowerCase().includes(e.toLowerCase()))).toEqual([]);
  });

  it('contains no web address that is not in a source document', () => {
    const urls = spoken.flatMap((s) => s.match(/https?:\/\/[^\s),]+/g) ?? []).map((u) => u.replace(/[.]$/, ''));
    const sourceText = bare(corpus);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !corpus.toLowerCase().includes(bare(u)) && !sourceText.includes(bare(u)))).toEqual([]);
  });

  it('cites seed files that exist', () => {
    const cited = content.flatMap((s) => s.match(/seeds\/[\w.]+\.txt/g) ?? []);
    expect(cited.length).toBeGreaterThan(10);
    for (const file of new Set(cited)) expect(fs.existsSync(path.join(SHARED, file))).toBe(true);
  });

  it('never tells anyone to text an SMS opt-out word (carriers unsubscribe them)', () => {
    const optOut = /\b(text|reply|send|type|escriba|env[ií]e|mande|responda)\b[^.]{0,20}\b(cancel|quit|stop|end|unsubscribe|cancelar|salir)\b/i;
    expect(spoken.filter((s) => optOut.test(s))).toEqual([]);
  });
});
