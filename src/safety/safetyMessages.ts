import content from '../../content/safety.json';
import type { CrisisSignal } from './crisisDetector';

export type Lang = 'en' | 'es';

/**
 * The reply sent before anything else when a crisis is detected: the right line to call, the
 * Illinois CARES line for behavioral crises there (it dispatches Mobile Crisis Response, which is
 * for mental health, not for medical or poisoning emergencies), then the staff follow-up.
 */
export function safetyMessage(signal: CrisisSignal, lang: Lang): string {
  const { crisis } = content;
  const lines = [crisis[signal.kind][lang]];
  if (signal.kind === 'behavioral' && signal.illinois) lines.push(crisis.illinoisCares[lang]);
  lines.push(crisis.followUp[lang]);
  return lines.join('\n');
}

/** Sent when a message contained a Social Security number (which must be redacted, not stored). */
export function ssnNotice(lang: Lang): string {
  return content.ssnNotice[lang];
}
