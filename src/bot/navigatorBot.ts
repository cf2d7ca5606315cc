import { ActivityHandler, ActivityTypes, type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder-core';
import type { DialogState } from 'botbuilder-dialogs';
import type { VersionedConversationState } from '../storage/versionedConversationState';
import type { MainDialog } from '../../dialogs/mainDialog';
import { runCommittedTurn, sameTextAsLastTurn, TurnQueue } from './committedTurn';
import type { ConversationProfile } from './profile';
import type { Lang } from '../i18n';
import { offeredChoices } from './replies';
import { errorSummary, logger } from '../observability/logger';

/** A number sent again this soon after the same number, picking nothing on offer, is a resend of it. */
const RESEND_WINDOW_MS = 30 * 60 * 1000;

/** Keeps the lines of a committed turn (what the person sent and was shown). */
export type TurnTranscriptRecorder = (context: TurnContext, replies: Partial<Activity>[]) => Promise<void>;

/**
 * The one bot both channels run. It owns the per-turn mechanics (state loaded once, saved once,
 * replies released after the save) and hands every message to the main dialog.
 */
export class NavigatorBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly profile: StatePropertyAccessor<ConversationProfile>;
  /** This process's turns of one conversation, one at a time in arrival order. */
  private readonly queue = new TurnQueue();

  constructor(
    private readonly conversationState: VersionedConversationState,
    private readonly mainDialog: MainDialog,
    private readonly transcript: TurnTranscriptRecorder,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.profile = conversationState.createProperty<ConversationProfile>('profile');

    this.onMessage(async (context, next) => {
      if (!(await this.mapNumberedChoice(context))) await this.mainDialog.run(context, this.dialogState, this.profile);
      await next();
    });

    // Web Chat announces the user joining (on every page load): greet, or pick up where they left off.
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient.id);
      if (joined) await this.mainDialog.welcome(context, this.profile, this.dialogState);
      await next();
    });
  }

  async run(context: TurnContext): Promise<void> {
    await runCommittedTurn(context, this.conversationState, (ctx) => super.run(ctx), {
      queue: this.queue,
      beforeSave: (ctx, replies) => this.rememberChoices(ctx, replies),
      afterCommit: (ctx, replies) => this.recordTranscript(ctx, replies),
    });
  }

  /** The language the conversation has spoken so far, read without running a turn (SMS keywords answer in it). */
  async conversationLang(context: TurnContext): Promise<Lang | undefined> {
    await this.conversationState.load(context);
    return (await this.profile.get(context))?.lang;
  }

  /** A lost transcript line must not cost the family their answer: logged, not thrown. */
  private async recordTranscript(context: TurnContext, replies: Partial<Activity>[]): Promise<void> {
    try {
      await this.transcript(context, replies);
    } catch (error) {
      logger.error('transcript not recorded', { error: errorSummary(error) });
    }
  }

  /**
   * On SMS a person answers "2" to "Reply 2 for ..."; turn it into that choice before anything reads
   * the text. A number that picks nothing on offer, right after the same number, means the answer
   * to the first one never reached them (e.g. the process died before replying): that answer is
   * sent again. True when the turn is answered that way.
   */
  private async mapNumberedChoice(context: TurnContext): Promise<boolean> {
    const match = /^\s*(\d{1,2})\s*\.?\s*$/.exec(context.activity.text ?? '');
    if (!match) return false;
    const profile = await this.profile.get(context, {});
    const choice = profile.lastChoices?.[Number(match[1]) - 1];
    if (choice) {
      context.activity.text = choice.value;
      return false;
    }
    const resent = sameTextAsLastTurn(this.conversationState, context, context.activity.text ?? '');
    if (!resent || resent.replies.length === 0 || Date.now() - resent.at > RESEND_WINDOW_MS) return false;
    await context.sendActivities(resent.replies);
    return true;
  }

  private async rememberChoices(context: TurnContext, replies: Partial<Activity>[]): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message && context.activity.type !== ActivityTypes.ConversationUpdate) return;
    const offered = replies.flatMap(offeredChoices);
    const profile = await this.profile.get(context, {});
    if (offered.length > 0) profile.lastChoices = offered;
    else if (replies.length > 0) delete profile.lastChoices;
  }
}
