import { contacts, type FaqEntry, type Lang } from '../content';
import type { KnowledgeAnswer } from './answer';
import type { Entities } from './entities';
import { CONTACT_WORDS, PERSON } from './cues';
import { analyze, fold } from './normalize';

/**
 * What the conversation was last about, so a short follow-up is read with it ("ok whats their
 * number", "and fax?", "y en Fresno?", "same for a 20 year old"). The runtime keeps it in
 * conversation state between turns; the knowledge base only reads and derives it.
 */
export interface TopicContext {
  /** The California county the person or the bot last named (a plan that is one county's Whole Child Model plan names it too). */
  county?: string;
  /** The FAQ entries of the last answer, both parts of a two-part one; empty after an office card or a contact. */
  topics: string[];
  /** The region of the last answer: a question that names none stays in it. */
  region?: FaqEntry['region'];
  /** What the last office card showed, when the office's numbers were the answer. */
  wants?: 'phone' | 'fax' | 'both';
  /** Whether that card said the county's independent/dependent or Whole Child Model status. */
  designation?: boolean;
  wcmStatus?: boolean;
  /** The age the person last gave. */
  age?: number;
  /** The contact the last answer gave (the Illinois team, a help line): "their number" may mean it. */
  contactId?: string;
}

/** How a message leans on the turn before. */
export type FollowUp =
  /** "ok whats their number", "and fax?", "y el telefono?": the numbers of what was last named. */
  | { kind: 'numbers' }
  /** "and in fresno?", "what about kaiser", "same for a 20 year old": the last topic, with what this message names. */
  | { kind: 'sameTopic' };

/** Words that frame a follow-up without asking anything new ("same for ...", "what about ... instead", "lo mismo en ..."). */
const FRAMING = new Set(
  'same mismo misma mismos igual caso also too instead then entonces tambien other another otro otra otros otras todavia aun what_is ccs county condado city ciudad zip code codigo postal area one uno da dame deme das dar pasa pass pasar pasame mandame send'.split(
    ' ',
  ),
);
/** "address to mail the application", "el fax para mandar la referencia": what a line is for says why, not what else is asked. */
const LINE_PURPOSE = / (address|addresses|direccion|fax|phone|number|numero|telefono|email|correo) (to \w+|(para|pa) \w+(ar|er|ir)(lo|la|le|los|las)?) .*$/;

/**
 * The words of a request for a line with the words that only say which kind of it ("mailing
 * address", "street address", "la direccion postal"): the kind comes before an English noun and
 * after a Spanish one. A word naming someone else ("the doctor's number") is not a kind: it says whose line.
 */
function withoutKindsOfLine(words: string[], lang: Lang): string[] {
  const head = (i: number) => words[lang === 'en' ? i + 1 : i - 1] ?? '';
  return words.filter((w, i) => !(CONTACT_WORDS.has(head(i)) && !CONTACT_WORDS.has(w) && !PERSON.test(` ${w} `)));
}

/**
 * Whether a message is a follow-up: besides the place, plan and age it names (`rest`, from
 * entities.wordsBesideEntities) it says only framing words, or only asks for numbers.
 * A message with a topic of its own is a new question, read on its own.
 */
export function readFollowUp(rest: string, lang: Lang, entities: Entities): FollowUp | undefined {
  const words = withoutKindsOfLine(
    analyze(rest.replace(LINE_PURPOSE, ' $1 '), lang).filter((w) => !FRAMING.has(w)),
    lang,
  );
  const names = entities.place !== undefined || entities.plan !== undefined || entities.age !== undefined;
  if (words.length > 0 && words.every((w) => CONTACT_WORDS.has(w)) && !entities.place && !entities.plan) return { kind: 'numbers' };
  // Nothing at all ("ok", "?"): not a follow-up, however short.
  if (words.length === 0 && names && fold(rest).trim().split(' ').length <= 8) return { kind: 'sameTopic' };
  return undefined;
}

/** The context after this turn's answer: what it was about, and the place, age and region the message gave. */
export function rememberAnswer(previous: TopicContext | undefined, answer: KnowledgeAnswer, entities: Entities): TopicContext {
  const named = entities.illinois ? undefined : (entities.place?.county.name ?? onlyCountyName(entities));
  const carried: TopicContext = {
    ...previous,
    topics: previous?.topics ?? [],
    ...(entities.illinois ? { county: undefined, region: 'IL' as const } : {}),
    ...(named ? { county: named } : {}),
    ...(entities.age !== undefined ? { age: entities.age } : {}),
  };
  switch (answer.kind) {
    case 'faq': {
      const { entry, also } = answer;
      return {
        ...carried,
        topics: [entry.id, ...(also ? [also.id] : [])],
        region: entry.region,
        ...(answer.county ? { county: answer.county.name } : {}),
        wants: undefined,
        designation: undefined,
        wcmStatus: undefined,
        contactId: entry.contactIds?.[0] ?? also?.contactIds?.[0] ?? lineGivenIn(entry),
      };
    }
    case 'county':
      return {
        ...carried,
        topics: [],
        region: 'CA',
        county: answer.county.name,
        wants: answer.wants,
        designation: answer.designation,
        wcmStatus: answer.wcmStatus,
        contactId: undefined,
      };
    case 'contact':
      return { ...carried, topics: [], region: answer.contact.region, wants: undefined, contactId: answer.contact.id };
    case 'noInfo':
      return { ...carried, topics: [], ...(answer.county ? { county: answer.county.name } : {}) };
    default:
      // Not understood, "did you mean", "which county?": the conversation is still about what it was.
      return carried;
  }
}

function onlyCountyName(entities: Entities): string | undefined {
  const counties = entities.plan?.wcmCounties ?? [];
  return counties.length === 1 ? counties[0].name : undefined;
}

/** The contact whose number an answer states in its text ("call Health Net Public Programs: 1-844-925-0962"): the line "and their ..." leans on. */
function lineGivenIn(entry: FaqEntry): string | undefined {
  return contacts.find((c) => c.phone && entry.answer.en.includes(c.phone))?.id;
}
