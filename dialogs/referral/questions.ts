import type { Choice } from '../../src/bot/replies';
import { t, type Lang } from '../../src/i18n';
import { FIELDS } from './fields';
import type { FieldId, Question } from './questionTypes';
import { REVIEW_QUESTIONS } from './reviewQuestions';

/** Any question the intake's field prompt can ask, by id: a draft field or one of the review and handoff questions. */
export type StepId = FieldId | keyof typeof REVIEW_QUESTIONS;

export function questionFor(id: StepId): Question<unknown> {
  return (id in FIELDS ? FIELDS[id as FieldId] : REVIEW_QUESTIONS[id as keyof typeof REVIEW_QUESTIONS]) as Question<unknown>;
}

/** What "Talk to a person" is called in this language (the global command recognizes it). */
export function personChoice(lang: Lang): Choice {
  const title = t('menuHuman', lang);
  return { title, value: title };
}
