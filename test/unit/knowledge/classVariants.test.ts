import { detectLanguage, rememberAnswer, type TopicContext } from '../../../src/knowledge';
import { asksForOwnCode } from '../../../src/nlu/intents';
import { understand } from '../../../src/nlu/understand';
import { knowledgeReplies } from '../../../src/bot/knowledgeReplies';
import type { Lang } from '../../../src/content';
import round10 from '../../fixtures/knowledge/round10-variants.json';
import round11 from '../../fixtures/knowledge/round11-variants.json';
import round12 from '../../fixtures/knowledge/round12-variants.json';
import round13 from '../../fixtures/knowledge/round13-variants.json';
import round14 from '../../fixtures/knowledge/round14-variants.json';
import round15 from '../../fixtures/knowledge/round15-variants.json';
import round16 from '../../fixtures/knowledge/round16-variants.json';

interface Turn {
  say: string;
  expect?: string[];
  reject?: string[];
}
interface Variant {
  class: string;
  /** Added after the fixes, to check that one does not overreach. */
  twin?: boolean;
  lang?: Lang;
  turns: Turn[];
}

/** The words a person reads for an answer: each reply's text and its card's title and lines. */
function readable(replies: ReturnType<typeof knowledgeReplies>): string {
  return replies
    .flatMap((r) => [r.text, ...(r.attachments ?? []).flatMap((a) => [a.content?.title, a.content?.text])])
    .filter(Boolean)
    .join('\n');
}

/** A conversation read turn by turn as the runtime does: the language each message says (else the chat's), the topic of the turn before. */
function failuresOf(variant: Variant): string[] {
  let lang: Lang = variant.lang ?? 'en';
  let context: TopicContext | undefined;
  const failures: string[] = [];
  for (const turn of variant.turns) {
    lang = detectLanguage(turn.say) ?? lang;
    const understanding = understand(turn.say, lang, context);
    // "What's my code?" is answered before any question: a ZIP code said in a sentence must not be taken for it.
    const text = asksForOwnCode(turn.say) ? '(own referral codes)' : readable(knowledgeReplies(understanding.answer, lang));
    const missing = (turn.expect ?? []).filter((p) => !new RegExp(p, 'i').test(text));
    const rejected = (turn.reject ?? []).filter((p) => new RegExp(p, 'i').test(text));
    if (turn.expect && (missing.length || rejected.length))
      failures.push(`"${turn.say}" (${lang}) missing ${missing.join(', ')} rejected ${rejected.join(', ')}: ${text.slice(0, 160)}`);
    context = rememberAnswer(context, understanding.answer, understanding.entities);
  }
  return failures;
}

/** Each round's fresh variants of the classes a blind batch missed (round 10: batch j; round 11: batch l; round 12: batches m and n; round 13: batches o and p; round 14: q and r; round 15: s and t; round 16: u, v and w). */
const rounds: [string, Variant[]][] = [
  ['round 10, batch j', round10.cases as Variant[]],
  ['round 11, batch l', round11.cases as Variant[]],
  ['round 12, batches m and n', round12.cases as Variant[]],
  ['round 13, batches o and p', round13.cases as Variant[]],
  ['round 14, batches q and r', round14.cases as Variant[]],
  ['round 15, batches s and t', round15.cases as Variant[]],
  ['round 16, batches u, v and w', round16.cases as Variant[]],
];

describe.each(rounds)('Understanding: the classes a blind batch missed, in fresh words (%s)', (_round, cases) => {
  const byClass = new Map<string, Variant[]>();
  for (const v of cases) byClass.set(v.class, [...(byClass.get(v.class) ?? []), v]);

  it.each([...byClass.keys()])('answers every variant of: %s', (name) => {
    // Prepare
    const variants = byClass.get(name)!;
    // Act
    const failures = variants.flatMap(failuresOf);
    // Assess
    expect(failures).toEqual([]);
  });
});
