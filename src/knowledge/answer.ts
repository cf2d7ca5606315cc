import { contacts, counties, type County, type FaqEntry, type Lang } from '../content';
import { asksOf } from './asks';
import { findContact, findOtherOrganization, findSiblingContact, PERSON, readCues, type Cues } from './cues';
import { namesOnlyPlace } from './countyFinder';
import { readEntities, wordsBesideEntities, type Entities, type Program } from './entities';
import { FRAME_ANSWER } from './frames';
import { askedOfLastSubject, ASKING, LEANS_ON, readFollowUp, STATES_AGE, type FollowUp, type TopicContext } from './followUp';
import { faqById, searchFaq, type FaqHit } from './faqSearch';
import { analyze, asClauses, canonicalTokens, fold, isNegated, STOPWORDS, unaccented, withoutPhrase, type Clauses } from './normalize';
import type { KnowledgeAnswer } from './knowledgeAnswer';
import { similarEntries, type SimilarHit } from './similarity';

export type { KnowledgeAnswer };

type FaqAnswer = Extract<KnowledgeAnswer, { kind: 'faq' }>;

/**
 * Calibration, set on the dev set, the project cases and the paraphrases in test/unit/knowledge.
 * A wrong confident answer costs more than a "did you mean", so an entry is answered outright when
 * the keyword index is sure (it matched most of the message and beat the runner-up), or when the
 * nearest-paraphrase model is sure and the keyword index does not disagree.
 */
const CONFIDENT = { minScore: 8, minCoverage: 0.6, minLead: 1.2 };
const SIMILAR = { min: 0.5, minLead: 1.15, minCoverage: 0.34, sure: 0.7, verbatim: 0.92, outweighs: 1.5 };
/** Both readings put the same entry first: a weaker match is still an answer. */
const AGREE = { minSimilarity: 0.42, minCoverage: 0.34 };
/** "Did you mean" only among answers this close to the best one. */
const CLARIFY = { close: 0.8, minSimilarity: 0.4, max: 3 };

/** Entries whose question depends on the county's independent/dependent status. */
const DESIGNATION_TOPICS = new Set(['ccs-county-types', 'ccs-how-long', 'dependent-state-authorization']);
/** Entries an age in the message speaks to ("she is 22 now, can she stay?"). */
const AGE_TOPICS = new Set(['ccs-age-limit', 'cm-transition', 'ccs-eligibility', 'ccs-what']);
const AGE_LIMIT = 'ccs-age-limit';
/** What the Whole Child Model is and which counties have it: a county's own status answers them. */
const WCM_STATUS_ENTRIES = new Set(['wcm-what', 'wcm-counties']);
/** What independent and dependent counties are: a county's own designation answers it. */
const COUNTY_TYPES = 'ccs-county-types';
/** Illinois' crisis lines: Mobile Crisis Response through CARES, 911, 988. */
const ILLINOIS_CRISIS = 'il-mcr-sass';
/** Who answers Illinois program questions (HFS Bureau of Behavioral Health). */
const ILLINOIS_CONTACT = 'il-contact';
const TRANSITION = 'cm-transition';
/** Who qualifies for Pathways: the age Illinois' program serves. */
const ILLINOIS_AGE_RULE = 'il-pathways-eligibility';
/** What Illinois programs the bot knows; what CCS means in Illinois (ILLINOIS_CCS); CCS as California's program when a family moves or lives elsewhere. */
const ILLINOIS_TOPICS = 'il-programs';
const MOVING = 'moving';
/** Words that make a stated age of 21 or more a question about staying on CCS ("turns 21 next month, does coverage continue"). */
const AGE_QUESTION = / (coverage|covered|continue|continues|stay|still|keep|lose|end|ends|too|eligible|seguir|sigue|continua|pierde|termina|cubre|cobertura) /;
/** A request to make up a text ("write me a poem about hospitals", "cuentame un chiste"): never a question our sources answer, whatever its subject. */
const MADE_UP =
  / (write|compose|make up|tell|give|sing) (me |us )?(a |an |one )?(short |funny |little )?(poem|song|story|joke|essay|haiku|rap|limerick|riddle|rhyme)s? | (escribe|escribeme|escribir|inventa|inventame|cuenta|cuentame|dime|canta|cantame) (me )?(un|una)( \w+)? (poema|cancion|cuento|chiste|historia|ensayo|rima|adivinanza)s? /;
/** Words that ask whether something lasts ("is she still covered at 20", "todavia la cubre", "do i get kicked off soon"). */
const STILL = / (still|todavia|aun|sigue|seguir|continue|continues|continua|stay|keep|lose|loses|losing|pierde|perder) /;
/** A reply to a yes/no question and nothing else: never a knowledge question. */
const BARE_REPLY = new Set(
  'yes y yeah yep yup sure ok okay no n nope nah si sip claro vale bueno thanks gracias correct correcto right maybe quizas'.split(' '),
);
/** A way to reach someone asked for, not "call" as a verb ("can I call ccs myself or do I need the doctor to do it"). */
const LINE = / (number|numbers|numero|line|linea|phone|telefono|email|correo|fax|contact|contacto|extension) /;

/** Asking how to find an office rather than for its number ("where can i look up my county's ccs office", "como encuentro la oficina"). */
const FINDS_OFFICE =
  / (how|where) (do|can|could|would|should) (i|we|you|one) (find|look up|lookup|search|locate|see)|is there a (list|directory)| (como|donde) (puedo |podemos )?(encuentro|encontramos|encontrar|busco|buscamos|buscar|hallo|veo|ver) | (hay una|una) (lista|directorio) /;
/** The state's directory of county CCS offices (content/contacts.json). */
const COUNTY_DIRECTORY = 'dhcs-county-offices';
/** The price of a thing ("how much does a pizza cost", "cuanto cuesta un boleto de avion"): the thing is the first word after the article. */
const PRICE_OF =
  / (how much (is|are|does|do|for|would) (a|an|the|one|some)|(price|cost) of (a |an |the )?|(cuanto|que tanto) (cuesta|cuestan|vale|valen|sale|salen|cobran por) (un|una|el|la|los|las|unos|unas)) (?<thing>[a-z]+) /;
/** Ways of sending or reaching: a line, or a way that is no number ("online", "portal", "in person"). */
const CHANNEL = '(?:fax|phone|telefono|email|mail|correo|portal|online|internet|en linea|in person|en persona)';
const CHANNELS = new RegExp(`\\b(?:by |por |via )?${CHANNEL}\\b`, 'g');
/** Channels offered as choices ("fax, portal or phone", "online or by fax"), beside a way asked or a way that is no number. */
const WAYS_OFFERED = new RegExp(
  [
    ` (how|way|ways|method|methods|forma|manera|metodo|modo) .*${CHANNEL}( ${CHANNEL})* (or|o) (by |por |via )?${CHANNEL} `,
    ` (online|portal|internet|en linea|in person|en persona|mail)( or| o) (by |por |via )?${CHANNEL} | ${CHANNEL}( or| o) (by |por |via )?(online|portal|internet|en linea|in person|en persona|mail) `,
    ` (how|way|ways|method|methods|forma|manera|metodo|modo) .*(by|por|via) ${CHANNEL} `,
  ].join('|'),
);

/** What a county card says beside the office's numbers when the question is about it. */
interface CountyAsks {
  designation: boolean;
  wcm: boolean;
}
const NO_COUNTY_ASKS: CountyAsks = { designation: false, wcm: false };
/** Topics about getting on the program: asked at an age with "still", they ask the age limit too. */
const ENTERING = new Set<FaqEntry['topic']>(['referral', 'eligibility']);
/** Topics whose answer depends on the county: a county named earlier in the conversation gets its card with them. */
const COUNTY_TOPICS = new Set<FaqEntry['topic']>(['counties', 'wcm', 'referral']);

/**
 * Answers one message in `lang`: a county's CCS numbers, a named contact, an FAQ entry (with the
 * county's card when a place is named, and a second entry for a two-part question), a short
 * "did you mean", a request for the county, "not in our sources", or unknown. `context` is what
 * the conversation was last about: a follow-up is read with it, and a question that names no
 * place or region stays in the last ones. Pure: no I/O.
 */
