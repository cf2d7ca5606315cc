import audit from '../test/fixtures/knowledge/paraphrase-audit.json';
import type { Lang } from '../src/content';
import { answer, type KnowledgeAnswer } from '../src/knowledge';

/**
 * `npx tsx bench/paraphraseAudit.ts`: how many of the paraphrase audit's questions (written apart
 * from the content: 5 per FAQ entry, and a held-out set of one per entry written after the round's
 * changes) the knowledge base answers with their entry, first or as the second part of a two-part
 * answer. `-v` lists the misses.
 */
type Questions = Record<string, Record<Lang, string[]>>;

function describe(r: KnowledgeAnswer): string {
  if (r.kind === 'faq') return `faq ${r.entry.id}${r.also ? ` + ${r.also.id}` : ''}`;
  if (r.kind === 'clarify') return `clarify ${r.options.map((o) => o.id).join('/')}`;
  if (r.kind === 'county') return `county ${r.county.name}`;
  return r.kind;
}

const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '0.0'}%)`;

function score(name: string, questions: Questions): string[] {
  const tally = { en: { first: 0, any: 0, all: 0 }, es: { first: 0, any: 0, all: 0 } };
  const misses: string[] = [];
  for (const [id, byLang] of Object.entries(questions)) {
    for (const lang of ['en', 'es'] as Lang[]) {
      for (const say of byLang[lang]) {
        const r = answer(say, lang);
        const first = r.kind === 'faq' && r.entry.id === id;
        const any = first || (r.kind === 'faq' && r.also?.id === id);
        tally[lang].all++;
        if (first) tally[lang].first++;
        if (any) tally[lang].any++;
        else misses.push(`${name} ${id} [${lang}] "${say}" -> ${describe(r)}`);
      }
    }
  }
  const all = { first: tally.en.first + tally.es.first, any: tally.en.any + tally.es.any, n: tally.en.all + tally.es.all };
  const line = (label: string, t: { first: number; any: number }, n: number) =>
    `${name} ${label}: right entry first ${pct(t.first, n)}, in the answer ${pct(t.any, n)}`;
  console.log([line('en', tally.en, tally.en.all), line('es', tally.es, tally.es.all), line('all', all, all.n)].join('\n'));
  return misses;
}

const misses = [...score('audit', audit.entries as Questions), ...score('held out', audit.heldOut as Questions)];
if (process.argv.includes('-v')) console.log(misses.join('\n'));
