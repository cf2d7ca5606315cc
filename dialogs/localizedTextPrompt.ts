import { TextPrompt, type PromptOptions, type PromptValidator } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { t, type MessageKey } from '../src/i18n';
import { textReply } from '../src/bot/replies';
import { turnLang } from '../src/bot/turnLanguage';

/**
 * A text prompt whose question is worded at the moment it is asked, in the conversation's
 * current language: after "español" mid-question the question comes back in Spanish, not as the
 * English activity a plain TextPrompt stored when it first asked.
 */
export class LocalizedTextPrompt extends TextPrompt {
  constructor(
    dialogId: string,
    private readonly promptKey: MessageKey,
    private readonly retryKey: MessageKey,
    validator?: PromptValidator<string>,
  ) {
    super(dialogId, validator);
  }

  protected async onPrompt(context: TurnContext, _state: object, _options: PromptOptions, isRetry: boolean): Promise<void> {
    const lang = turnLang(context);
    await context.sendActivity(textReply(t(isRetry ? this.retryKey : this.promptKey, lang), lang));
  }
}
