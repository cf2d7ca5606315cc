import {
  ActivityHandler,
  ActivityTypes,
  type Activity,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { VersionedConversationState } from '../storage/versionedConversationState';
import type { MainDialog } from '../../dialogs/mainDialog';
import { runCommittedTurn } from './committedTurn';
import type { ConversationProfile } from './profile';
import type { Lang } from '../i18n';
import { offeredChoices } from './replies';
import { errorSummary, logger } from '../observability/logger';

/** Keeps the lines of a committed turn (what the person sent and was shown). */
export type TurnTranscriptRecorder = (context: TurnContext, replies: Partial<Activity>[]) => Promise<void>;

/**
 * The one bot both channels run. It owns the per-turn mechanics (state loaded once, saved once,
 * replies released after the save) and hands every message to the main dialog.
 */
export class NavigatorBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly profile: StatePropertyAccessor<ConversationProfile>;

  constructor(
    private readonly conversationState: VersionedConversationState,
    private readonly mainDialog: MainDialog,
    private readonly transcript: TurnTranscriptRecorder,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.profile = conversationState.createProperty<ConversationProfile>('profile');

    this.onMessage(async (context, next) => {
      await this.mapNumberedChoice(context);
      await this.mainDialog.run(context, this.dialogState, this.profile);
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

  /** On SMS a person answers "2" to "Reply 2 for ..."; turn it into that choice before anything reads the text. */
  private async mapNumberedChoice(context: TurnContext): Promise<void> {
    const match = /^\s*(\d{1,2})\s*\.?\s*$/.exec(context.activity.text ?? '');
    if (!match) return;
    const profile = await this.profile.get(context, {});
    const choice = profile.lastChoices?.[Number(match[1]) - 1];
    if (choice) context.activity.text = choice.value;
  }

  private async rememberChoices(context: TurnContext, replies: Partial<Activity>[]): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message && context.activity.type !== ActivityTypes.ConversationUpdate) return;
    const offered = replies.flatMap(offeredChoices);
    const profile = await this.profile.get(context, {});
    if (offered.length > 0) profile.lastChoices = offered;
    else if (replies.length > 0) delete profile.lastChoices;
  }
}
