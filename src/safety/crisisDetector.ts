import { notCurrent, readContext } from './crisisContext';
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

/** See the header of crisisLexicon.ts for which context switches which rule off. */
function ruleApplies(rule: CrisisRule, mentionOnly: boolean, informational: boolean): boolean {
  if (rule.contextual) return !mentionOnly && !informational;
  return rule.kind === 'behavioral' || !mentionOnly;
}

/**
 * Detects a message that describes a medical emergency, a poisoning or a behavioral crisis
 * happening now. Biased toward recall: when wording is ambiguous it reports a crisis, and only
 * clear signs of a mention (past event, habit, hypothetical, program question) turn it off.
 */
export function detectCrisis(text: string): CrisisSignal | undefined {
  const context = readContext(text);
  const { sentences, whole, informational } = context;
  const strong = new Set<CrisisKind>();
  const weak = new Set<CrisisKind>();
  const check = (rule: CrisisRule, target: string, mentionOnly: boolean) => {
    if (!ruleApplies(rule, mentionOnly, informational) || !rule.pattern.test(target) || rule.unless?.test(target)) return;
    (rule.weak ? weak : strong).add(rule.kind);
  };
  // A message-wide rule is off when any of its sentences is a past or hypothetical mention.
  const anyNotCurrent = sentences.some((sentence) => notCurrent(context, sentence));
  for (const rule of CRISIS_RULES) {
    if (rule.wholeMessage) check(rule, whole, anyNotCurrent);
    else for (const sentence of sentences) check(rule, sentence, notCurrent(context, sentence));
  }
  const kinds = strong.size > 0 ? strong : weak;
  const kind = PRIORITY.find((k) => kinds.has(k));
  if (!kind) return undefined;
  return { kind, illinois: mentionsIllinois(text) };
}

/** The message places the family in Illinois (a city, the state, or "IL"). */
export function mentionsIllinois(text: string): boolean {
  return ILLINOIS_ABBREVIATION.test(text) || ILLINOIS_PLACES.test(normalizeText(text));
}
