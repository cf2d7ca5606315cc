import { createHash } from 'node:crypto';
import { ActivityTypes, type Activity, type BotState, type TurnContext } from 'botbuilder-core';
import { StorageConflictError } from '../storage/dynamoStorage';
import { backoff, type Backoff } from '../storage/backoff';

/** Turns a conversation remembers with their replies, so a redelivery is answered from state. */
const REMEMBERED_TURNS = 3;
/** Where in the conversation's state the remembered turns live. */
const COMMITTED_TURNS = 'committedTurns';
/** Waits between attempts after losing an eTag race to another process (another Lambda) on the same conversation. */
const CONFLICT_BACKOFF: Backoff = { baseMs: 20, capMs: 500 };

/** A turn whose state was saved: what it answered, kept with the state in the same write. */
export interface CommittedTurn {
  /** The inbound activity's id (Twilio's MessageSid on SMS). */
  id: string;
  /** Epoch ms of the commit. */
  at: number;
  /** Hash of the text as the person sent it (never the text itself), to recognise the same text sent again. */
  textHash?: string;
  replies: Partial<Activity>[];
}

/**
 * The turns of each conversation that are waiting in this process, in arrival order: a burst of
 * texts from one phone is worked through one at a time instead of racing on the state's eTag.
 * (Separate processes, e.g. two Lambdas, still race; they retry with jittered backoff.)
 */
export class TurnQueue {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let finished!: () => void;
    const tail = previous.then(() => new Promise<void>((resolve) => (finished = resolve)));
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      finished();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

export interface CommittedTurnOptions {
  /** Attempts before a persistent conflict is reported as an error. */
  maxAttempts?: number;
  /** Orders this process's turns of one conversation (the bot's own queue). */
  queue?: TurnQueue;
  /** Called with the replies of the successful attempt, before state is saved (e.g. to remember offered choices). */
  beforeSave?: (context: TurnContext, replies: Partial<Activity>[]) => Promise<void>;
  /** Called once the state is saved, beside sending the replies (e.g. to keep a transcript). Its failure is its own. */
  afterCommit?: (context: TurnContext, replies: Partial<Activity>[]) => Promise<void>;
}

/**
 * Runs one turn so that replies leave only after its state is saved, and are saved with it. Replies
 * are held back while the bot works; if the save loses an eTag race (another text from the same
 * phone was processed meanwhile), the held replies are dropped, state is re-read and the turn runs
 * again on top of the other one. Nothing is half-written and nobody gets two answers to one message.
 *
 * The replies are written in the same state write as the turn's effects, under the activity's id.
 * So a delivery of an activity already committed (Twilio retrying after the process died between
 * the save and the reply) gets that turn's answer again, and runs nothing twice.
 *
 * Side effects inside `logic` must therefore be idempotent per inbound activity (key them on
 * `context.activity.id`).
 */
export async function runCommittedTurn(
  context: TurnContext,
  state: BotState,
  logic: (context: TurnContext) => Promise<void>,
  { maxAttempts = 10, queue, beforeSave, afterCommit }: CommittedTurnOptions = {},
): Promise<void> {
  const { activity } = context;
  const key = `${activity.channelId}/${activity.conversation?.id}`;
  return queue
    ? queue.run(key, () => commitTurn(context, state, logic, { maxAttempts, beforeSave, afterCommit }))
    : commitTurn(context, state, logic, { maxAttempts, beforeSave, afterCommit });
}

async function commitTurn(
  context: TurnContext,
  state: BotState,
  logic: (context: TurnContext) => Promise<void>,
  { maxAttempts, beforeSave, afterCommit }: Required<Pick<CommittedTurnOptions, 'maxAttempts'>> & CommittedTurnOptions,
): Promise<void> {
  const id = context.activity.id;
  const textHash = context.activity.text === undefined ? undefined : hashText(context.activity.text);
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
      const done = id ? committedTurns(state, context).find((turn) => turn.id === id) : undefined;
      if (done) {
        // Already committed (by a delivery whose answer never left): its answer, nothing run again.
        held = undefined;
        if (done.replies.length > 0) await context.sendActivities(done.replies);
        return;
      }
      await logic(context);
      await beforeSave?.(context, held);
      if (id) remember(state, context, { id, at: Date.now(), textHash, replies: held });
      try {
        await state.saveChanges(context);
        break;
      } catch (error) {
        if (!(error instanceof StorageConflictError) || attempt >= maxAttempts) throw error;
        await backoff(attempt, CONFLICT_BACKOFF);
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

/** The conversation's remembered turns, newest last (state must be loaded). */
export function committedTurns(state: BotState, context: TurnContext): CommittedTurn[] {
  return (state.get(context)?.[COMMITTED_TURNS] as CommittedTurn[] | undefined) ?? [];
}

/** The turn committed before this one, if the person sent exactly `text` then (the same text sent again). */
export function sameTextAsLastTurn(state: BotState, context: TurnContext, text: string): CommittedTurn | undefined {
  const last = committedTurns(state, context).at(-1);
  return last && last.id !== context.activity.id && last.textHash === hashText(text) ? last : undefined;
}

function remember(state: BotState, context: TurnContext, turn: CommittedTurn): void {
  const cached = state.get(context);
  // Replies as JSON (what storage keeps anyway): no class instances or undefined values.
  const replies = JSON.parse(JSON.stringify(turn.replies)) as Partial<Activity>[];
  cached[COMMITTED_TURNS] = [...committedTurns(state, context), { ...turn, replies }].slice(-REMEMBERED_TURNS);
}

function hashText(text: string): string {
  return createHash('sha256').update(text.trim().toLowerCase()).digest('hex').slice(0, 16);
}
