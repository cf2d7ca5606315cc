import { isBotWording } from './botWords';
import { classifyCrisis } from './crisisClassifier';
import { readContext, toldSentences, type MessageContext, type SentenceReading } from './crisisContext';
import { withoutFiguresOfSpeech } from './crisisLexicon';
import { BARE_COUNT_ANSWER, CRISIS_RULES, CrisisKind, CrisisRule, OVERDOSE_TO_COME } from './crisisRules';
import { ILLINOIS_PLACES } from './crisisWordLists';
import { normalizeText } from './normalizeText';

export type { CrisisKind } from './crisisRules';

export interface CrisisSignal {
  /** Every kind the message reads as, most urgent first (PRIORITY): the reply gives each kind's line in this order. */
  kinds: CrisisKind[];
  /** The message places the family in Illinois, so the CARES line is added for behavioral crises. */
  illinois: boolean;
}

/** What the conversation says around a message: the crisis the bot answered on the turn just before, if any. */
export interface CrisisConversation {
  lastCrisis?: CrisisKind;
}

/**
 * The order of urgency when a message matches several kinds: a poisoning first, because its line
 * already says "911 now if they are not breathing, will not wake up, are having a seizure or took
 * it on purpose", so it covers the medical signs beside it; then plain 911 for someone hurt; then
 * 988. Self-harm with bleeding gets 911 then 988; pills taken on purpose, that line then 988.
 */
const PRIORITY: readonly CrisisKind[] = ['poisoning', 'medical', 'behavioral'];
/** An overdose still to come (OVERDOSE_TO_COME): 988 before Poison Control. */
const OVERDOSE_TO_COME_PRIORITY: readonly CrisisKind[] = ['medical', 'behavioral', 'poisoning'];

// "IL" only in capitals: lowercase "il" is not a reliable signal. SASS (Illinois' crisis service for children, reached through the
// CARES line) in capitals too: "sass" is a word.
const ILLINOIS_ABBREVIATION = /\bIL\b|\bSASS\b/;

/** Explicit self-harm or threat words, and a harm by a person (`byAPerson`): read whole, and off only in a past said to be over. */
const readAsExplicit = (rule: CrisisRule) => (rule.kind === 'behavioral' || rule.byAPerson === true) && !rule.contextual;

/**
 * See the header of crisisRules.ts for which context switches which rule off. Explicit words
 * (readAsExplicit) are off only in a past event the writer says is over (`resolvedPast`).
 */
function ruleApplies(rule: CrisisRule, mentionOnly: boolean, asks: boolean, resolvedPast: boolean, conversation: CrisisConversation): boolean {
  if (rule.afterCrisis && rule.afterCrisis !== conversation.lastCrisis) return false;
  if (rule.contextual) return !mentionOnly && !asks;
  return readAsExplicit(rule) ? !resolvedPast : !mentionOnly;
}

/**
 * The part of a sentence a rule reads. A poisoning is over only if nothing was swallowed ("but we
 * found it"): a child who seems fine after swallowing something still needs Poison Control. Other
 * medical signs are over once the sentence says so ("went well", "ya no le sale"). Explicit
 * self-harm or threat words, and a harm by a person (`byAPerson`), count wherever they sit.
 */
function partFor(rule: CrisisRule, sentence: SentenceReading): string {
  if (rule.kind === 'poisoning') return sentence.afterNotSwallowed;
  if (readAsExplicit(rule)) return sentence.full;
  return sentence.afterOutcome;
}

/**
 * The rules' reading: a medical emergency, a poisoning or a behavioral crisis happening now.
 * Biased toward recall: when wording is ambiguous it reports a crisis, and only clear signs of a
 * mention (past event, habit, hypothetical, program question, a danger that is over, a figure of
 * speech) turn it off. `context` is the message's reading (readContext), when the caller has it; `conversation`, the crisis
 * answered just before (an answer such as "si los dos" is a crisis only after one).
 */
