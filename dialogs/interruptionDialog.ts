import { ActivityTypes } from 'botbuilder-core';
import { ComponentDialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';

/**
 * A dialog whose messages are looked at before the dialog inside it sees them (BotBuilder-Samples'
 * CancelAndHelpDialog pattern): {@link interrupt} answers a message that is not for the open
 * question (a command, a crisis, a person back after a long pause) and says how the turn ends;
 * anything it leaves goes on to the dialog inside.
 */
export abstract class InterruptionDialog extends ComponentDialog {
  protected async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === ActivityTypes.Message) {
      const interrupted = await this.interrupt(innerDc);
      if (interrupted) return interrupted;
    }
    return super.onContinueDialog(innerDc);
  }

  /** The turn's result when this message was an interruption (handled here), else undefined. */
  protected abstract interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined>;
}
