import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder-core';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { AttemptLimitedPrompt, type AttemptRead, type AttemptState } from '../attemptLimitedPrompt';
import { knowledgeReplies } from '../../src/bot/knowledgeReplies';
import { turnUnderstanding } from '../../src/bot/turnUnderstanding';
import { choicesReply, textReply } from '../../src/bot/replies';
import { turnLang } from '../../src/bot/turnLanguage';
import type { ReferralDraft } from '../../src/referrals/model';
import { rt } from '../../src/referrals/messages';
import { conversationTraits } from '../../src/channels/verifiedChannel';
import { referralServices } from '../../src/bot/turnServices';
import { looksLikeQuestion } from '../../src/referrals/validation';
import { fold } from './answers';
import type { AskContext } from './questionTypes';
import { personChoice, questionFor, type StepId } from './questions';
import { TRY_AGAIN } from './words';

export const FIELD_PROMPT = 'referral.fieldPrompt';

export interface FieldPromptOptions {
  question: StepId;
  /** The draft as it stands, for questions that mention earlier answers (the child's name, the SMS number). */
  draft: ReferralDraft;
}

interface FieldPromptState extends FieldPromptOptions, AttemptState {
  /** The retry limit was reached and a person was offered. */
  offering?: boolean;
  languageHint?: AskContext['languageHint'];
}

/**
 * Asks one intake question and returns the validated answer. Invalid answers get a message that
 * says what is wanted, up to MAX_ATTEMPTS times (attemptLimitedPrompt.ts); then a person is offered (the global
 * "talk to a person" command does the handoff) with the option to try again. A question typed
 * instead of an answer is answered from the knowledge base, and the same question is asked again.
 * Reprompts re-render in the current language (after "español" mid-question).
 */
export class FieldPrompt extends AttemptLimitedPrompt<unknown, FieldPromptOptions, FieldPromptState> {
  constructor(id = FIELD_PROMPT) {
    super(id);
  }

  async beginDialog(dc: DialogContext, options?: FieldPromptOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('[FieldPrompt]: options with a question are required.');
    return super.beginDialog(dc, { question: options.question, draft: options.draft });
  }

  protected read(text: string, context: TurnContext, state: FieldPromptState): AttemptRead<unknown> {
    const parsed = questionFor(state.question).parse(text, askContextOf(context, state));
    return parsed.ok ? parsed : { ok: false, retry: rt(parsed.error.key, turnLang(context), parsed.error.vars) };
  }

  /** "Try again" after a person was offered; a question typed instead of the answer, answered when the knowledge base can. */
  protected async handledInstead(dc: DialogContext, state: FieldPromptState, text: string, read: AttemptRead<unknown>): Promise<boolean> {
    if (state.offering && TRY_AGAIN.test(fold(text))) {
      state.offering = false;
      state.attempts = 0;
      await dc.context.sendActivity(this.ask(dc.context, state));
      return true;
    }
    const asksInstead = !read.ok || (questionFor(state.question).freeText && looksLikeQuestion(text));
    const aside = asksInstead ? this.answerAside(dc.context) : [];
    if (aside.length === 0) return false;
    const lang = turnLang(dc.context);
    await dc.context.sendActivities([...aside, textReply(rt('backToReferral', lang), lang), this.askAgain(dc.context, state)]);
    return true;
  }

  async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as FieldPromptState;
    const command = turnUnderstanding(context).command;
    if (command?.kind === 'language' && questionFor(state.question).usesLanguageHint) state.languageHint = command.lang;
    // A reload shows the open question again; a message that brought it back counts as asking again.
    const again =
      context.activity.type === ActivityTypes.Message ? this.askAgain(context, state) : state.offering ? this.offer(context) : this.ask(context, state);
    await context.sendActivity(again);
  }

  /** The typed answer was one too many: a person is offered (again, for each answer after that) with "try again". */
  protected async onLastTry(dc: DialogContext, state: FieldPromptState): Promise<DialogTurnResult> {
    state.offering = true;
    await dc.context.sendActivity(this.offer(dc.context));
    return Dialog.EndOfTurn;
  }

  /**
   * The question once more, whatever brought it back (a question typed instead, a command):
   * from its MAX_ATTEMPTS-th return on, a person is offered with it instead.
   */
  private askAgain(context: TurnContext, state: FieldPromptState): Partial<Activity> {
    if (this.countTry(state)) state.offering = true;
    return state.offering ? this.offer(context) : this.ask(context, state);
  }

  protected ask(context: TurnContext, state: FieldPromptState): Partial<Activity> {
    return questionFor(state.question).ask(askContextOf(context, state));
  }

  private offer(context: TurnContext): Partial<Activity> {
    const lang = turnLang(context);
    const tryAgain = rt('tryAgain', lang);
    return choicesReply(rt('giveUpOffer', lang), [personChoice(lang), { title: tryAgain, value: tryAgain }], lang);
  }

  /** A question asked instead of an answer: its answer when the knowledge base has one (then the question again), else nothing. */
  private answerAside(context: TurnContext): Partial<Activity>[] {
    const result = turnUnderstanding(context).answer;
    if (result.kind !== 'faq' && result.kind !== 'county' && result.kind !== 'contact') return [];
    return knowledgeReplies(result, turnLang(context), { inIntake: true });
  }
}

/**
 * Whether `text` is an answer the question open at the bottom of the dialog stack accepts
 * ("English" to "Which language should the office use?"). Such an answer is the answer, never
 * the global command the same word would be elsewhere.
 */
export function openQuestionAccepts(dc: DialogContext, text: string): boolean {
  let leaf: DialogContext = dc;
  while (leaf.child) leaf = leaf.child;
  const instance = leaf.activeDialog;
  if (instance?.id !== FIELD_PROMPT) return false;
  const state = instance.state as FieldPromptState;
  return questionFor(state.question).parse(text.trim(), askContextOf(dc.context, state)).ok;
}

function askContextOf(context: TurnContext, state: FieldPromptState): AskContext {
  const services = referralServices(context);
  return {
    lang: turnLang(context),
    traits: conversationTraits(context),
    draft: state.draft,
    today: services.calendar.localDate(services.now()),
    router: services.router,
    languageHint: state.languageHint,
  };
}