export function answer(text: string, lang: Lang, entities: Entities = readEntities(text), context?: TopicContext): KnowledgeAnswer {
  const tokens = canonicalTokens(text);
  if (tokens.length === 0 || tokens.every((t) => BARE_REPLY.has(t)) || MADE_UP.test(fold(text))) return { kind: 'unknown' };
  const cues = readCues(tokens, text);
  const illinois = cues.illinois || entities.illinois;
  // A crisis going on now in Illinois ("my 15 yo is having a really bad mental health night"): the lines to call, whatever else is asked.
  const crisisLines = illinois && cues.behavioralCrisis ? faqById(ILLINOIS_CRISIS) : undefined;
  if (crisisLines) return { ...compose(crisisLines, { score: 0 }, entities, undefined, NO_COUNTY_ASKS), urgent: true };

  const sibling = context?.contactId ? findSiblingContact(text, context.contactId) : undefined;
  if (sibling) return { kind: 'contact', contact: sibling };
  const followUp = context && readFollowUp(wordsBesideEntities(text, entities), lang, entities);
  const leaning = followUp && !illinois ? answerFollowUp(followUp, context, entities, cues) : undefined;
  if (leaning) return leaning;
  const withLastSubject = context && !illinois ? readWithLastSubject(text, lang, entities, context) : undefined;
  if (withLastSubject) return withLastSubject;
  const own = withoutRepeat(answerAlone(text, lang, entities, context, tokens, cues), context);
  return (context && !illinois ? earlierTopicAsked(text, lang, entities, context, own, cues) : undefined) ?? own;
}

/** "can a parent refer?", then "and if the doctor does it, what do they send?": the part asked anew is the answer, not the last answer again beside it. */
function withoutRepeat(own: KnowledgeAnswer, context: TopicContext | undefined): KnowledgeAnswer {
  if (own.kind !== 'faq' || !own.also || !context?.topics.includes(own.entry.id) || context.topics.includes(own.also.id)) return own;
  const { also, ...rest } = own;
  return { ...rest, entry: also };
}

/** The message read on its own (the place and region of `context` stand in for those it does not name). */
function answerAlone(text: string, lang: Lang, entities: Entities, context: TopicContext | undefined, tokens: string[], cues: Cues): KnowledgeAnswer {
  const illinois = cues.illinois || entities.illinois;
  const named = findContact(text);
  // "what is high risk infant follow up": a program's name asked what it is gets its definition, not the program's contact card.
  const definitionAsked = entities.program !== undefined && tokens.includes('what_is');
  if (named && (cues.contact || (saysOnly(text, named.phrase) && !definitionAsked))) return { kind: 'contact', contact: named.contact };

  // The price of something no entry names ("how much is a plane ticket", "cuanto cuesta un celular nuevo") is off-topic, never CCS's income figures.
  const priced = PRICE_OF.exec(fold(text))?.groups?.thing;
  if (priced && !cues.ccs && !entities.program && searchFaq(priced, lang).length === 0) return { kind: 'unknown' };
  const place = illinois ? undefined : entities.place;
  const county = place?.county ?? onlyCountyOf(entities);
  // A county named earlier: "who do I call?" or another organization's number gets its office, "how do I refer?" its card.
  const remembered = illinois ? undefined : (county ?? countyNamed(context?.county));
  // "Shriners in Sacramento, phone?": never another organization's number; the county office instead.
  const otherOrganization = cues.contact && !illinois ? findOtherOrganization(text) : undefined;
  if (otherOrganization)
    return remembered ? { kind: 'county', county: remembered, wants: cues.wants, otherOrganization } : { kind: 'countyNeeded', otherOrganization };
  const asksForPerson = cues.contact && PERSON.test(fold(text)) && LINE.test(fold(text));
  if (asksForPerson) return { kind: 'noInfo', county: remembered };
  const asks: CountyAsks = { designation: cues.designation, wcm: cues.wcm };
  // "Is Napa a WCM county?": the county reply names its Whole Child Model plan, or says our sources do not list it.
  if (place && (cues.contact || cues.whoToCall || cues.wcm || namesOnlyPlace(place))) {
    // "what do we send with a referral and where do we fax it" (in Modesto): the topic, then the county's card with its numbers.
    const topic = cues.contact || cues.whoToCall ? topicBesideOffice(text, lang) : undefined;
    if (topic) return compose(topic, { score: 0 }, entities, place.county, asks);
    const wcmOnly = cues.wcm && !cues.contact && !cues.whoToCall && !namesOnlyPlace(place);
    // "is that a WCM county? trying to figure out who does case mgmt": a question beside the status is answered too.
    const beside = wcmOnly ? findEntries(withoutAge(text, entities.age), lang, entities, 'CA') : undefined;
    if (beside?.entry && (beside.also || !WCM_STATUS_ENTRIES.has(beside.entry.id))) return compose(beside.entry, beside, entities, place.county, asks);
    return { kind: 'county', county: place.county, wants: cues.wants, designation: cues.designation, wcmStatus: cues.wcm };
  }

  const asked = withoutAge(withoutPlaceNames(text, entities), entities.age);
  const officeAsked = !illinois && (cues.whoToCall || (cues.contact && (cues.ccsOffice || cues.lineOnly)));
  const region = regionOf(entities, cues) ?? (cues.illinois ? undefined : context?.region);
  // "how are ccs referrals sent - fax, portal or phone?", "metodo para referir a ccs, fax o telefono?": lines named as the
  // choices of a way of sending ask how it is done, when an entry answers that; they are the options, not the question.
  // "Who do I call?" is a request for the county office, unless what is left without the words for
  // calling an office is a question an entry answers outright (Health Net's SAR help line).
  const sendingWay = officeAsked && WAYS_OFFERED.test(fold(text)) ? findEntries(asked.replace(CHANNELS, ' '), lang, entities, region) : undefined;
  const wantsOffice = officeAsked && !sendingWay?.entry;
  const found = sendingWay?.entry ? sendingWay : findEntries(wantsOffice ? withoutOfficeWords(asked) : asked, lang, entities, region);
  // "who to ask about ccsos": in Illinois the team that answers about CCSOs and Pathways, unless the entry found gives a contact of its own.
  const teamAnswers = entities.program === undefined || entities.program === 'pathways' || entities.program === 'ccso';
  const askedIllinoisTeam =
    region === 'IL' && cues.whoToCall && teamAnswers && !(found.entry && givesContact(found.entry)) ? faqById(ILLINOIS_CONTACT) : undefined;
  // "what's a CCSO and who do I contact": the definition, then the team.
  const definitionToo = found.entry && found.entry !== askedIllinoisTeam && (DEFINITION.test(fold(asked)) || tokens.includes('what_is'));
  if (askedIllinoisTeam)
    return compose(
      definitionToo ? found.entry! : askedIllinoisTeam,
      { score: 0, also: definitionToo ? askedIllinoisTeam : undefined },
      entities,
      undefined,
      NO_COUNTY_ASKS,
    );
  // "we live in illinois, does the california childrens services thing work here": in Illinois "CCS" is another service; what the bot knows there.
  const californiaInIllinois = region === 'IL' && cues.ccs && !found.entry ? faqById(ILLINOIS_CCS) : undefined;
  if (californiaInIllinois) return compose(californiaInIllinois, { score: 0, also: faqById(ILLINOIS_TOPICS) }, entities, undefined, NO_COUNTY_ASKS);
  // "we live in texas, can my son get ccs there": CCS is California's program, run by the county where the child lives.
  const livesElsewhere = !illinois && !place && cues.ccs && entities.otherState && !entities.fromOtherState ? faqById(MOVING) : undefined;
  if (livesElsewhere) return compose(livesElsewhere, { score: 0 }, entities, undefined, NO_COUNTY_ASKS);
  const ageLimit = faqById(AGE_LIMIT);
  const joined = ` ${tokens.join(' ')} `;
  // "she is 20, is she still covered?": an age with "still" asks whether it is within the limit, whatever the age.
  const asksAge = ((entities.age ?? 0) >= 21 || (entities.age !== undefined && STILL.test(joined))) && (cues.ccs || AGE_QUESTION.test(joined));
  // "my son is 20, can we still apply for ccs?": getting on the program at an age asks the age limit first, then how (past the
  // limit compose says it for any topic; "my 17 year old still has medi-cal, does ccs cover wheelchairs" asks about a service).
  if (found.entry && asksAge && ageLimit && ENTERING.has(found.entry.topic) && !AGE_TOPICS.has(found.entry.id))
    return compose(ageLimit, { score: 0, also: found.entry }, entities, county, NO_COUNTY_ASKS);
  if (found.entry && (found.sure || !wantsOffice)) {
    const card = county ?? (COUNTY_TOPICS.has(found.entry.topic) || cues.designation ? remembered : undefined);
    return compose(found.entry, withComplement(found, tokens), entities, card, asks);
  }
  // "... a joint meeting via Partnership. Who to email?": an entry sure of the whole message, that gives its own contact and
  // leads on the words besides those for calling an office, is the answer.
  const besides = found.ranked[0];
  const whole = wantsOffice && besides && (besides.keyword?.matched ?? 0) >= 2 ? findEntries(asked, lang, entities, region) : undefined;
  if (whole?.entry && whole.sure && whole.entry === besides?.entry && givesContact(whole.entry)) return compose(whole.entry, whole, entities, county, asks);
  // A contact named by a name of its own that no entry answers ("how do I find my Provider Network Manager?"): that contact.
  if (named && named.phrase.includes(' ')) return { kind: 'contact', contact: named.contact };
  // A place plus CCS but no clear question ("help with ccs in fresno"): the office is the best next step.
  if (place && (cues.ccs || cues.designation)) return { kind: 'county', county: place.county, wants: cues.wants, designation: cues.designation };
  // "y a quien le pregunto?" in an Illinois conversation: the Illinois team, not a California county.
  const illinoisTeam = wantsOffice && region === 'IL' ? faqById(ILLINOIS_CONTACT) : undefined;
  if (illinoisTeam) return compose(illinoisTeam, { score: 0 }, entities, undefined, NO_COUNTY_ASKS);
  if (wantsOffice && remembered) return { kind: 'county', county: remembered, wants: cues.wants, designation: cues.designation };
  if (wantsOffice)
    return FINDS_OFFICE.test(fold(text)) ? { kind: 'countyNeeded', directory: contacts.find((c) => c.id === COUNTY_DIRECTORY) } : { kind: 'countyNeeded' };
  if (asksAge && ageLimit) return compose(ageLimit, { score: 0, also: faqById(TRANSITION) }, entities, county, NO_COUNTY_ASKS);
  // "and the age cutoff" in an Illinois conversation: the age rule of Illinois' program (Pathways, under 21), never CCS's.
  const illinoisAgeRule = !found.entry && region === 'IL' && tokens.includes('age') ? faqById(ILLINOIS_AGE_RULE) : undefined;
  if (illinoisAgeRule) return compose(illinoisAgeRule, { score: 0 }, entities, undefined, NO_COUNTY_ASKS);
  if (found.options.length > 1) return { kind: 'clarify', options: found.options.map((c) => ({ id: c.entry.id, title: c.entry.title[lang] })) };
  return inDomain(cues, entities, found.ranked[0]) ? { kind: 'noInfo', county: remembered } : { kind: 'unknown' };
}

