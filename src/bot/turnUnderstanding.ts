import type { TurnContext } from 'botbuilder';
import { understand, type Understanding } from '../nlu/understand';
import { turnLang } from './turnLanguage';

const UNDERSTANDING = Symbol('understanding');

/**
 * This turn's reading of the message (src/nlu/understand), made once and shared by every dialog
 * of the turn. Keyed by the text, so a redacted message (a Social Security number removed) is read again.
 */
export function turnUnderstanding(context: TurnContext): Understanding {
  const text = context.activity.text ?? '';
  const cached = context.turnState.get(UNDERSTANDING) as { text: string; understanding: Understanding } | undefined;
  if (cached?.text === text) return cached.understanding;
  const understanding = understand(text, turnLang(context));
  context.turnState.set(UNDERSTANDING, { text, understanding });
  return understanding;
}
