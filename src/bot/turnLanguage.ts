import type { TurnContext } from 'botbuilder-core';
import type { Lang } from '../i18n';
import { detectLanguage } from '../knowledge';
import type { ConversationProfile } from './profile';

const PROFILE = Symbol('conversationProfile');

/** Makes the conversation's profile available to every dialog of this turn. */
export function setTurnProfile(context: TurnContext, profile: ConversationProfile): void {
  context.turnState.set(PROFILE, profile);
}

export function turnProfileOrUndefined(context: TurnContext): ConversationProfile | undefined {
  return context.turnState.get(PROFILE);
}

export function turnProfile(context: TurnContext): ConversationProfile {
  const profile = turnProfileOrUndefined(context);
  if (!profile) throw new Error('[turnProfile]: the bot did not set the profile for this turn.');
  return profile;
}

/**
 * The language to answer this message in: the person's explicit choice if they made one,
 * otherwise the language this message is written in, otherwise the last one used.
 */
export function turnLang(context: TurnContext): Lang {
  const profile = turnProfile(context);
  if (!profile.langChosen) {
    const detected = detectLanguage(context.activity.text ?? '');
    if (detected) profile.lang = detected;
  }
  return profile.lang ?? 'en';
}
