import type { Activity } from 'botbuilder-core';
import type { ConversationTraits } from '../../src/channels/verifiedChannel';
import type { Lang } from '../../src/i18n';
import type { ReferralMessageKey } from '../../src/referrals/messages';
import type { ReferralDraft } from '../../src/referrals/model';
import type { Router } from '../../src/referrals/routing';
import type { FieldParse } from '../../src/referrals/validation';

/**
 * What every question of the referral intake and a handoff is: it knows how to ask itself
 * (replies neutral to how they are shown; choices become "Reply 1 for ..." in a text), how to
 * read an answer in English or Spanish, and, for draft fields, how the summary shows the answer
 * and which words name it in a correction ("change the county", "cambiar el condado").
 */

export interface AskContext {
  lang: Lang;
  /** Who the conversation is with; its caller id is the number an SMS arrives from (E.164). */
  traits: ConversationTraits;
  draft: ReferralDraft;
  /** Today in California (ISO). */
  today: string;
  router: Router;
  /** A language the person just named ("Spanish") while this question was open. */
  languageHint?: Lang;
}

export interface Question<T = unknown> {
  ask(ctx: AskContext): Partial<Activity>;
  parse(text: string, ctx: AskContext): FieldParse<T>;
  /** Free text (names, condition): a question typed here is answered from the knowledge base rather than taken as the answer. */
  freeText?: boolean;
  /** Re-asks with the hint when the person names a language while this question is open. */
  usesLanguageHint?: boolean;
}

/** Intake fields in the order they are asked; each is a key of the draft (or two, for the name). */
export const FIELD_IDS = [
  'role',
  'referrerName',
  'childName',
  'dateOfBirth',
  'county',
  'condition',
  'mediCal',
  'mediCalPlan',
  'openToCcs',
  'practiceName',
  'npi',
  'fax',
  'emergency',
  'admittedOn',
  'phone',
  'preferredLanguage',
  'preferredLanguageOther',
  'updatesOptIn',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

export interface Field extends Question<Partial<ReferralDraft>> {
  id: FieldId;
  /** Summary label; also the title of the field in "what would you like to change?". */
  label: ReferralMessageKey;
  applies(draft: ReferralDraft): boolean;
  answered(draft: ReferralDraft): boolean;
  display(draft: ReferralDraft, lang: Lang): string;
  /** Folded words that name this field in a correction. */
  names: RegExp;
}
