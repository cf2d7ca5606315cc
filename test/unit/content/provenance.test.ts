import fs from 'fs';
import path from 'path';
import faqJson from '../../../content/faq.json';
import countiesJson from '../../../content/counties.json';
import contactsJson from '../../../content/contacts.json';
import messagesJson from '../../../content/messages.json';
import referralMessagesJson from '../../../content/referral-messages.json';
import statusMessagesJson from '../../../content/status-messages.json';
import statusesJson from '../../../content/statuses.json';

/**
 * The "never invented" guard: every phone, fax, email, web address, amount and date the bot can
 * say must appear in a source document under shared/ (the seeds or the reference research), and a
 * source's date must be printed in the source it is given for.
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
const bare = (url: string) =>
  url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\d?\./, '')
    .replace(/\/$/, '');
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

  it('gives no office address that a source document does not print word for word', () => {
    const addresses = countiesJson.flatMap((c) => (c.office && 'address' in c.office && c.office.address ? [c.office.address] : []));
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((a) => !corpus.includes(a))).toEqual([]);
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

  it('states no amount or percentage that is not in a source document', () => {
    const amounts = sayable.flatMap((t) => t.match(/\$\s?\d[\d,]*(\.\d+)?|\b\d+(\.\d+)?\s?%/g) ?? []).map((a) => a.replace(/\s/g, ''));
    expect(amounts.length).toBeGreaterThan(1);
    expect([...new Set(amounts)].filter((a) => !corpus.includes(a))).toEqual([]);
  });

  it('states no date, month or year that is not in a source document', () => {
    // Examples of how to write a date ("for example 03/25/2015") are not facts.
    const dates = sayable.map((t) => t.replace(/\b(for example|por ejemplo)[^)]*?(\)|\.(\s|$)|$)/gi, '')).flatMap(spokenDates);
    expect(dates.length).toBeGreaterThan(5);
    expect([...new Set(dates.filter((d) => !inCorpus(d)).map((d) => d.said))]).toEqual([]);
    // The check itself: a month or day no source prints is caught, in either language.
    const invented = ['began in July 2031', 'desde el 3 de marzo de 2019', 'since 2016-2036'].flatMap(spokenDates).filter((d) => !inCorpus(d));
    expect(invented.map((d) => d.said).sort()).toEqual(['2031', '2036', '3 de marzo de 2019', 'july 2031', 'marzo de 2019']);
  });

  it("gives each number's source date only when that source prints it", () => {
    const dated = [...countiesJson.flatMap((c) => [c.office, ...(c.otherNumbers ?? [])]), ...contactsJson].flatMap((n) =>
      n && 'sourceDate' in n && n.sourceDate ? [{ source: n.source, date: n.sourceDate }] : [],
    );
    expect(dated.length).toBeGreaterThan(5);
    const unprinted = dated.filter(({ source, date }) => {
      const seed = source.match(/seeds\/[\w.]+\.txt/)?.[0];
      const text = seed ? fs.readFileSync(path.join(SHARED, seed), 'utf8') : corpus;
      return !datePatterns(date).some((p) => p.test(text));
    });
    expect(unprinted).toEqual([]);
  });
});

/** Everything the bot can say, as text: answers, titles, contact lines, county labels and notes, and its own messages. */
const sayable = strings([
  faqJson.map((e) => [e.answer, e.title]),
  contactsJson.map((c) => [c.name, c.appliesTo]),
  countiesJson.map((c) =>
    [c.office, ...(c.otherNumbers ?? [])].map(
      (n) => n && [n.sourceName, 'label' in n ? n.label : undefined, 'phoneNote' in n ? n.phoneNote : undefined, 'faxNote' in n ? n.faxNote : undefined],
    ),
  ),
  messagesJson,
  referralMessagesJson,
  statusMessagesJson,
  [statusesJson.statuses, statusesJson.reasons, statusesJson.outcomes],
]);

const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['january', 'jan', 'enero'],
    ['february', 'feb', 'febrero'],
    ['march', 'mar', 'marzo'],
    ['april', 'apr', 'abril'],
    ['may', 'mayo'],
    ['june', 'jun', 'junio'],
    ['july', 'jul', 'julio'],
    ['august', 'aug', 'agosto'],
    ['september', 'sept', 'sep', 'septiembre'],
    ['october', 'oct', 'octubre'],
    ['november', 'nov', 'noviembre'],
    ['december', 'dec', 'diciembre'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1])),
);
const MONTH = Object.keys(MONTHS).join('|');

interface SpokenDate {
  said: string;
  year: number;
  month?: number;
  day?: number;
}

/** Dates in English or Spanish words ("January 1, 2023", "1 de enero de 2023", "July 2018", "sept. 2020") and bare years. */
function spokenDates(text: string): SpokenDate[] {
  const found: SpokenDate[] = [];
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(new RegExp(`\\b(${MONTH})\\.? (\\d{1,2}), (\\d{4})`, 'g')))
    found.push({ said: m[0], month: MONTHS[m[1]], day: Number(m[2]), year: Number(m[3]) });
  for (const m of lower.matchAll(new RegExp(`\\b(\\d{1,2}) de (${MONTH}) de (\\d{4})`, 'g')))
    found.push({ said: m[0], month: MONTHS[m[2]], day: Number(m[1]), year: Number(m[3]) });
  for (const m of lower.matchAll(new RegExp(`\\b(${MONTH})\\.?( de)? (\\d{4})`, 'g'))) found.push({ said: m[0], month: MONTHS[m[1]], year: Number(m[3]) });
  for (const m of text.replace(PHONE, ' ').matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)) found.push({ said: m[0], year: Number(m[0]) });
  return found;
}

/** How a source may print a date: ISO, US numeric (2- or 4-digit year) or in words. */
function datePatterns(iso: string): RegExp[] {
  const [year, month, day] = iso.split('-').map(Number);
  const names = Object.entries(MONTHS)
    .filter(([, n]) => n === month)
    .map(([name]) => name)
    .join('|');
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return [
    new RegExp(`\\b${iso}\\b`),
    new RegExp(`\\b0?${month}/0?${day}/(${year}|${String(year).slice(2)})\\b`),
    new RegExp(`\\b(${names})\\.? ${day}, ${year}\\b`, 'i'),
    new RegExp(`\\b${year}-${mm}-${dd}\\b`),
  ];
}

function inCorpus(date: SpokenDate): boolean {
  if (date.day !== undefined && date.month !== undefined)
    return datePatterns(`${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`).some((p) => p.test(corpus));
  if (date.month !== undefined) {
    const names = Object.entries(MONTHS)
      .filter(([, n]) => n === date.month)
      .map(([name]) => name)
      .join('|');
    const mm = String(date.month).padStart(2, '0');
    return [
      new RegExp(`\\b${date.year}-${mm}\\b`),
      new RegExp(`\\b0?${date.month}/\\d{1,2}/(${date.year}|${String(date.year).slice(2)})\\b`),
      new RegExp(`\\b(${names})\\.?( \\d{1,2},)? ${date.year}\\b`, 'i'),
    ].some((p) => p.test(corpus));
  }
  return corpus.includes(String(date.year));
}
