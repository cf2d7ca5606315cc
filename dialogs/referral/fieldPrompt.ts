import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { knowledgeReplies } from '../../src/bot/knowledgeReplies';
import { turnUnderstanding } from '../../src/bot/turnUnderstanding';
import { choicesReply, textReply } from '../../src/bot/replies';
import { turnLang } from '../../src/bot/turnLanguage';
import type { ReferralDraft } from '../../src/referrals/model';
import { rt } from '../../src/referrals/messages';
import { conversationTraits } from '../../src/channels/verifiedChannel';
import { referralServices } from '../../src/bot/turnServices';
import { looksLikeQuestion } from '../../src/referrals/validation';
import { fold, personChoice, questionFor, type AskContext, type StepId } from './questions';

export const FIELD_PROMPT = 'referral.fieldPrompt';
/** Invalid answers before a person is offered instead of asking again (no endless loops). */
export const MAX_ATTEMPTS = 3;

export interface FieldPromptOptions {
  question: StepId;
  /** The draft as it stands, for questions that mention earlier answers (the child's name, the SMS number). */
  draft: ReferralDraft;
}

interface FieldPromptState extends FieldPromptOptions {
  attempts: number;
  /** The retry limit was reached and a person was offered. */
  offering?: boolean;
  languageHint?: AskContext['languageHint'];
}

const TRY_AGAIN = /^(try again|again|retry|ok|okay|intentar de nuevo|intentar otra vez|otra vez|de nuevo|reintentar|si|yes)$/;

/**
 * Asks one intake question and returns the validated answer. Invalid answers get a message that
 * says what is wanted, up to {@link MAX_ATTEMPTS} times; then a person is offered (the global
 * "talk to a person" command does the handoff) with the option to try again. A question typed
 * instead of an answer is answered from the knowledge base, and the same question is asked again.
 * Reprompts re-render in the current language (after "español" mid-question).
 */
export class FieldPrompt extends Dialog<FieldPromptOptions> {
  constructor(id = FIELD_PROMPT) {
    super(id);
  }

  async beginDialog(dc: DialogContext, options?: FieldPromptOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('[FieldPrompt]: options with a question are required.');
    const state = dc.activeDialog!.state as FieldPromptState;
    Object.assign(state, { question: options.question, draft: options.draft, attempts: 0 });
    await dc.context.sendActivity(this.ask(dc.context, state));
    return Dialog.EndOfTurn;
  }

  async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as FieldPromptState;
    const question = questionFor(state.question);
    const ctx = askContextOf(dc.context, state);
    const text = (dc.context.activity.text ?? '').trim();

    if (state.offering && TRY_AGAIN.test(fold(text))) {
      state.offering = false;
      state.attempts = 0;
      await dc.context.sendActivity(this.ask(dc.context, state));
      return Dialog.EndOfTurn;
    }

    const parsed = question.parse(text, ctx);
    const asksInstead = !parsed.ok || (question.freeText && looksLikeQuestion(text));
    const aside = asksInstead ? this.answerAside(dc.context) : [];
    if (aside.length > 0) {
      await dc.context.sendActivities([...aside, textReply(rt('backToReferral', ctx.lang), ctx.lang), this.askAgain(dc.context, state)]);
      return Dialog.EndOfTurn;
    }
    if (parsed.ok) return dc.endDialog(parsed.value);

    const again = this.askAgain(dc.context, state);
    const retryText = rt(parsed.error.key, ctx.lang, parsed.error.vars);
    // A choice question is retried with its choices; a typed answer with the message saying what is wanted.
    await dc.context.sendActivity(state.offering || again.suggestedActions ? { ...again, text: state.offering ? again.text : retryText } : textReply(retryText, ctx.lang));
    return Dialog.EndOfTurn;
  }

  async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as FieldPromptState;
    const command = turnUnderstanding(context).command;
    if (command?.kind === 'language' && questionFor(state.question).usesLanguageHint) state.languageHint = command.lang;
    // A reload shows the open question again; a message that brought it back counts as asking again.
    const again = context.activity.type === ActivityTypes.Message ? this.askAgain(context, state) : state.offering ? this.offer(context) : this.ask(context, state);
    await context.sendActivity(again);
  }

  /**
   * The question once more, whatever brought it back (an invalid answer, a question typed instead,
   * a command): from its {@link MAX_ATTEMPTS}th return on, a person is offered with it instead.
   */
  private askAgain(context: TurnContext, state: FieldPromptState): Partial<Activity> {
    state.attempts += 1;
    if (state.attempts >= MAX_ATTEMPTS) state.offering = true;
    return state.offering ? this.offer(context) : this.ask(context, state);
  }

  private ask(context: TurnContext, state: FieldPromptState): Partial<Activity> {
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
