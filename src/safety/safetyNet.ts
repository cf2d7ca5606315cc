import { mentionsIllinois } from './crisisDetector';
import { DANGER, NOT_AN_EMERGENCY, NOT_DANGER, readContext } from './crisisContext';
import { withoutFiguresOfSpeech } from './crisisLexicon';
import type { SafetySignal } from './safetyMessages';

const QUESTION_ABOUT_COVERAGE =
  /\b(cover\w*|cubre\w*|eligib\w*|elegib\w*|qualif\w*|califica\w*|condition\w*|condicion\w*|program\w*|medication\w*|medicine\w*|meds|medicamento\w*|medicina\w*|insurance|seguro|pay\w*|paga\w*|benefit\w*|beneficio\w*|reimburs\w*|reembols\w*)\b/;

// Asking for a plan, a test, a document or a number is a question about services, not an emergency.
const ASKS_FOR_SERVICE =
  /\b(?:plan|study|eval\w*|note|letter|number|line|free|screening|neurologist|specialist|nurse|clinic|sar|estudio|numero|linea|gratis|especialista|clinica|plan de|babyproof\w*|childproof\w*|grupos? de apoyo)\b/;

/**
 * Words that sound urgent in a message the detector did not flag: not a figure of speech, a
 * joke, a coverage or service question, or a past or habitual mention — unless it also sounds
 * urgent ("help", "right now"). It starts an urgent handoff, so it must not fire on ordinary talk.
 */
export function soundsUrgent(text: string): boolean {
  const context = readContext(text);
  // What the message says of now: not before "it stopped" or "but we found it", not a figure of speech.
  const now = context.sentences.map((sentence) => withoutFiguresOfSpeech(sentence.now.replace(NOT_AN_EMERGENCY, ' '), context.laughing)).join(' ');
  const words = now.replace(NOT_DANGER, ' ');
  if (!DANGER.test(words)) return false;
  if (context.urgent) return true;
  const mention = context.informational || context.sentences.some((sentence) => sentence.mention || sentence.asks);
  return !mention && !QUESTION_ABOUT_COVERAGE.test(words) && !ASKS_FOR_SERVICE.test(words) && !context.laughing;
}

/** The safety net for a message the bot could not answer: `unclear` when its words sound urgent. */
export function safetyNet(text: string): SafetySignal | undefined {
  return soundsUrgent(text) ? { kinds: ['unclear'], illinois: mentionsIllinois(text) } : undefined;
}
