import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { answer } from '../../src/knowledge';
import { knowledgeReplies } from '../../src/bot/knowledgeReplies';
import { choicesReply, textReply } from '../../src/bot/replies';
import { turnLang } from '../../src/bot/turnLanguage';
import { recognizeCommand } from '../../src/nlu/intents';
import type { ReferralDraft } from '../../src/referrals/intake';
import { rt } from '../../src/referrals/messages';
import { verifiedChannel } from '../../src/channels/verifiedChannel';
import { referralServices } from '../../src/referrals/services';
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
    const ctx = this.askContext(dc.context, state);
    const text = (dc.context.activity.text ?? '').trim();

    if (state.offering && TRY_AGAIN.test(fold(text))) {
      state.offering = false;
      state.attempts = 0;
      await dc.context.sendActivity(this.ask(dc.context, state));
      return Dialog.EndOfTurn;
    }

    const parsed = question.parse(text, ctx);
    const asksInstead = !parsed.ok || (question.freeText && looksLikeQuestion(text));
    if (asksInstead && (await this.answerAside(dc.context, text, state))) return Dialog.EndOfTurn;
    if (parsed.ok) return dc.endDialog(parsed.value);

    state.attempts += 1;
    if (state.attempts >= MAX_ATTEMPTS) {
      state.offering = true;
      await dc.context.sendActivity(this.offer(dc.context));
      return Dialog.EndOfTurn;
    }
    const ask = this.ask(dc.context, state);
    const retryText = rt(parsed.error.key, ctx.lang, parsed.error.vars);
    // A choice question is retried with its choices; a typed answer with the message saying what is wanted.
    await dc.context.sendActivity(ask.suggestedActions ? { ...ask, text: retryText } : textReply(retryText, ctx.lang));
    return Dialog.EndOfTurn;
  }

  async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as FieldPromptState;
    const command = recognizeCommand(context.activity.text ?? '');
    if (command?.kind === 'language' && questionFor(state.question).usesLanguageHint) state.languageHint = command.lang;
    await context.sendActivity(state.offering ? this.offer(context) : this.ask(context, state));
  }

  private askContext(context: TurnContext, state: FieldPromptState): AskContext {
    const services = referralServices(context);
    const verified = verifiedChannel(context);
    return {
      lang: turnLang(context),
      channel: verified.channel,
      draft: state.draft,
      smsFrom: verified.channel === 'sms' ? verified.phone : undefined,
      today: services.calendar.localDate(services.now()),
      router: services.router,
      languageHint: state.languageHint,
    };
  }

  private ask(context: TurnContext, state: FieldPromptState): Partial<Activity> {
    return questionFor(state.question).ask(this.askContext(context, state));
  }

  private offer(context: TurnContext): Partial<Activity> {
    const lang = turnLang(context);
    const tryAgain = rt('tryAgain', lang);
    return choicesReply(rt('giveUpOffer', lang), [personChoice(lang), { title: tryAgain, value: tryAgain }], lang);
  }

  /** A question asked instead of an answer: answered when the knowledge base is confident, then the question again. */
  private async answerAside(context: TurnContext, text: string, state: FieldPromptState): Promise<boolean> {
    const lang = turnLang(context);
    const result = answer(text, lang);
    if (result.kind !== 'faq' && result.kind !== 'county' && result.kind !== 'contact') return false;
    await context.sendActivities([...knowledgeReplies(result, lang), textReply(rt('backToReferral', lang), lang), this.ask(context, state)]);
    return true;
  }
}