/**
 * A follow-up read with what the conversation was about: the numbers of the contact or the
 * county last named, or the last topic again with the place, plan or age this message names
 * (an age it does not name is the one given before). Undefined when the context has nothing to lean on.
 */
function answerFollowUp(followUp: FollowUp, context: TopicContext, entities: Entities, cues: Cues): KnowledgeAnswer | undefined {
  const remembered = countyNamed(context.county);
  if (followUp.kind === 'numbers') {
    const contact = context.contactId && (context.region === 'IL' || !remembered) ? contacts.find((c) => c.id === context.contactId) : undefined;
    if (contact) return { kind: 'contact', contact };
    const illinoisTeam = context.region === 'IL' ? faqById(ILLINOIS_CONTACT) : undefined;
    if (illinoisTeam) return compose(illinoisTeam, { score: 0 }, entities, undefined, NO_COUNTY_ASKS);
    return remembered ? { kind: 'county', county: remembered, wants: cues.wants } : undefined;
  }
  const county = entities.place?.county ?? onlyCountyOf(entities) ?? remembered;
  const [first, second] = context.topics.flatMap((id) => faqById(id) ?? []);
  if (first) {
    // A California place is no follow-up to an Illinois topic: it is read on its own.
    if (first.region === 'IL' && (entities.place || entities.plan)) return undefined;
    // "what is WCM?" then "and is Humboldt one of those?": that county's status, not the definition again.
    const status = { wcm: WCM_STATUS_ENTRIES.has(first.id), designation: first.id === COUNTY_TYPES };
    if (county && (entities.place || entities.plan) && !second && (status.wcm || status.designation))
      return { kind: 'county', county, wants: 'both', designation: status.designation, wcmStatus: status.wcm };
    return compose(first, { score: 0, also: second }, { ...entities, age: entities.age ?? context.age }, county, NO_COUNTY_ASKS);
  }
  if (!context.wants || !county) return undefined;
  return { kind: 'county', county, wants: context.wants, designation: context.designation, wcmStatus: context.wcmStatus };
}

/** "And what about ...", or a short message the knowledge base cannot answer alone, that names what the last answer said ("After pt is stabilized?"). */
const FOLLOW_ON =
  /^ (?:(?:and|y|so|ok|okay|also|but|pero|entonces) )*(?:(?:what|how) about|what if|and if|y si|y (?:que|q) (?:tal|hay)(?: (?:de|con))?|y (?:para|con|de|en)|and (?:for|with|in|after))\b/;
const PURPOSE = / (to find out|to see|to check|to know|so that|so we|para saber|para ver|para que|pa saber) .*$/;
/** At most this many topic words: a longer message is a question of its own. */
const FOLLOW_ON_WORDS = 6;
/** A question of at most this many topic words, naming nothing, asks one thing about the last answer ("until what age?"). */
const ASPECT_WORDS = 3;
/** An entry's words (their roots): all it says and is asked as, or only what its answer says. */
type EntryPart = 'all' | 'said';
const entryWords = new Map<string, Set<string>>();

function entryWordsOf(entry: FaqEntry, lang: Lang, part: EntryPart): Set<string> {
  const key = `${lang}:${part}:${entry.id}`;
  const cached = entryWords.get(key);
  if (cached) return cached;
  const asked = part === 'all' ? [...entry.questions[lang], ...(entry.keywords?.[lang] ?? []), entry.title[lang]] : [];
  const words = new Set([
    ...analyze([...asked, withoutLinks(entry.answer[lang])].join(' '), lang).map(wordRoot),
    // An answer that states an age ("hasta los 3 años", "until age 3") answers "what age".
    ...(STATES_AGE.test(fold(entry.answer[lang])) ? ['age'] : []),
  ]);
  entryWords.set(key, words);
  return words;
}

/**
 * The earlier topic a short follow-on asks more about: most of its words are in that entry's
 * own questions, keywords or answer ("do they look at our income for MTP?" then "and what about
 * diagnostic tests?": the income answer says there is no income test for them). Asked only when
 * the message frames itself as a follow-on or cannot be answered alone, and it must cover more of
 * the message than the message's own answer does.
 */
function earlierTopicAsked(text: string, lang: Lang, entities: Entities, context: TopicContext, own: KnowledgeAnswer, cues: Cues): FaqAnswer | undefined {
  const answered = own.kind === 'faq' || own.kind === 'county' || own.kind === 'contact';
  const folded = fold(text);
  // The if-clause it opens with says which case, and what it is for ("... to find out if she has a ccs condition") says why: neither says what about.
  const asked = wordsBesideEntities(text.replace(IF_CLAUSE, ' '), entities).replace(PURPOSE, ' ');
  const words = analyze(asked, lang).filter((w) => w !== 'ccs' && w !== 'what_is');
  // "hasta q edad?" after the HRIF answer, "and without medi-cal?" after the income rule: a question of a few words that names
  // no program, place or plan asks about what was just answered, even when it has an answer of its own (CCS's age limit);
  // not one asking whom to reach ("who can i ask about it?": the team).
  const namesNothing = !entities.program && !entities.place && !entities.plan && !cues.ccs && !cues.contact && !cues.whoToCall;
  const aspectOnly = words.length <= ASPECT_WORDS && namesNothing;
  const framed = FOLLOW_ON.test(folded) || aspectOnly;
  if (context.topics.length === 0 || (answered && !framed)) return undefined;
  // A short message that leans on the last answer by its start or a pronoun, and that read alone has no answer ("ok so how
  // do i actually do it", "and if we make over that but ...", "y si ganamos mas pero ..."), is about that answer: the entry
  // that asks what it asks ("how"), else the first.
  // Not a request for someone's line, which our sources do not have ("ok and the doctor's direct line?").
  const unanswered = own.kind === 'unknown' || own.kind === 'clarify' || (own.kind === 'noInfo' && !LINE.test(folded));
  const leans = unanswered && (LEANS_ON.test(folded) || FOLLOW_ON.test(folded)) && ASKING.test(` ${text.toLowerCase()} `);
  if (words.length > FOLLOW_ON_WORDS || (words.length === 0 && !leans)) return undefined;
  const covered = (entry: FaqEntry, part: EntryPart = 'all') => {
    const known = entryWordsOf(entry, lang, part);
    return words.filter((w) => known.has(wordRoot(w))).length / words.length;
  };
  const earlier = context.topics.flatMap((id) => faqById(id) ?? []);
  const [best] = earlier.map((entry) => ({ entry, coverage: words.length > 0 ? covered(entry) : 0 })).sort((a, b) => b.coverage - a.coverage);
  const asks = asksOf(text);
  const askedWith = (kinds: string[]) => (entry: FaqEntry) => kinds.some((kind) => asksOf(entry.questions[lang][0]).includes(kind));
  const sameKind = earlier.find(askedWith(asks));
  const ownCovers = own.kind === 'faq' ? covered(own.entry) : 0;
  // "who can refer?", then "how do i make the referral": asked the way the message's own answer is and the last one is not, it is a new question.
  // ("can" is too common to decide: "how old can they be?" after HRIF is still HRIF's age.)
  // Nor "how old", "how long" or "how much": they ask an amount, not how something is done.
  const decidingAsks = asksOf(text.replace(/\bhow (old|long|much|many|often|soon)\b/gi, ' ')).filter((kind) => !WEAK_ASKS.has(kind));
  const askedDecidingly = askedWith(decidingAsks);
  const askedOtherwise = own.kind === 'faq' && !!best && askedDecidingly(own.entry) && !askedDecidingly(best.entry);
  // Framed as a follow-on ("and if", "what about"), the last topic wins a tie with the message's own answer; a bare aspect
  // ("hasta q edad?") wins it only by what the last answer says ("hasta los 3 años"), not by words of its questions.
  // Past its if-clause ("and if the doctor does it, what do they send") a follow-on asks a question of its own: the last topic wins only by what its answer says.
  const supposing = IF_CLAUSE.test(text);
  const framedCoverage = !best
    ? undefined
    : FOLLOW_ON.test(folded) && !supposing
      ? best.coverage
      : aspectOnly || supposing
        ? covered(best.entry, 'said')
        : undefined;
  const chosen =
    best && best.coverage >= 0.5 && !askedOtherwise && (framedCoverage !== undefined ? ownCovers <= framedCoverage : ownCovers < best.coverage)
      ? best.entry
      : leans
        ? (sameKind ?? earlier[0])
        : undefined;
  // "pero si se nos quita el medi-cal?" after the income rule: framed as a follow-on with an answer of its own that says more
  // (CCS helps keep Medi-Cal), it gets the last topic asked again with that answer beside it.
  const beside =
    !chosen && !askedOtherwise && best && (framedCoverage ?? 0) >= 0.5 && own.kind === 'faq' && !earlier.includes(own.entry) ? own.entry : undefined;
  const county = entities.place?.county ?? onlyCountyOf(entities) ?? countyNamed(context.county);
  if (beside) return compose(best.entry, { score: 0, also: beside }, { ...entities, age: entities.age ?? context.age }, county, NO_COUNTY_ASKS);
  if (!chosen) return undefined;
  return compose(chosen, { score: 0 }, { ...entities, age: entities.age ?? context.age }, county, NO_COUNTY_ASKS);
}

