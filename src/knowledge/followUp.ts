import { contacts, type FaqEntry, type Lang } from '../content';
import type { KnowledgeAnswer } from './knowledgeAnswer';
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

/** A message that leans on the one before: it starts like a reply ("ok so", "pero", "what about", "same ...", "igual") or says "that", "it", "eso", "lo". */
export const LEANS_ON =
  /^ (?:and|so|ok|okay|but|also|then|y|pero|entonces|bueno|o sea|same|igual|what about|how about) | (that|it|this|those|them|eso|esto|ello|lo) /;
/** It asks something ("ok lol" does not). */
export const ASKING =
  /[?¿]| (what|how|who|when|where|which|why|can|could|does|do|did|is|are|should|would|will|if|que|qué|como|cómo|quien|quién|cuando|cuándo|donde|dónde|cual|cuál|puedo|puede|si) /;

/** An answer that states an age ("hasta los 3 años", "until age 3", "members under 21"), on folded text: it answers "what age" and "how long". */
export const STATES_AGE = / (until|up to|to|through|under|hasta|menores de) (the )?(age (of )?|los |la edad de )?\d{1,2} (years?|anos|ano)? ?| age \d{1,2} /;
/**
 * What a question asks about a subject without naming it, as the index reads the words, and what an answer
 * says when it answers that ("how long does it last" after High Risk Infant Follow-up: "up to age 3").
 */
const ATTRIBUTES: { asks: ReadonlySet<string>; said: RegExp }[] = [
  // How long, until what age, the age cutoff.
  { asks: new Set(['howlong', 'long', 'until', 'hasta', 'age', 'cutoff', 'limit', 'limite', 'dura', 'duran']), said: STATES_AGE },
  // What goes with it: the documents.
  { asks: new Set(['include', 'included', 'incluir', 'incluye', 'attach', 'send', 'record']), said: / (records|documents|expedientes|documentos) / },
  // When it is due.
  { asks: new Set(['when', 'cuando', 'due', 'deadline', 'plazo']), said: / (business day|dia habil) / },
  // Whether income matters (what it costs is a question of its own: our sources list no fees).
  { asks: new Set(['financial']), said: / (income|ingresos) / },
  // Whether it is the same everywhere.
  { asks: new Set(['every', 'each', 'cada', 'todo', 'county', 'vary', 'varie', 'varia']), said: / (vary|varies|variar|varia) / },
];
/** Words that compare with what came before ("same steps as the original referral?", "es igual que la primera referencia?"). */
const EARLIER = new Set('original first primer primera anterior before ante'.split(' '));
/**
 * Words that point back at the last subject or ask of it without naming one: "same way as the first one", "who gets it",
 * "los mismos pasos que la primera vez". With FRAMING's ("same", "mismo", "ccs") and EARLIER's, they name no subject.
 */
const POINTING = new Set([...EARLIER, ...'mismas way step process paso last time vez who quien cuanto cuanta cuantos'.split(' ')]);

/**
 * What a message asks of the last subject when it leans on the turn before and names no subject of its own
 * ("how long does it last", "who gets it", "same steps as the original?", "y que le mando con eso", "hasta q edad?"):
 * its words and whether an answer says what they ask. Undefined for a message with a topic, place, plan, age or program
 * of its own, which is read on its own. `ofLastSubject`: whether a word is one of the last subject's.
 */
export function askedOfLastSubject(
  text: string,
  lang: Lang,
  entities: Entities,
  ofLastSubject: (word: string) => boolean,
): { words: string[]; asksAttribute: boolean; saidBy: (answer: string) => boolean } | undefined {
  if (!ASKING.test(` ${text.toLowerCase()} `)) return undefined;
  if (entities.place || entities.plan || entities.age !== undefined || entities.program || entities.illinois) return undefined;
  const words = analyze(text, lang);
  const attributes = ATTRIBUTES.filter((a) => words.some((w) => a.asks.has(w)));
  // Compared with what came before, the last subject's own words name it, not a subject of the message's own ("the original referral").
  const comparing = words.some((w) => EARLIER.has(w));
  const subject = words.filter((w) => !FRAMING.has(w) && !POINTING.has(w) && !attributes.some((a) => a.asks.has(w)) && !(comparing && ofLastSubject(w)));
  // It leans by how it starts, a word pointing back ("and ...", "... it") or a comparison with before, or asks only an attribute ("hasta q edad?").
  const leans = LEANS_ON.test(fold(text)) || comparing || attributes.length > 0;
  if (words.length === 0 || subject.length > 0 || !leans) return undefined;
  return { words, asksAttribute: attributes.length > 0, saidBy: (answer) => attributes.some((a) => a.said.test(fold(answer))) };
}

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
