import { ActivityTypes, type Activity, type BotState, type TurnContext } from 'botbuilder';
import { StorageConflictError } from '../storage/dynamoStorage';

export interface CommittedTurnOptions {
  /** Attempts before a persistent conflict is reported as an error. */
  maxAttempts?: number;
  /** Called with the replies of the successful attempt, before state is saved (e.g. to remember offered choices). */
  beforeSave?: (context: TurnContext, replies: Partial<Activity>[]) => Promise<void>;
  /** Called once the state is saved, beside sending the replies (e.g. to keep a transcript). Its failure is its own. */
  afterCommit?: (context: TurnContext, replies: Partial<Activity>[]) => Promise<void>;
}

/**
 * Runs one turn so that replies leave only after its state is saved. Replies are held back while
 * the bot works; if the save loses an eTag race (another text from the same phone was processed
 * meanwhile), the held replies are dropped, state is re-read and the turn runs again on top of
 * the other one. Nothing is half-written and nobody gets two answers to one message.
 *
 * Side effects inside `logic` must therefore be idempotent per inbound activity (key them on
 * `context.activity.id`).
 */
export async function runCommittedTurn(
  context: TurnContext,
  state: BotState,
  logic: (context: TurnContext) => Promise<void>,
  { maxAttempts = 4, beforeSave, afterCommit }: CommittedTurnOptions = {},
): Promise<void> {
  let held: Partial<Activity>[] | undefined;
  context.onSendActivities(async (_ctx, activities, next) => {
    if (!held) return next();
    // Traces are diagnostics for the Emulator, not replies a person should see.
    held.push(...activities.filter((a) => a.type !== ActivityTypes.Trace || context.activity.channelId === 'emulator'));
    return activities.map(() => ({ id: '' }));
  });

  try {
    for (let attempt = 1; ; attempt++) {
      held = [];
      await state.load(context, attempt > 1);
      await logic(context);
      await beforeSave?.(context, held);
      try {
        await state.saveChanges(context);
        break;
      } catch (error) {
        if (!(error instanceof StorageConflictError) || attempt >= maxAttempts) throw error;
      }
    }
  } catch (error) {
    // The failed attempt's replies never leave; the adapter's error handler may now speak directly.
    held = undefined;
    throw error;
  }
  const replies = held;
  held = undefined;
  await Promise.all([replies.length > 0 ? context.sendActivities(replies) : undefined, afterCommit?.(context, replies)]);
}