/**
 * A message that leans on the turn before and names no subject of its own ("how long does it last", "who gets it",
 * "same way as the first one?", "is it the same in every county") is about the last subject: the last answer when it
 * says what the message asks (an age, the documents, a deadline), else the message read joined to the last question,
 * where this message's words decide which part is asked.
 */
function readWithLastSubject(text: string, lang: Lang, entities: Entities, context: TopicContext): FaqAnswer | undefined {
  const earlier = context.topics.flatMap((id) => faqById(id) ?? []);
  const ofLastSubject = (word: string) => earlier.some((entry) => entryWordsOf(entry, lang, 'all').has(wordRoot(word)));
  const asked = earlier.length > 0 ? askedOfLastSubject(text, lang, entities, ofLastSubject) : undefined;
  if (!asked) return undefined;
  const withContext = { ...entities, age: context.age };
  const county = countyNamed(context.county);
  const saying = earlier.find((entry) => asked.saidBy(withoutLinks(entry.answer[lang])));
  if (saying) return compose(saying, { score: 0 }, withContext, county, NO_COUNTY_ASKS);
  // An attribute the last answer does not say ("and the age cutoff" after when CCSOs went live) is asked anew, read on its own.
  if (asked.asksAttribute) return undefined;
  const joined = findEntries(`${earlier.map((entry) => entry.questions[lang][0]).join(' ')} ${text}`, lang, entities, earlier[0].region);
  const parts = [joined.entry, joined.also].filter((entry): entry is FaqEntry => entry !== undefined);
  const covers = (entry: FaqEntry) => asked.words.filter((w) => entryWordsOf(entry, lang, 'all').has(wordRoot(w))).length;
  const [chosen] = parts.sort((a, b) => covers(b) - covers(a));
  return chosen && compose(chosen, { score: 0 }, withContext, county, NO_COUNTY_ASKS);
}

/**
 * A word without the endings that make a verb a noun or say its tense: "stabilization" meets the answer's "stabilized".
 * Coarser than normalize's stem, on purpose: it only decides whether a follow-up's word is one of an entry's (both sides
 * cut alike), while stem makes index terms and keeps the domain's own words whole ("hearing" aids is not "hear").
 */
function wordRoot(word: string): string {
  return word.length < 7 ? word : word.replace(/(ization|isation|ation|izing|ized|ize|ing|ed)$/, '');
}

/** A link's words ("services/ccs/Pages") are not what an answer says. */
const withoutLinks = (text: string) => text.replace(/https?:\/\/\S+/g, ' ');

/** Whether an entry's answer gives a way to reach someone of its own (an email, a phone, a contact card). */
function givesContact(entry: FaqEntry): boolean {
  return (entry.contactIds?.length ?? 0) > 0 || /@|\(\d{3}\)|\b1-8\d\d-/.test(entry.answer.en);
}

function countyNamed(name: string | undefined): County | undefined {
  return name === undefined ? undefined : counties.find((c) => c.name === name);
}

function compose(entry: FaqEntry, found: { score: number; also?: FaqEntry }, entities: Entities, county: County | undefined, asks: CountyAsks): FaqAnswer {
  // An age at or past the limit makes the age rule the answer, whatever else was asked ("she's 22, can she stay?").
  const pastLimit = entities.age !== undefined && entry.id !== AGE_LIMIT && (entities.age > 21 || (entities.age === 21 && !AGE_TOPICS.has(entry.id)));
  const primary = pastLimit ? (faqById(AGE_LIMIT) ?? entry) : entry;
  const also = pastLimit ? (AGE_TOPICS.has(entry.id) ? entry : faqById(TRANSITION)) : found.also;
  const age = entities.age !== undefined && [primary, also].some((e) => e && AGE_TOPICS.has(e.id)) ? entities.age : undefined;
  const designation = asks.designation || [primary, also].some((e) => e && DESIGNATION_TOPICS.has(e.id));
  const wcmStatus = asks.wcm || [primary, also].some((e) => e?.topic === 'wcm');
  return {
    kind: 'faq',
    entry: primary,
    score: found.score,
    ...(also && also.id !== primary.id ? { also } : {}),
    ...(county && primary.region === 'CA' ? { county, designation, wcmStatus } : {}),
    ...(age !== undefined ? { age } : {}),
  };
}

const OFFICE_WORDS = new Set(
  'who whom where how do does should can could would i we call phone contact number numero telefono llamar llamo reach talk to handles office oficina local ccs county condado quien donde a hablo hablar con alguien de'.split(
    ' ',
  ),
);

/** A California topic asked in a clause of its own beside a request for the office's numbers (a statement beside it is context). */
function topicBesideOffice(text: string, lang: Lang): FaqEntry | undefined {
  for (const clause of clauses(text)) {
    const own = readCues(canonicalTokens(clause), clause);
    if (own.contact || own.whoToCall || !isAsked(clause, text) || !hasTopic(clause, lang)) continue;
    const found = rankAndDecide(clause, lang, 'CA');
    if (found.entry && hasEvidence(found)) return found.entry;
  }
  return undefined;
}

/** The message without the words for calling an office, to see whether a topic is left. */
function withoutOfficeWords(text: string): string {
  return fold(text)
    .split(' ')
    .filter((w) => !OFFICE_WORDS.has(w))
    .join(' ');
}

/**
 * Answers that mislead when given alone: "she has full Medi-Cal, does she qualify?" gets the
 * financial rule and also that a qualifying condition and residence are still needed.
 */
const COMPLEMENTS: Record<string, { when: string; add: string }> = { 'ccs-financial': { when: 'eligible', add: 'ccs-eligibility' } };

function withComplement(found: Found, tokens: string[]): Found {
  const complement = found.entry && COMPLEMENTS[found.entry.id];
  if (found.also || !complement || !tokens.includes(complement.when)) return found;
  return { ...found, also: faqById(complement.add) };
}

/** The message without the place and the other state it names: they say where, not what ("we just moved from arizona to bakersfield, does my son qualify"). */
function withoutPlaceNames(text: string, entities: Entities): string {
  const names = [entities.place?.tokens.slice(entities.place.start, entities.place.end), entities.otherState?.toLowerCase().split(' ')];
  return names.reduce((rest, words) => (words?.length ? withoutPhrase(rest, words.join(' ')) : rest), unaccented(text));
}

