import { intakeWords } from '../../src/content';
import type { FieldId } from './questionTypes';

/**
 * The intake's word lists (content/intake-words.json) as the patterns answers are matched with.
 * Answers are folded first (see `fold`); the phrases are folded already (the schema allows only
 * lowercase letters, digits and single spaces), so they need no escaping.
 */
const either = (phrases: readonly string[]) => phrases.join('|');
/** Any of the phrases as the first words. */
const atStart = (phrases: readonly string[]) => new RegExp(`^(${either(phrases)})\\b`);
/** Any of the phrases as whole words anywhere; an empty list matches nothing. */
const anywhere = (phrases: readonly string[]) => (phrases.length ? new RegExp(`\\b(${either(phrases)})\\b`) : /$^/);
/** Exactly one of the phrases, nothing else. */
const whole = (phrases: readonly string[]) => new RegExp(`^(${either(phrases)})$`);

const w = intakeWords;

export const YES = atStart(w.yes);
export const NO = atStart(w.no);
export const UNSURE = anywhere(w.unsure);
/** A confirmation and nothing else ("correct", "yes it's right", "todo bien"). */
export const PURE_YES = new RegExp(`^(${either(w.pureYes.words)})( (${either(w.pureYes.tagSubjects)}) ?(${either(w.pureYes.tagWords)}))?$`);
export const CHANGE = anywhere(w.change);
export const SEND = anywhere(w.send);
export const CONSENT_SHARE = anywhere(w.consentShare);
export const CONSENT_DECLINE = anywhere(w.consentDecline);
export const RESUME_CONTINUE = atStart(w.resumeContinue);
export const RESUME_RESTART = anywhere(w.resumeRestart);
/** "Try again" after a person was offered. */
export const TRY_AGAIN = whole(w.tryAgain);
export const SKIP_COUNTY = atStart(w.skipCounty);
export const REPLY_IN_CHAT = atStart(w.replyInChat);
/** "This number" for the phone a text came from. */
export const THIS_NUMBER = atStart(w.thisNumber);
export const OTHER_PLAN = anywhere(w.otherPlan);
/** An Illinois place, or an Illinois ZIP code (600xx–629xx). */
export const ILLINOIS = new RegExp(`${anywhere(w.illinois).source}|\\b6[0-2]\\d{3}\\b`);
export const ROLE_WORDS = { parent: anywhere(w.roles.parent), provider: anywhere(w.roles.provider), other: anywhere(w.roles.other) };
export const MEDI_CAL_WORDS = { full: anywhere(w.mediCal.full), limited: anywhere(w.mediCal.limited) };
export const LANGUAGE_WORDS = { en: atStart(w.languages.en), es: atStart(w.languages.es), other: atStart(w.languages.other) };

/** The folded words that name a field in a correction ("change the county", "cambiar el condado"). */
export function fieldNames(id: FieldId): RegExp {
  return anywhere(w.fieldNames[id] ?? []);
}
