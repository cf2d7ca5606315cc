import audit from '../test/fixtures/knowledge/paraphrase-audit.json';
import type { Lang } from '../src/content';
import { answer, type KnowledgeAnswer } from '../src/knowledge';

/**
 * `npx tsx bench/paraphraseAudit.ts`: how many of the paraphrase audit's questions (5 per FAQ
 * entry, written apart from the content) the knowledge base answers with their entry, first or as
 * the second part of a two-part answer. `-v` lists the misses.
 */
const entries = audit.entries as Record<string, Record<Lang, string[]>>;

function describe(r: KnowledgeAnswer): string {
  if (r.kind === 'faq') return `faq ${r.entry.id}${r.also ? ` + ${r.also.id}` : ''}`;
  if (r.kind === 'clarify') return `clarify ${r.options.map((o) => o.id).join('/')}`;
  if (r.kind === 'county') return `county ${r.county.name}`;
  return r.kind;
}

const tally = { en: { first: 0, any: 0, all: 0 }, es: { first: 0, any: 0, all: 0 } };
const misses: string[] = [];
for (const [id, byLang] of Object.entries(entries)) {
  for (const lang of ['en', 'es'] as Lang[]) {
    for (const say of byLang[lang]) {
      const r = answer(say, lang);
      const first = r.kind === 'faq' && r.entry.id === id;
      const any = first || (r.kind === 'faq' && r.also?.id === id);
      tally[lang].all++;
      if (first) tally[lang].first++;
      if (any) tally[lang].any++;
      else misses.push(`${id} [${lang}] "${say}" -> ${describe(r)}`);
    }
  }
}
const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / d).toFixed(1)}%)`;
for (const lang of ['en', 'es'] as Lang[])
  console.log(`${lang}: right entry first ${pct(tally[lang].first, tally[lang].all)}, in the answer ${pct(tally[lang].any, tally[lang].all)}`);
const all = { first: tally.en.first + tally.es.first, any: tally.en.any + tally.es.any, n: tally.en.all + tally.es.all };
console.log(`all: right entry first ${pct(all.first, all.n)}, in the answer ${pct(all.any, all.n)}`);
if (process.argv.includes('-v')) console.log(misses.join('\n'));
