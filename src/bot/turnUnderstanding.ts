import type { TurnContext } from 'botbuilder-core';
import { rememberAnswer, type KnowledgeAnswer, type TopicContext } from '../knowledge';
import { understand, type Understanding } from '../nlu/understand';
import { turnLang, turnProfile, turnProfileOrUndefined } from './turnLanguage';

const UNDERSTANDING = Symbol('understanding');
/** A follow-up leans on the last answer for this long; a message after that is read on its own. */
const TOPIC_MEMORY_MS = 60 * 60 * 1000;

/**
 * This turn's reading of the message (src/nlu/understand), made once and shared by every dialog
 * of the turn, with what the conversation was last about. Keyed by the text, so a redacted
 * message (a Social Security number removed) is read again.
 */
export function turnUnderstanding(context: TurnContext): Understanding {
  const text = context.activity.text ?? '';
  const cached = context.turnState.get(UNDERSTANDING) as { text: string; understanding: Understanding } | undefined;
  if (cached?.text === text) return cached.understanding;
  const understanding = understand(text, turnLang(context), lastTopic(context));
  context.turnState.set(UNDERSTANDING, { text, understanding });
  return understanding;
}

/** Keeps what this turn's answer was about (and the place and age the message gave) for the next message. */
export function rememberTopic(context: TurnContext, answered: KnowledgeAnswer): void {
  const topic = rememberAnswer(lastTopic(context), answered, turnUnderstanding(context).entities);
  turnProfile(context).topic = { ...topic, at: Date.now() };
}

function lastTopic(context: TurnContext): TopicContext | undefined {
  const topic = turnProfileOrUndefined(context)?.topic;
  return topic && Date.now() - topic.at < TOPIC_MEMORY_MS ? topic : undefined;
}
