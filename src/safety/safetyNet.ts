import { mentionsIllinois } from './crisisDetector';
import { readContext } from './crisisContext';
import { withoutFiguresOfSpeech } from './crisisLexicon';
import type { SafetySignal } from './safetyMessages';

/**
 * Words that may mean a child is in danger now, for messages the crisis detector did not flag
 * and the bot could not otherwise answer. A word-based detector misses new phrasings, so such a
 * reply starts with every emergency line and staff get an urgent handoff — but not for a question
 * about coverage or eligibility ("is poison control follow-up covered?"), which is not an emergency.
 */
const DANGER =
  /\b(die|dying|dead|kill|killing|suicid\w*|hurt\w*|harm\w*|cut(ting)?|blood|bleed\w*|breath\w*|chok\w*|blue|seiz\w*|convuls\w*|faint\w*|passed out|unconscious|wont wake|overdos\w*|pills?|swallow\w*|poison\w*|bleach|drank|gun|knife|stab\w*|threat\w*|emergenc\w*|morir|muert\w*|matar\w*|suicid\w*|lastim\w*|cortando|sangr\w*|respir\w*|ahog\w*|morad\w*|convulsion\w*|desmay\w*|inconscient\w*|pastillas|trag\w*|veneno|envenen\w*|cloro|pistola|cuchillo|amenaz\w*|emergencia)\b/;
const QUESTION_ABOUT_COVERAGE =
  /\b(cover\w*|cubre\w*|eligib\w*|elegib\w*|qualif\w*|califica\w*|condition\w*|condicion\w*|program\w*|medication\w*|medicine\w*|meds|medicamento\w*|medicina\w*|insurance|seguro|pay\w*|paga\w*|benefit\w*|beneficio\w*|reimburs\w*|reembols\w*)\b/;

// Figures of speech and names with those words: "copays are killing me", "killing it at PT",
// "my phone is about to die", "is Poison Control free?".
const NOT_DANGER =
  /\b(?:killing (?:it|time|two birds)|cutting (?:his|her|their|our|the) (?:\w+ )?(?:hours|services|benefits|budget|hair)|kill for|(?:is|are|its|was|were|be) killing (?:me|us)|(?:going to|gonna|will) kill (?:me|us)|dying (?:to|of|for|laughing|here|over)|to die for|dead tired|almost died laughing|me (?:muero|mata|matan|estan matando|esta matando|ahogo)|(?:me|nos) van a matar|muert[oa] de (?:cansancio|risa|sueno|hambre|ganas)|ahogad[oa] en|lifesaver|poison control|control de envenenamientos?|non emergenc\w*|(?:phone|battery|car|fax|laptop|computer|wheelchair|chair|tablet|ipad|pump|device|machine|charger|telefono|carro|pila|silla)(?: \w+){0,4} (?:die|died|dying|dead|muriendo|murio|muerto)|die of (?:embarrassment|shame|boredom|laughter)|(?:gonna|going to) die (?:when|if|of)|so dramatic|breathing (?:room|down)|(?:blood|sangre) (?:draw|test|tests|work|labs|results|count|sugar|pressure)|(?:sacan|sacaron|saquen|sacar) sangre|(?:not|isnt|no esta|no) (?:le )?(?:bleeding|sangrando|sangra)|(?:a little|poquita|un poco de) (?:blood|sangre)|bled a little|(?:water|toy|nerf|squirt|glue) gun|pistola de (?:agua|juguete)|knife skills|(?:gun safe|caja fuerte|guardad[oa] con llave|locked (?:up|in a safe))|ahoga\w* (?:de|con) (?:la )?risa|swallow\w* (?:\w+ ){0,3}(?:pills?|tablets?) (?:whole|fine)|swallow\w* (?:\w+ ){0,6}for the first time|trag\w* (?:\w+ ){0,3}pastillas? (?:solit[oa]|entera)|trag\w* (?:\w+ ){0,6}por primera vez|what counts as (?:a |an )?(?:\w+ )?emergenc\w*|que cuenta como (?:una )?emergencia|(?:guns?|pistolas?|armas?|rifles?)(?: \w+){0,3} (?:guardad[oa]s?|locked|in a safe|en (?:la|una) caja fuerte|con llave|bajo llave)|cutting (?:his|her|their) (?:own )?food|ya no (?:le )?(?:sale|sangra)|sangre salio|no (?:more )?(?:seizures|convulsiones|bleeding)|(?:ya )?respira (?:solit[oa]|bien|sin)|breathing (?:on (?:his|her) own|fine|normally))\b/g;
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
  const now = context.sentences.map((sentence) => withoutFiguresOfSpeech(sentence.now, context.laughing)).join(' ');
  const words = now.replace(NOT_DANGER, ' ');
  if (!DANGER.test(words)) return false;
  if (context.urgent) return true;
  const mention = context.informational || context.sentences.some((sentence) => sentence.mention);
  return !mention && !QUESTION_ABOUT_COVERAGE.test(words) && !ASKS_FOR_SERVICE.test(words) && !context.laughing;
}

/** The safety net for a message the bot could not answer: `unclear` when its words sound urgent. */
export function safetyNet(text: string): SafetySignal | undefined {
  return soundsUrgent(text) ? { kind: 'unclear', illinois: mentionsIllinois(text) } : undefined;
}
