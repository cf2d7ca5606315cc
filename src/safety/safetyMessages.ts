import content from '../../content/safety.json';
import type { CrisisKind } from './crisisDetector';
import { normalizeText } from './normalizeText';

export type Lang = 'en' | 'es';

export type SafetyKind = CrisisKind | 'unclear';

/** What the reply is for: a detected crisis, or `unclear` words that sound urgent in a message the bot did not understand. */
export interface SafetySignal {
  /** Most urgent first (crisisDetector.ts PRIORITY); `unclear` comes alone. */
  kinds: readonly SafetyKind[];
  /** The message places the family in Illinois, so the CARES line is added for behavioral or unclear crises. */
  illinois: boolean;
}

// The line for a kind that follows a more urgent one: its number without 911, which the first line gave. Medical has none:
// after a poisoning, the poisoning line already gives 911 for its signs; `unclear` comes alone.
const THEN_LINES: Partial<Record<SafetyKind, { en: string; es: string }>> = content.crisis.then;

/**
 * The reply sent before anything else, one message: the most urgent kind's line, each other
 * kind's number once, the Illinois CARES line when a behavioral crisis may be in Illinois (it
 * dispatches Mobile Crisis Response, which is for mental health, not for medical or poisoning
 * emergencies), then the staff follow-up.
 */
export function safetyMessage(signal: SafetySignal, lang: Lang): string {
  const { crisis } = content;
  const [first, ...others] = signal.kinds;
  const lines = [crisis[first][lang], ...others.flatMap((kind) => THEN_LINES[kind]?.[lang] ?? [])];
  if (signal.illinois && signal.kinds.some((kind) => kind === 'behavioral' || kind === 'unclear')) lines.push(crisis.illinoisCares[lang]);
  lines.push(crisis.followUp[lang]);
  return lines.join('\n');
}

/** Poison Control's number, asked for with nothing swallowed now ("so i can save it in my phone"): no alarm, no handoff. */
export function poisonControlNumber(lang: Lang): string {
  return content.poisonControlNumber[lang];
}

// A request for the number, not a report: "what's the poison control number", "el teléfono de control de envenenamientos".
const ASKS_POISON_CONTROL_NUMBER =
  /\b(?:number|phone|numero|telefono|tel)\b(?: \w+){0,4} (?:poison control|poison help|poison center|control de envenenamientos?|centro de (?:toxicologia|envenenamientos?))\b|\b(?:poison control|poison help|poison center|control de envenenamientos?)(?:s)?(?: \w+){0,2} (?:number|phone number|numero|telefono)\b/;

/**
 * The message asks for Poison Control's number. Read after the crisis detector, so a message that also tells a swallow
 * ("he drank bleach, whats the poison control number") has had its crisis reply already.
 */
export function asksPoisonControlNumber(text: string): boolean {
  return ASKS_POISON_CONTROL_NUMBER.test(normalizeText(text));
}

/** Sent when a message contained a Social Security number (which must be redacted, not stored). */
export function ssnNotice(lang: Lang): string {
  return content.ssnNotice[lang];
}
