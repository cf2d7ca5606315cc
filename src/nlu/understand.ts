import { answer, readEntities, unaccented, type Entities, type KnowledgeAnswer, type TopicContext } from '../knowledge';
import type { Lang } from '../i18n';
import { GREETING_START, normalize, recognizeCommand, recognizeGoal, type GlobalCommand, type Goal } from './intents';

/**
 * What one message means, read once: a global command, a goal to start, what it is about
 * (place, plan, age, audience, program) and the knowledge base's answer. Dialogs ask this instead
 * of matching the text themselves, so every step sees the same reading.
 */
export interface Understanding {
  command?: GlobalCommand;
  goal?: Goal;
  entities: Entities;
  /** Computed on first use: a command or a goal never needs it. */
  readonly answer: KnowledgeAnswer;
}

// "How do I refer a patient?" asks how; "I want to refer my son" asks to start. The first is answered, then the intake offered.
const HOW_TO =
  /\b(how (do|can|should|would|could) (i|we|you|one|a parent|a provider)|how to|what (do|should) (i|we) (need|include|send)|is there a way to|como (hago|puedo|podemos|se hace|se puede|mando|hacemos|le hago|refiero)|que (necesito|ocupo|tengo que) (para|hacer|mandar|incluir))\b/;

// "hola, ... ¿le dan pañales gratis?" asks something: not answered, it is said so and kept for staff, not met with the menu.
const ASKS =
  /[?¿]|(^|[,.;!]\s*)(what|how|who|when|where|which|why|can|could|does|do|is|are|should|would|will|que|como|quien|cuando|donde|cual|puedo|puede|pueden)\b/;
const SMALL_TALK = /\b(how are (you|u)|how r u|hows it going|how is it going|como (estas|esta|le va)|que tal)\b\s*\??/g;

function asksSomething(text: string): boolean {
  const plain = unaccented(text).replace(SMALL_TALK, ' ');
  return ASKS.test(plain.replace(GREETING_START, '').trim());
}

/** `context`: what the conversation was last about, so "and the fax?" or "y en Fresno?" is read with it. */
export function understand(text: string, lang: Lang, context?: TopicContext): Understanding {
  const entities = readEntities(text);
  const recognized = recognizeGoal(text);
  let known: KnowledgeAnswer | undefined;
  const understanding: Understanding = {
    command: recognizeCommand(text),
    goal: recognized === 'referral' && HOW_TO.test(normalize(text)) ? undefined : recognized,
    entities,
    get answer() {
      known ??= answer(text, lang, entities, context);
      return known;
    },
  };
  // "hola necesito ayuda para mi hijo": a greeting that asks nothing the knowledge base can answer is a greeting.
  if (!understanding.goal && GREETING_START.test(normalize(text)) && !asksSomething(text) && understanding.answer.kind === 'unknown')
    understanding.goal = 'greeting';
  return understanding;
}