/** The message without the age it states, so "22" is not read as Title 22 nor "17" as a count. */
function withoutAge(text: string, age: number | undefined): string {
  // 21 stays: it is the limit itself ("turns 21 next month").
  return age === undefined || age === 21 ? text : text.replace(new RegExp(`\\b${age}\\b`), ' ');
}

// ---- Finding the entry ------------------------------------------------------------------------

interface Candidate {
  entry: FaqEntry;
  keyword?: FaqHit;
  similarity: number;
  /** Similarity plus the keyword match relative to the best keyword match of this message. */
  score: number;
}

interface Found {
  entry?: FaqEntry;
  also?: FaqEntry;
  /** The keyword index alone was sure (it matched most of the message and beat the runner-up). */
  sure?: boolean;
  /** How many of the message's meaningful words the chosen entry matched. */
  matched?: number;
  score: number;
  ranked: Candidate[];
  options: Candidate[];
}

/** "What is it?", "explain ... in plain English": a definition, of the program the message names. */
const DEFINITION =
  /\b(what( even| exactly)? (is|s|are) (it|that|this|they)|what does (it|that|this|the)( program)? (do|mean)|overview|explain|define|definition|definir|defin[ae]|definicion|in plain (english|words)|(que|q) (es|son) (eso|esto|eso del|lo del)?|de que se trata|para que sirve)\b/;
/** A message whose last words ask what it is ("... what is that exactly", "... q es eso", "... what is ccs"). */
const ENDS_ASKING_WHAT = /(^| )what_is( (it|that|this|they|eso|esto|ccs|wcm|exactly|even|actually|really|lol|again|tho|then))*$/;
/** When something began ("when did ... start", "what year did ... begin", "since when has ... been around", "desde cuando existe"). */
const ASKS_START =
  / (when|what year|which year|since when|how long ago) .*(start|started|starts|begin|began|begins|launch|launched|kick in|kicked in|go live|went live|take effect|took effect|been around|exist|existed) | (desde cuando|cuando|en que ano|que ano) .*(empezo|empezaron|comenzo|comenzaron|inicio|iniciaron|arranco|existe|entro en vigor) /;
/** A baby's NICU stay and a follow-up after it, in any order or sentence ("in the nicu ... any follow up after we go home", "salimos de la ucin, le dan seguimiento"): High Risk Infant Follow-up. */
const NICU = '(nicu|ucin|uci neonatal|neonatal intensive care)';
const FOLLOW_UP = '(follow ?ups?|followup|seguimiento|check(ing)? on|keep an eye on|development|desarrollo)';
const NICU_FOLLOW_UP = new RegExp(` ${NICU} (.* )?${FOLLOW_UP} | ${FOLLOW_UP} (.* )?${NICU} `);
const HRIF = 'hrif';
/** The NICU's own authorizations: a provider's question about them stays one. */
const NICU_AUTH = 'nicu-auth';
/** Doubt about eligibility beside referring anyway ("Dx may or may not be CCS-eligible. Should I still refer?", "no se si califica, igual lo refiero?"). */
const UNSURE =
  '(not sure|unsure|dont know|do not know|no se si|no sabemos si|may or may not|might or might not|may not|might not|unclear|not clear|uncertain|puede que|quizas|tal vez|no (estoy|estamos) segur[oa]s?)';
const ANYWAY = '(still|anyway|anyways|even so|worth|igual|de todas formas|de todos modos|aun asi|vale la pena)';
const REFERRING = '(refer|referral|referring|referencia|referir|refiero|referirlo|referirla)';
const UNSURE_REFERRAL = new RegExp(` ${UNSURE} (.* )?(${ANYWAY} (.* )?${REFERRING}|${REFERRING} (.* )?${ANYWAY})`);
const REFER_UNSURE = 'refer-unsure';
/** What "CCS" means in Illinois' Pathways program. */
const ILLINOIS_CCS = 'il-ccs-meaning';
/** The entry that says what each program is. */
const DEFINES: Record<Program, string> = {
  ccs: 'ccs-what',
  wcm: 'wcm-what',
  pathways: 'il-pathways',
  ccso: 'il-ccso',
  hsp: 'il-hsp-what',
  mtp: 'cm-therapy',
  hrif: 'hrif',
};

/**
 * The entry a message asks about. The whole message is read first; then each of its sentences
 * and clauses, so a chatty preamble does not drown the question ("hi, sorry to bother, my doctor
 * said ... what even is it") and a two-part question gets both parts.
 */
function findEntries(said: string, lang: Lang, entities: Entities, messageRegion: Region | undefined): Found {
  // "how do i get my son signed up for ccs he has cerebral palsy": beside another question frame the condition says who the child is.
  const { frame, condition } = entities;
  const text = frame && frame !== 'condition' && condition !== undefined ? withoutPhrase(unaccented(said), condition) : said;
  // "I'm a pediatrician. How do I refer a patient?": the clauses asked are the question; the ones said weigh as context.
  const whole = rankAndDecide(weighClauses(text, lang), lang, messageRegion);
  // The frame says what is asked, for CCS itself ("HRIF: until what age?" is HRIF's age); the words, when sure of an entry
  // of the same question, say which (FRAME_ANSWER's kin), unless a condition is named: then its words outweigh the question.
  const aboutCcs = messageRegion !== 'IL' && (entities.program === undefined || entities.program === 'ccs');
  const framing = frame && aboutCcs ? FRAME_ANSWER[frame] : undefined;
  const wordsChoose = whole.sure && condition === undefined && whole.entry && framing?.kin.includes(whole.entry.id);
  const framed = framing && !wordsChoose ? faqById(framing.entry) : undefined;
  // A clause is read alone, so it must stay in the message's region ("what should I include" after a California referral question).
  const region = messageRegion ?? (whole.entry ?? whole.ranked[0]?.entry)?.region;
  // A clause that asks without a topic ("what do we do"), or about what was said ("until what age is that?"), leaves the question to the clauses around it.
  const pieces = clauses(text)
    .filter((c) => hasTopic(c, lang) && !POINTS_BACK.test(fold(c)))
    .map((c) => ({ ...rankAndDecide(c, lang, region), asks: isAsked(c, text) }));
  // A short clause alone says little ("can my kid still get ccs"): it must carry evidence of its own.
  // Where the message asks something, a clause that only says something ("my daughter has spina bifida") is context, not the question.
  // A statement is never a second answer beside the whole message's one ("i think we're about to lose our medi-cal, the paperwork is a mess").
  const asking = pieces.some((d) => d.asks);
  const parts = pieces.filter((d) => d.entry && hasEvidence(d) && (!region || d.entry.region === region) && (d.asks || (!asking && !whole.entry)));
  const tokens = canonicalTokens(text);
  const asksDefinition = DEFINITION.test(fold(text)) || tokens.includes('what_is');
  // In Illinois "CCS" is Care Coordination and Support, not California's program, also beside the program it is part of
  // ("in illinois pathways what does ccs stand for").
  const illinoisCcs = messageRegion === 'IL' && (entities.program === 'ccs' || (entities.program === 'pathways' && tokens.includes('ccs')));
  const defines = illinoisCcs ? ILLINOIS_CCS : entities.program && DEFINES[entities.program];
  const definition = defines && asksDefinition ? faqById(defines) : undefined;
  // "when did the whole child model start", "desde cuando existe": the program's own entry, when it dates the program.
  const programEntry = defines && ASKS_START.test(fold(text)) ? faqById(defines) : undefined;
  const dated = programEntry && /\b(19|20)\d\d\b/.test(programEntry.answer[lang]) ? programEntry : undefined;
  // "..., what does that program do?": a sentence that asks only for a definition is the question.
  // "my sons dr said something about ccs and referring us what even is that", "... pero no se que es": a message that ends asking what it is asks that too.
  const bareDefinition =
    definition &&
    (ENDS_ASKING_WHAT.test(tokens.join(' ')) ||
      [text, ...clauses(text)].some((c) => (DEFINITION.test(fold(c)) || canonicalTokens(c).includes('what_is')) && isBareDefinition(c, lang)));
  // The NICU's follow-up is HRIF, even where going home or the hospital weigh more in the words (not a question about the NICU's
  // authorizations); doubt about eligibility beside referring anyway is "refer anyway", even where the question clause alone reads
  // as how to refer, unless the whole message is surely another topic.
  const nicuFollowUp = whole.entry?.id !== NICU_AUTH && NICU_FOLLOW_UP.test(fold(text)) ? faqById(HRIF) : undefined;
  const referAnyway = !whole.sure && UNSURE_REFERRAL.test(fold(text)) ? faqById(REFER_UNSURE) : undefined;
  const entry = (bareDefinition ? definition : undefined) ?? nicuFollowUp ?? referAnyway ?? framed ?? whole.entry ?? definition ?? dated ?? parts[0]?.entry;
  const also = parts.find((d) => d.entry && d.entry.id !== entry?.id)?.entry;
  return { ...whole, entry, also: entry ? also : undefined, score: whole.entry ? whole.score : (parts[0]?.score ?? 0) };
}

