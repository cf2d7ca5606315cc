import content from '../../content/safety.json';
import type { CrisisKind } from './crisisDetector';

export type Lang = 'en' | 'es';

/** What the reply is for: a detected crisis, or `unclear` words that sound urgent in a message the bot did not understand. */
export interface SafetySignal {
  kind: CrisisKind | 'unclear';
  /** The message places the family in Illinois, so the CARES line is added for behavioral or unclear crises. */
  illinois: boolean;
}

/**
 * The reply sent before anything else: the right line to call, the Illinois CARES line when a
 * behavioral crisis may be in Illinois (it dispatches Mobile Crisis Response, which is for mental
 * health, not for medical or poisoning emergencies), then the staff follow-up.
 */
export function safetyMessage(signal: SafetySignal, lang: Lang): string {
  const { crisis } = content;
  const lines = [crisis[signal.kind][lang]];
  if (signal.illinois && (signal.kind === 'behavioral' || signal.kind === 'unclear')) lines.push(crisis.illinoisCares[lang]);
  lines.push(crisis.followUp[lang]);
  return lines.join('\n');
}

/** Sent when a message contained a Social Security number (which must be redacted, not stored). */
export function ssnNotice(lang: Lang): string {
  return content.ssnNotice[lang];
}
