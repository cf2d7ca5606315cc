import fs from 'fs';
import path from 'path';
import { answer, contactText, countyContactText, type KnowledgeAnswer } from '../../../src/knowledge';
import type { Lang } from '../../../src/content';

/** Shared by the knowledge tests: the dev set, the reply text an answer turns into, and a scorer. */

const SHARED = path.resolve(__dirname, '../../../../shared');

interface DevTurn {
  say: string;
  expect?: string[];
  reject?: string[];
}
interface DevCase {
  id: string;
  channel: string;
  turns: DevTurn[];
}

/** Crisis, SMS keywords and "agent" are answered by the runtime before the knowledge base. */
const NOT_KNOWLEDGE = /^(crisis-|help-kw$|stop-kw$|human$)/;

export function devCases(): DevCase[] {
  const set = JSON.parse(fs.readFileSync(path.join(SHARED, 'eval/dev-set.json'), 'utf8')) as { cases: DevCase[] };
  return set.cases.filter((c) => !NOT_KNOWLEDGE.test(c.id));
}

/** The text a parent would read for an answer (the runtime adds its own wording around it). */
function replyText(result: KnowledgeAnswer, lang: Lang): string {
  switch (result.kind) {
    case 'faq':
      return result.entry.answer[lang];
    case 'county':
      return countyContactText(result.county, result.wants, lang);
    case 'contact':
      return contactText(result.contact, lang);
    case 'clarify':
      return result.options.map((o) => o.title).join(' / ');
    case 'countyNeeded':
      return lang === 'en' ? 'Which county does the child live in?' : '¿En qué condado vive el niño?';
    case 'noInfo':
      return lang === 'en' ? "I don't have that information." : 'No tengo esa información.';
    case 'unknown':
      return lang === 'en' ? "Sorry, I don't know that one." : 'Perdón, no sé la respuesta.';
  }
}

/** Runs one dev case turn by turn; a "countyNeeded" turn is followed by the county answer the runtime asks for. */
export function runDevCase(c: DevCase, detect: (text: string) => Lang | undefined): { ok: boolean; detail: string } {
  let lang: Lang = 'en';
  let awaitingCounty = false;
  for (const turn of c.turns) {
    lang = detect(turn.say) ?? lang;
    let result = answer(turn.say, lang);
    if (awaitingCounty && result.kind !== 'county') result = { kind: 'unknown' };
    awaitingCounty = result.kind === 'countyNeeded';
    const text = replyText(result, lang);
    const missing = (turn.expect ?? []).filter((p) => !new RegExp(p, 'i').test(text));
    const rejected = (turn.reject ?? []).filter((p) => new RegExp(p, 'i').test(text));
    if (missing.length || rejected.length) {
      return { ok: false, detail: `${c.id} "${turn.say}" -> ${result.kind}: ${text.slice(0, 120)} | missing ${missing} rejected ${rejected}` };
    }
  }
  return { ok: true, detail: c.id };
}
