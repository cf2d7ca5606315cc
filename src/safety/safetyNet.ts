import { normalizeText } from './normalizeText';

/**
 * Words that may mean a child is in danger now, for messages the crisis detector did not flag
 * and the bot could not otherwise answer. A word-based detector misses new phrasings, so such a
 * reply also says "if this is an emergency, call 911" — but not for a question about coverage or
 * eligibility ("is poison control follow-up covered?"), which is not an emergency.
 */
const DANGER =
  /\b(die|dying|dead|kill|killing|suicid\w*|hurt\w*|harm\w*|cut(ting)?|blood|bleed\w*|breath\w*|chok\w*|blue|seiz\w*|convuls\w*|faint\w*|passed out|unconscious|wont wake|overdos\w*|pills?|swallow\w*|poison\w*|bleach|drank|gun|knife|stab\w*|threat\w*|emergenc\w*|morir|muert\w*|matar\w*|suicid\w*|lastim\w*|cortando|sangr\w*|respir\w*|ahog\w*|morad\w*|convulsion\w*|desmay\w*|inconscient\w*|pastillas|trag\w*|veneno|envenen\w*|cloro|pistola|cuchillo|amenaz\w*|emergencia)\b/;
const QUESTION_ABOUT_COVERAGE =
  /\b(cover\w*|cubre\w*|eligib\w*|elegib\w*|qualif\w*|califica\w*|condition\w*|condicion\w*|program\w*|medication\w*|medicine\w*|medicamento\w*|medicina\w*|insurance|seguro|pay\w*|paga\w*|benefit\w*|beneficio\w*)\b/;

export function soundsUrgent(text: string): boolean {
  const normalized = normalizeText(text);
  return DANGER.test(normalized) && !QUESTION_ABOUT_COVERAGE.test(normalized);
}