/**
 * Whether the entry is asked the way the message is: a plain message as the entry's main question
 * is; one that says "not" as one of its questions or keywords does ("no answer from ccs" is how long it takes).
 */
function askedThisWay(entry: FaqEntry, text: string, lang: Lang): boolean {
  if (!isNegated(text)) return !isNegated(entry.questions[lang][0]);
  return [...entry.questions[lang], ...(entry.keywords?.[lang] ?? [])].some(isNegated);
}

/** Enough to answer a part of a message on its own: two of its words matched, or it is nearly word for word a paraphrase. */
function hasEvidence(found: Found): boolean {
  return (found.matched ?? 0) >= 2 || found.score >= SIMILAR.verbatim;
}

// Filler before the question word is still a question ("like is there income limits or whatever", "quick question: how long ...").
const QUESTION_START =
  /^(?:(?:like|so|and|but|ok|okay|also|well|um|oh|y|pero|entonces|bueno|oye|o sea|(?:quick|one|two|a few|a couple of|una|dos|\d) (?:questions?|preguntas?|things|cosas))\s*[:,-]?\s+)*(what|how|who|when|where|which|why|do|does|did|can|could|is|are|should|would|will|anything|any|que|qué|como|cómo|quien|quién|cuando|cuándo|donde|dónde|cual|cuál|puedo|puede|hay|tengo|necesito|ccs (?:cover|covers|pay|pays|help|helps|include|includes|cubre|paga|ayuda))\b/i;

/** Words that ask without saying about what ("what are we supposed to do?", "can ccs help w that?"). */
const NO_TOPIC = new Set(['ccs', 'supposed', 'meant', 'happen', 'pasa', 'sigue', 'debo', 'debemos', 'deberia', 'deberiamos']);

/** Whether a sentence names what it is about (a definition's "what is it" does: the program); one that does not takes its topic from the sentences around it. */
function hasTopic(sentence: string, lang: Lang): boolean {
  return DEFINITION.test(fold(sentence)) || analyze(sentence, lang).some((t) => !NO_TOPIC.has(t));
}

/** A question asked inside a clause that does not start like one ("2 questions: how old can my kid be", "once my pt is on CCS do i still see them"). */
const INVERSION = / (do|does|did|can|could|should|would|will|is|are) (i|we|you|u|he|she|they|it|ccs|my|our|there) /;

/**
 * Whether a clause is asked: it starts like a question or turns into one, or the next punctuation
 * after it is the message's "?" (both sides of "does it have to be a CCS doctor or can I go to
 * any?" are asked; "my daughter has spina bifida, do they ...?" says, then asks).
 */
function isAsked(clause: string, text: string): boolean {
  const at = text.indexOf(clause);
  return (
    QUESTION_START.test(clause.replace(/^[¿¡\s]+/, '')) ||
    /^[¿]/.test(clause) ||
    INVERSION.test(fold(clause)) ||
    (at >= 0 && /^[^.?!,;]*\?/.test(text.slice(at + clause.length)))
  );
}

/** A few words that only set the frame of the question after them ("in an independent county", "for a NICU baby", "en un condado dependiente"): no verb, so nothing is said. */
const FRAME = /^ (in|for|under|at|en|para|bajo) (a|an|the|un|una|el|la|los|las|our|my|mi|nuestro|nuestra) (\w+ ){0,3}$/;
/** How much a clause that only says something weighs beside the ones that ask: it is context, not the question. */
const CONTEXT_WEIGHT = 0.5;
/** From how many clauses a message is a story, whose question is about its last part rather than all of it. */
const STORY_CLAUSES = 4;
/** How much the rest of a story weighs beside its question and what the question points at ("born at 30 weeks, 6 weeks in the nicu" is no question of time). */
const STORY_WEIGHT = 0.25;
/**
 * A question that points back at what was said: a pronoun it ends on ("hasta que edad es?", "que
 * incluye eso", "what even is it"; not "what goes with it") or "that request", "anyway" or "is it worth it" ("igual lo mandamos?", "should we even bother"),
 * or with "it" or "that" doing what a program does ("how long does that go for", "when does it end").
 */
const POINTS_BACK =
  /(?<! (with|con|for|para|to|in|en|like|como)) ((it|that|this|eso|esto|es|ello)|(that|those|these|esa|ese|esos|esas) (request|one|thing|kind|case|situation|option|solicitud|peticion|caso|cosa|situacion|opcion))\s*$| (anyway|even so|worth|bother|regardless|igual|aun asi|vale la pena|de todos modos|de todas formas|en ese caso|in that case) | (does|do|did|will|would|is) (it|that|this) (go|go on|last|run|take|end|work) /;

/**
 * The message as weighted clauses: the clauses that ask weigh fully, the ones that only say
 * something weigh as context ("I'm a social worker at a children's hospital, quick question - can
 * SW make the referral?"). A message that asks nothing is read evenly, and so is one whose question
 * is about what was said: it names one topic word or none ("kid came thru our ER ... not a CCS
 * approved hospital. what are we supposed to do", "..., hay algun programa?") or points back at it.
 */
function weighClauses(text: string, lang: Lang): Clauses {
  const parts = splitClauses(text);
  // "ok and if the doctor does it, what do they send": the if-clause says which case; the question is what is asked.
  if (parts.length > 1 && OPENS_WITH_IF_CLAUSE.test(parts[0])) return parts.map((p, i) => ({ text: p, weight: i === 0 ? CONTEXT_WEIGHT : 1 }));
  const asked = parts.filter((p) => isAsked(p, text) && !describesChild(p, text));
  const topicWords = asked.flatMap((p) => analyze(p, lang)).filter((t) => !NO_TOPIC.has(t));
  // "a dentist for my son with cerebral palsy": who the child is is context, once the rest names a topic of its own.
  const described = parts.filter((p) => describesChild(p, text));
  const rest = parts.filter((p) => !described.includes(p));
  if (described.length > 0 && rest.flatMap((p) => analyze(p, lang)).some((t) => !NO_TOPIC.has(t)))
    return parts.map((p) => ({ text: p, weight: described.includes(p) ? CONTEXT_WEIGHT : 1 }));
  const aboutContext = topicWords.length < 2 || asked.some((p) => POINTS_BACK.test(fold(p)));
  if (asked.length === 0 || asked.length === parts.length) return [{ text, weight: 1 }];
  if (!aboutContext) return parts.map((p) => ({ text: p, weight: asked.includes(p) ? 1 : CONTEXT_WEIGHT }));
  if (parts.length < STORY_CLAUSES) return [{ text, weight: 1 }];
  // In a long story a question about what was said is about what was said just before it ("... a high risk infant follow up clinic
  // thru ccs. how long does that go for?"): that clause weighs with the question, the story further back as context.
  const pointedAt = new Set(parts.filter((p, i) => !asked.includes(p) && asked.includes(parts[i + 1])));
  return parts.map((p) => ({ text: p, weight: asked.includes(p) || pointedAt.has(p) ? 1 : STORY_WEIGHT }));
}

