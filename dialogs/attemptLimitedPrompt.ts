import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder-core';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { textReply } from '../src/bot/replies';
import { turnLang } from '../src/bot/turnLanguage';

/** Unreadable answers before the question stops being asked again and a person (or the office) is offered: no endless loops. */
export const MAX_ATTEMPTS = 3;

/** What every attempt-limited question keeps between turns. */
export interface AttemptState {
  attempts: number;
}

/** An answer read, or what to say instead: the message that says what is wanted. */
export type AttemptRead<T> = { ok: true; value: T } | { ok: false; retry: string };

/**
 * One question asked until it gets an answer it can read, at most {@link MAX_ATTEMPTS} times:
 * each unreadable answer is met with a message saying what is wanted (with the question's
 * choices, if it has any), and the last one with what the question does then
 * ({@link onLastTry}: give up with a way to a person or the office, or offer a person). The
 * question is worded when it is asked, so it comes back in the current language after
 * "español". Commands and interruptions are handled above it (InterruptionDialog).
 */
export abstract class AttemptLimitedPrompt<T, O extends object = object, S extends AttemptState = AttemptState> extends Dialog<O> {
  /** The question, in the current language. */
  protected abstract ask(context: TurnContext, state: S): Partial<Activity>;
  /** Reads an answer (trimmed text). */
  protected abstract read(text: string, context: TurnContext, state: S): AttemptRead<T>;
  /** What happens after the last unreadable answer. */
  protected abstract onLastTry(dc: DialogContext, state: S): Promise<DialogTurnResult>;

  async beginDialog(dc: DialogContext, options?: O): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as S;
    Object.assign(state, options, { attempts: 0 });
    await dc.context.sendActivity(this.ask(dc.context, state));
    return Dialog.EndOfTurn;
  }

  async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    if (context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as S;
    const text = (context.activity.text ?? '').trim();
    const read = this.read(text, context, state);
    if (await this.handledInstead(dc, state, text, read)) return Dialog.EndOfTurn;
    if (read.ok) return dc.endDialog(read.value);
    return this.retry(dc, state, read.retry);
  }

  async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await context.sendActivity(this.ask(context, instance.state as S));
  }

  /** A message that is not taken as the answer because something else answered it (none here). */
  protected async handledInstead(_dc: DialogContext, _state: S, _text: string, _read: AttemptRead<T>): Promise<boolean> {
    return false;
  }

  /** One unreadable answer: the retry message (a choice question keeps its choices), or on the last try {@link onLastTry}. */
  protected async retry(dc: DialogContext, state: S, retry: string): Promise<DialogTurnResult> {
    if (this.countTry(state)) return this.onLastTry(dc, state);
    const lang = turnLang(dc.context);
    const ask = this.ask(dc.context, state);
    await dc.context.sendActivity(ask.suggestedActions ? { ...ask, text: retry } : textReply(retry, lang));
    return Dialog.EndOfTurn;
  }

  /** Counts one more try; true from the {@link MAX_ATTEMPTS}th on. */
  protected countTry(state: S): boolean {
    state.attempts += 1;
    return state.attempts >= MAX_ATTEMPTS;
  }
}
