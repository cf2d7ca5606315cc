import { INFORMATIONAL, NOT_CURRENT, URGENT } from './crisisContext';
import { CRISIS_RULES, CrisisKind, CrisisRule } from './crisisLexicon';
import { ILLINOIS_PLACES } from './crisisVocabulary';
import { normalizeText } from './normalizeText';

export type { CrisisKind } from './crisisLexicon';

export interface CrisisSignal {
  kind: CrisisKind;
  /** The message places the family in Illinois, so the CARES line is added for behavioral crises. */
  illinois: boolean;
}

/**
 * When a message matches several kinds, the one whose safety message covers the others wins:
 * the poisoning message already says "911 if they will not wake up or did it on purpose", and the
 * medical one is plain 911, which also serves someone who is hurt and in a behavioral crisis.
 */
const PRIORITY: readonly CrisisKind[] = ['poisoning', 'medical', 'behavioral'];

// "IL" only in capitals: lowercase "il" is not a reliable signal.
const ILLINOIS_ABBREVIATION = /\bIL\b/;

// Laughing emoji mark a figure of speech ("I'm dying here 😂"); normalization drops emoji, so read the raw text.
const LAUGHING = /[\u{1F602}\u{1F923}\u{1F605}\u{1F606}\u{1F639}]/u;

/** See the header of crisisLexicon.ts for which context switches which rule off. */
function ruleApplies(rule: CrisisRule, notCurrent: boolean, informational: boolean): boolean {
  if (rule.contextual) return !notCurrent && !informational;
  return rule.kind === 'behavioral' || !notCurrent;
}

/**
 * Detects a message that describes a medical emergency, a poisoning or a behavioral crisis
 * happening now. Biased toward recall: when wording is ambiguous it reports a crisis, and only
 * clear signs of a mention (past event, habit, hypothetical, program question) turn it off.
 */
export function detectCrisis(text: string): CrisisSignal | undefined {
  // Time cues are read per sentence, so "He was fine last year. Now he isn't breathing" still counts.
  const sentences = text.split(/[.;!?\n]+/).map(normalizeText);
  const whole = sentences.join(' ');
  const urgent = URGENT.test(whole) || /!{2,}/.test(text);
  const informational = !urgent && (INFORMATIONAL.test(whole) || LAUGHING.test(text));

  const strong = new Set<CrisisKind>();
  const weak = new Set<CrisisKind>();
  const check = (rule: CrisisRule, target: string, notCurrent: boolean) => {
    if (!ruleApplies(rule, notCurrent, informational) || !rule.pattern.test(target) || rule.unless?.test(target)) return;
    (rule.weak ? weak : strong).add(rule.kind);
  };
  // A message-wide rule is off when any of its sentences is a past or hypothetical mention.
  const anyNotCurrent = !urgent && sentences.some((sentence) => NOT_CURRENT.test(sentence));
  for (const rule of CRISIS_RULES) {
    if (rule.wholeMessage) check(rule, whole, anyNotCurrent);
    else for (const sentence of sentences) check(rule, sentence, !urgent && NOT_CURRENT.test(sentence));
  }
  const kinds = strong.size > 0 ? strong : weak;
  const kind = PRIORITY.find((k) => kinds.has(k));
  if (!kind) return undefined;
  return { kind, illinois: ILLINOIS_ABBREVIATION.test(text) || ILLINOIS_PLACES.test(whole) };
}