function rankAndDecide(query: string | Clauses, lang: Lang, region?: Region): Found {
  const text = asClauses(query)
    .map((c) => c.text)
    .join(' ');
  const ranked = rank(query, lang, region);
  const [first, second] = ranked;
  const none: Found = { score: 0, ranked, options: [] };
  if (!first) return none;
  const keywordTop = ranked.reduce<Candidate | undefined>(
    (best, c) => (c.keyword && (!best?.keyword || c.keyword.score > best.keyword.score) ? c : best),
    undefined,
  );
  const keywordSecond = keywordTop && ranked.filter((c) => c !== keywordTop && c.keyword).sort((a, b) => b.keyword!.score - a.keyword!.score)[0];
  // A message that is almost word for word one of an entry's paraphrases is that entry's question.
  const nearest = ranked.reduce((best, c) => (c.similarity > best.similarity ? c : best), first);
  if (nearest.similarity >= SIMILAR.verbatim && (nearest.keyword?.matched ?? 0) >= 4)
    return { ...none, entry: nearest.entry, score: nearest.score, sure: true, matched: nearest.keyword?.matched ?? 0 };
  // "Which Medi-Cal plans operate under WCM?", "which HCBS services fall under Pathways": a list asked for is the one entry asked
  // for that list (its answer names them), over entries that only share the words around it.
  const listed = listAsked(text);
  // The list is of a program the message names: "que servicios da el programa hsp" is not Pathways' list.
  const programs = listed ? analyze(text, lang).filter((w) => PROGRAM_WORDS.has(w)) : [];
  const listing = listed
    ? ranked.filter(
        (c) =>
          c.entry.questions[lang].some((q) => listAsked(q) === listed) &&
          (programs.length === 0 || programs.some((w) => entryWordsOf(c.entry, lang, 'all').has(w))),
      )
    : [];
  if (listing.length === 1 && (listing[0].keyword?.matched ?? 0) >= 2)
    return { ...none, entry: listing[0].entry, score: listing[0].score, matched: listing[0].keyword?.matched ?? 0 };
  // The keyword index cannot see "not": an entry never asked the way the message is ("if my child doesn't qualify") is not sure.
  const sameSense = keywordTop && askedThisWay(keywordTop.entry, text, lang);
  // Nor is it sure when the paraphrase model is sure of another entry that matches as many of the
  // message's words ("una silla de ruedas nueva": "new" is no new diagnosis).
  const contradicted =
    keywordTop &&
    nearest.entry !== keywordTop.entry &&
    nearest.similarity >= SIMILAR.sure &&
    nearest.similarity >= SIMILAR.outweighs * keywordTop.similarity &&
    (nearest.keyword?.coverage ?? 0) >= (keywordTop.keyword?.coverage ?? 0);
  // Nor when the message asks what only another close entry's questions ask, and the paraphrase model prefers that one
  // ("what must the WCM plan's case management include": "must" is SB 586's question, not who does it).
  const close = ranked.filter((c) => c.score >= first.score * CLARIFY.close && c.similarity >= CLARIFY.minSimilarity);
  const decisive = askedAs(close, text, lang, WEAK_ASKS);
  const askedOtherwise = decisive && keywordTop && decisive !== keywordTop && decisive.similarity > keywordTop.similarity;
  if (keywordTop?.keyword && sameSense && !contradicted && !askedOtherwise && isConfident(keywordTop.keyword, keywordSecond?.keyword))
    return { ...none, entry: keywordTop.entry, score: keywordTop.keyword.score, sure: true, matched: keywordTop.keyword.matched };

  const coverage = first.keyword?.coverage ?? 0;
  // One shared word is not enough evidence ("how much is a pizza"), unless the paraphrase is nearly the message.
  const evidence = (first.keyword?.matched ?? 0) >= 2 || first.similarity >= SIMILAR.sure;
  const leads = !second || first.score >= second.score * SIMILAR.minLead;
  const similarSure = evidence && first.similarity >= SIMILAR.min && leads && coverage >= SIMILAR.minCoverage;
  const agree =
    evidence &&
    keywordTop === first &&
    first.similarity >= AGREE.minSimilarity &&
    coverage >= AGREE.minCoverage &&
    (!second || first.score > second.score * 1.05);
  // Every close answer has a say in what decides; a "did you mean" shows the first few.
  const options = close.slice(0, CLARIFY.max);
  // Among close answers whose words tie, what the question asks decides before a narrow lead does ("does the doctor have to be ccs paneled": "have to").
  // "can" is too common to decide alone ("can we send a ccs referral from our urgent care": how, not who).
  const topicTies = decisive && (decisive.keyword?.coverage ?? 0) >= (first.keyword?.coverage ?? 0);
  if (decisive && evidence && topicTies) return { ...none, entry: decisive.entry, score: decisive.score, matched: decisive.keyword?.matched ?? 0 };
  if (similarSure || agree) return { ...none, entry: first.entry, score: first.score, matched: first.keyword?.matched ?? 0 };
  const asked = askedAs(close, text, lang);
  if (asked && evidence) return { ...none, entry: asked.entry, score: asked.score, matched: asked.keyword?.matched ?? 0 };
  // "not" is evidence of its own: the one close answer asked with it, when it is also the nearest paraphrase's.
  const negated = onlyAskedThisWay(close, text, lang);
  if (negated && negated === nearest && negated.similarity >= SIMILAR.min)
    return { ...none, entry: negated.entry, score: negated.score, matched: negated.keyword?.matched ?? 0 };
  return { ...none, options };
}

/** The things a "which ...?" question asks to have listed, each under one name in either language. */
const LISTED: Record<string, string> = {
  service: 'service',
  services: 'service',
  servicio: 'service',
  servicios: 'service',
  hcbs: 'service',
  plan: 'plan',
  plans: 'plan',
  planes: 'plan',
  county: 'county',
  counties: 'county',
  condado: 'county',
  condados: 'county',
  condition: 'condition',
  conditions: 'condition',
  condiciones: 'condition',
  enfermedades: 'condition',
  document: 'document',
  documents: 'document',
  documentos: 'document',
  papeles: 'document',
};
const LIST_QUESTION = new RegExp(
  ` (?:(?:which|what)(?: (?!(?:is|are|s|does|do|did|the|a|an|can|should)\\b)\\w+){0,3}?|(?:que|cuales|cual)) (${Object.keys(LISTED).join('|')}) `,
);

/** Programs' names as the index reads them: CCS and its Whole Child Model, and the other programs the bot knows. */
const CCS_PROGRAM_WORDS = new Set(['ccs', 'wcm']);
const OTHER_PROGRAM_WORDS = new Set(['pathway', 'hsp', 'ccso', 'mtp', 'hrif']);
const PROGRAM_WORDS = new Set([...CCS_PROGRAM_WORDS, ...OTHER_PROGRAM_WORDS]);

/** What a "which ...?" question asks to have listed ("which medi-cal plans", "que planes", "what home and community based services"). */
function listAsked(text: string): string | undefined {
  const noun = LIST_QUESTION.exec(fold(text).replace(/ (kinds?|types?|sorts?) of /g, ' '))?.[1];
  return noun && LISTED[noun];
}

const NO_ASKS: ReadonlySet<string> = new Set();
const WEAK_ASKS: ReadonlySet<string> = new Set(['can']);

/**
 * Among answers whose topics tie ("paneled providers"), the only one whose own questions ask what
 * the message asks ("does every CCS service have to be from paneled providers?": "have to").
 */