export function detectCrisisByRules(text: string, context: MessageContext = readContext(text), conversation: CrisisConversation = {}): CrisisKind[] {
  const { sentences, informational, laughing, planCrossed } = context;
  const strong = new Set<CrisisKind>();
  // The care plan's own emergency: a reading past its threshold.
  if (planCrossed) strong.add('medical');
  const weak = new Set<CrisisKind>();
  const check = (rule: CrisisRule, target: string, mentionOnly: boolean, asks: boolean, resolvedPast: boolean) => {
    if (!ruleApplies(rule, mentionOnly, asks, resolvedPast, conversation) || !rule.pattern.test(target) || rule.unless?.test(target)) return;
    (rule.weak ? weak : strong).add(rule.kind);
  };
  // Each sentence has three parts (partFor) and every rule reads one: strip each part's figures of speech once, not once per rule.
  const literal = new Map<string, string>();
  const read = (rule: CrisisRule, sentence: SentenceReading) => {
    const part = partFor(rule, sentence);
    let stripped = literal.get(part);
    if (stripped === undefined) literal.set(part, (stripped = withoutFiguresOfSpeech(part, laughing)));
    return stripped;
  };
  // A message-wide rule is off when any of its sentences is a past or hypothetical mention, or asks about a service; a
  // sentence's rule when that sentence does, or the whole message is only questions and mentions (or laughs).
  const anyMention = sentences.some((sentence) => sentence.mention);
  const anyAsks = informational || sentences.some((sentence) => sentence.asks);
  const allResolved = sentences.length > 0 && sentences.every((sentence) => sentence.resolvedPast);
  for (const rule of CRISIS_RULES) {
    if (rule.wholeMessage) check(rule, sentences.map((sentence) => read(rule, sentence)).join(' '), anyMention, anyAsks, allResolved);
    else for (const sentence of sentences) check(rule, read(rule, sentence), sentence.mention, informational || sentence.asks, sentence.resolvedPast);
  }
  const kinds = strong.size > 0 ? strong : weak;
  const toCome = kinds.has('behavioral') && sentences.some((sentence) => OVERDOSE_TO_COME.test(sentence.full));
  return (toCome ? OVERDOSE_TO_COME_PRIORITY : PRIORITY).filter((k) => kinds.has(k));
}

/**
 * Detects a message that describes a crisis happening now: the rules, or else the scored
 * classifier (crisisClassifier.ts), which reads wording no rule was written for. The kinds
 * choose the numbers given, most urgent first; the classifier is asked only when no rule matched, for its one likeliest kind. The message is read for context once, for both layers. `conversation` is what the dialog
 * remembers of the turn before (mainDialog.ts): the crisis it answered, if any.
 */
export function detectCrisis(text: string, conversation: CrisisConversation = {}): CrisisSignal | undefined {
  const context = readContext(text);
  const byRules = detectCrisisByRules(text, context, conversation);
  const byClassifier = byRules.length > 0 ? undefined : classifierReading(text, context);
  const kinds = byClassifier ? [byClassifier] : byRules;
  return kinds.length > 0 ? { kinds, illinois: mentionsIllinois(text) } : undefined;
}

function classifierReading(text: string, context: MessageContext): CrisisKind | undefined {
  const kind = classifyCrisis(text);
  return kind && acceptsClassifier(text, kind, context) ? kind : undefined;
}

/**
 * Whether the detector takes the classifier's kind for a message. The classifier reads words,
 * not time or purpose, so not when the context layer (crisisContext.ts) reads the message as only
 * a mention: every sentence past, habitual, hypothetical or about a pet ("the dog bit his toy in
 * half"), or a question about a program or service ("I want to refer my son to CCS"), and nothing
 * sounds urgent — the rules' contextual words are switched off the same way. Not when every
 * sentence ends on a sign the danger is over ("breathing better since the new inhaler"), or, for
 * a poisoning, that nothing harmful was swallowed: "she seems fine" does not settle one. Short asides with no alarm word
 * ("thanks for checking") count for neither. Not for
 * the bot's own button and choice titles coming back as answers (botWords.ts). The training
 * script's held-out figures apply the same test. Not for a bare count ("yes 2 of them"): what it counts is in the turn before, which
 * only the rules are told (the count-answer rule, after a poisoning).
 */
export function acceptsClassifier(text: string, kind: CrisisKind, context: MessageContext = readContext(text)): boolean {
  return gateClosers(text, kind, context).length === 0;
}

/** A part of the context reading that closes the classifier's gate (acceptsClassifier). */
export type GateCloser = 'informational' | 'laughing' | 'all mention' | 'settled' | 'bot words' | 'bare count';

/** Each part that closes the classifier's gate for a message; none when the gate is open. */
export function gateClosers(text: string, kind: CrisisKind, context: MessageContext = readContext(text)): GateCloser[] {
  const { sentences, informational, laughing, settled, nothingSwallowed } = context;
  const told = toldSentences(sentences);
  const closers: GateCloser[] = [];
  // A message that laughs reads as informational whatever it asks.
  if (informational) closers.push(laughing ? 'laughing' : 'informational');
  if (told.length > 0 && told.every((sentence) => sentence.mention)) closers.push('all mention');
  if (kind === 'poisoning' ? nothingSwallowed : settled) closers.push('settled');
  if (isBotWording(text)) closers.push('bot words');
  if (BARE_COUNT_ANSWER.test(normalizeText(text))) closers.push('bare count');
  return closers;
}

/** The message places the family in Illinois (a city, the state, or "IL"). */
export function mentionsIllinois(text: string): boolean {
  return ILLINOIS_ABBREVIATION.test(text) || ILLINOIS_PLACES.test(normalizeText(text));
}