function askedAs(options: Candidate[], text: string, lang: Lang, ignored: ReadonlySet<string> = NO_ASKS): Candidate | undefined {
  const asks = asksOf(text).filter((kind) => !ignored.has(kind));
  if (options.length < 2 || asks.length === 0) return undefined;
  const fitting = options.filter((c) => c.entry.questions[lang].some((q) => asks.every((kind) => asksOf(q).includes(kind))));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** Among close answers, the only one asked with "not" when the message says it ("what if they say my kid doesnt qualify"). */
function onlyAskedThisWay(options: Candidate[], text: string, lang: Lang): Candidate | undefined {
  if (options.length < 2 || !isNegated(text)) return undefined;
  const fitting = options.filter((c) => askedThisWay(c.entry, text, lang));
  return fitting.length === 1 ? fitting[0] : undefined;
}

const AUDIENCE =
  / (for|para) (a|an|our|my|the|un|una|mi|nuestro|nuestra)? ?(new|nuevo|nueva)? ?(case managers?|casemanagement|nurses?|social workers?|parents?|famil(y|ies)|providers?|clinic|doctors?|staff|coordinators?|trabajadora social|enfermera|padres|familia|proveedor(es)?) /g;

/** Whether a sentence has no topic besides "what is" and a program's name ("what even is it", "que es eso del wcm"). */
function isBareDefinition(sentence: string, lang: Lang): boolean {
  // Who it is for is not a topic: "an overview of CCS for a new case manager"; nor how broad it should be ("general", "the scope of"), nor "me da".
  const topic = fold(sentence).replace(AUDIENCE, ' ');
  const words = analyze(topic, lang);
  // "que hace una ccso": another program's name alone is the program asked about; beside "CCS" it is where CCS is asked about ("CCS in the Pathways program").
  const otherProgram = !words.includes('ccs');
  return words.every(
    (t) =>
      t === 'what_is' ||
      CCS_PROGRAM_WORDS.has(t) ||
      (otherProgram && OTHER_PROGRAM_WORDS.has(t)) ||
      /^(program|programa|mean|significa|plain|english|ingles|words|palabras|overview|brief|briefly|summary|quick|short|resumen|breve|brevemente|corto|general|scope|alcance|abarca|basic|high|level|da|dame|illinoi|california|there|alla)$/.test(
        t,
      ),
  );
}

/** Every entry either reading found (in `region`, when the message says which), scored by both. */
function rank(text: string | Clauses, lang: Lang, region: Region | undefined): Candidate[] {
  const inRegion = <T extends { entry: FaqEntry }>(hits: T[]) => (region ? hits.filter((h) => h.entry.region === region) : hits);
  const hits = bestHits(text, lang, inRegion);
  const similar = inRegion(similarEntries(text, lang));
  const topKeyword = Math.max(hits[0]?.score ?? 0, CONFIDENT.minScore);
  const byId = new Map<string, Candidate>();
  const candidate = (entry: FaqEntry) => byId.get(entry.id) ?? byId.set(entry.id, { entry, similarity: 0, score: 0 }).get(entry.id)!;
  for (const hit of hits.slice(0, 10)) candidate(hit.entry).keyword = hit;
  for (const hit of similar.slice(0, 10) as SimilarHit[]) candidate(hit.entry).similarity = hit.similarity;
  const all = [...byId.values()];
  for (const c of all) c.score = c.similarity + 0.6 * (c.keyword ? c.keyword.coverage * Math.min(1, c.keyword.score / topKeyword) : 0);
  return all.sort((a, b) => b.score - a.score);
}

// Not entities' CHILD: this reads the words as typed (accents) and takes a patient too, for whom a description also follows.
const CHILD = '(?:son|daughter|kid|kids|child|children|baby|boy|girl|patient|pt|hijo|hija|hijos|beb[eé]|ni[nñ]o|ni[nñ]a|ni[nñ]os|nene|nena|paciente)';
// Not the company a child keeps ("llevar a mi hijo con cualquier doctor", "go with his dad").
const DESCRIBED_AS =
  '(?:with(?! (?:any|the|his|her|their|our|my|us|me|him|them)\\b)|who has|con(?! (?:cualquier\\w*|el|la|los|las|su|sus|mi|mis|otro|otra|ese|esa|este|esta|ellos|ella|nosotros)\\b)|que tiene|que padece)\\b';
const DESCRIPTION_START = new RegExp(`^${DESCRIBED_AS}`, 'i');
const AFTER_CHILD = new RegExp(`\\b${CHILD} +$`, 'i');

/** Whether a clause says who the child is ("with cerebral palsy", "con paralisis cerebral"), right after the child is named. */
function describesChild(clause: string, text: string): boolean {
  return DESCRIPTION_START.test(clause) && AFTER_CHILD.test(text.slice(0, text.indexOf(clause)));
}

const IF_CLAUSE_START = '^\\s*(?:(?:ok|okay|and|so|but|y|pero|bueno|entonces)\\s+)*(?:if|si)\\s+';
const QUESTION_WORD = '(?:what|who|how|where|which|que|qué|quien|quién|como|cómo|donde|dónde|cual|cuál)\\b';
/** The if-clause a follow-on opens with ("and if the doctor does it"): it says which case; the question after it is what is asked. */
const IF_CLAUSE = new RegExp(`${IF_CLAUSE_START}.*?\\s+(?=${QUESTION_WORD})`, 'i');
const OPENS_WITH_IF_CLAUSE = new RegExp(IF_CLAUSE_START, 'i');

/**
 * A run-on message changes sentence where it starts saying something about the child ("does ccs pay for PT my son has
 * cerebral palsy") or asks in the middle ("el doctor hizo el referral le tengo q mandar algo?", "... do i need to send anything").
 */
const RUN_ON = new RegExp(
  [
    // "ok and if the doctor does it what do they send", "y si lo hace el doctor que tiene que mandar": the if-clause, then the question.
    `(?<=${IF_CLAUSE_START}\\S+(?:\\s+\\S+){0,8})\\s+(?=${QUESTION_WORD})`,
    `\\s+(?=(?:my|our|mi|nuestro|nuestra) ${CHILD} (?:has|had|is|was|just|got|tiene|tuvo|esta|es|ya)\\b)`,
    // "... for my son with cerebral palsy", "para mi hija con sindrome de down": who the child is, said after the question.
    `(?<=\\b${CHILD}) +(?=${DESCRIBED_AS})`,
    String.raw`(?<!\b(?:how|what|where|who|when|why|which|and|or|so|but|then|if|that|que|como|donde|quien|cuando|y|o|si|pero)) +(?=(?:(?:do|should|can|must|would) (?:i|we) (?:need|have|still|send|call|apply|refer)|(?:le |les |lo |la )?(?:tengo|tenemos|debo|debemos|necesito|ocupo|hay) (?:q|que|k) )\b)`,
  ].join('|'),
  'i',
);

/** Sentences and clauses (after a comma or a dash: "quick question - what do we send"), and questions joined by "and"/"or" ("..., what should I include", "how do I refer and who can"). */
function splitClauses(text: string): string[] {
  return withFramesJoined(text, splitAtPunctuation(text));
}

/** "In an independent county, which determinations does county staff make?": a frame is read with the clause it introduces. */
function withFramesJoined(text: string, parts: string[]): string[] {
  const joined: string[] = [];
  let frame: string | undefined;
  parts.forEach((p, i) => {
    const part = frame ? text.slice(text.indexOf(frame), text.indexOf(p, text.indexOf(frame)) + p.length) : p;
    frame = i < parts.length - 1 && FRAME.test(fold(p)) ? part : undefined;
    if (!frame) joined.push(part);
  });
  return joined;
}

function splitAtPunctuation(text: string): string[] {
  return text
    .split(RUN_ON)
    .flatMap((sentence) =>
      sentence.split(
        /[?!.;]+\s*|,\s*(?:(?:and|or|y|o)\s+)?|(?:\s+[-–—]|\s*:)\s+(?=(?:what|how|who|where|when|which|do|does|can|is|should|que|qué|como|cómo|quien|quién|donde|dónde)\b)|\s+(?:and|or|also|y|o|tambien|también)\s+(?=(?:what|how|who|where|when|which|do|does|can|could|is|are|should|would|will|must|anything|que|qué|como|cómo|quien|quién|donde|dónde|cuando|cuándo|a (?:donde|dónde|que|qué|cual|cuál)|puedo|podemos|puede|pueden|tengo|tenemos|tiene|tienen|hay|debo|debemos|ocupo|necesito|necesitamos)\b)/i,
      ),
    )
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The clauses of two words or more that can be read alone, when the message has more than one. */
function clauses(text: string): string[] {
  const parts = splitClauses(text).filter((p) => p.split(/\s+/).length >= 2);
  return parts.length > 1 ? parts : [];
}

/** Hits in the message's language; people mix languages, so the other index gets a say when this one is unsure. */
function bestHits(text: string | Clauses, lang: Lang, inRegion: (hits: FaqHit[]) => FaqHit[]): FaqHit[] {
  const own = inRegion(searchFaq(text, lang));
  if (own[0] && isConfident(own[0], own[1])) return own;
  const other = inRegion(searchFaq(text, lang === 'en' ? 'es' : 'en'));
  return other[0] && isConfident(other[0], other[1]) ? other : own;
}

function isConfident(top: FaqHit, second: FaqHit | undefined): boolean {
  return (
    top.topical > 0 &&
    top.asked &&
    top.score >= CONFIDENT.minScore &&
    top.coverage >= CONFIDENT.minCoverage &&
    (!second || top.score >= second.score * CONFIDENT.minLead)
  );
}

// ---- Helpers ----------------------------------------------------------------------------------

type Region = FaqEntry['region'];
const ILLINOIS_PROGRAMS = new Set<Program>(['pathways', 'ccso', 'hsp']);

/**
 * The region a message is about, when it says: Illinois (a place or an Illinois program) or
 * California (a county, a California plan, CCS or WCM named, and no Illinois word). A message in
 * one region never gets the other's answer ("kaiser, not medi-cal, can he still get ccs" is not Pathways).
 */
function regionOf(entities: Entities, cues: Cues): Region | undefined {
  if (entities.illinois || (entities.program && ILLINOIS_PROGRAMS.has(entities.program))) return 'IL';
  if (cues.illinois) return undefined;
  const californiaPlan = entities.plan && entities.plan.name !== 'Molina Healthcare';
  return entities.place || californiaPlan || entities.program ? 'CA' : undefined;
}

/** A plan that is the Whole Child Model plan of one county only ("we have CalOptima") places the child there. */
function onlyCountyOf(entities: Entities): County | undefined {
  const wcm = entities.plan?.wcmCounties ?? [];
  return wcm.length === 1 ? wcm[0] : undefined;
}

/** Whether a message nobody could answer was about our subject (then "not in our sources" beats "not understood"). */
function inDomain(cues: Cues, entities: Entities, best: Candidate | undefined): boolean {
  const evidence = (best?.keyword?.coverage ?? 0) >= 0.5 && (best?.keyword?.matched ?? 0) >= 2;
  return cues.ccs || cues.illinois || entities.program !== undefined || entities.plan !== undefined || evidence;
}

/** Whether the message is just `phrase` plus words without meaning ("Bureau of Behavioral Health?"). */
function saysOnly(text: string, phrase: string): boolean {
  return fold(text)
    .replace(` ${phrase} `, ' ')
    .trim()
    .split(' ')
    .every((w) => !w || STOPWORDS.en.has(w) || STOPWORDS.es.has(w));
}
