import type { TurnContext } from 'botbuilder-core';
import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { findCounty } from '../src/knowledge';
import { knowledgeReplies } from '../src/bot/knowledgeReplies';
import { turnLang } from '../src/bot/turnLanguage';
import { rememberTopic } from '../src/bot/turnUnderstanding';
import { t } from '../src/i18n';
import { textReply } from '../src/bot/replies';
import { AttemptLimitedPrompt, type AttemptRead } from './attemptLimitedPrompt';

export const COUNTY_LOOKUP_DIALOG = 'countyLookup';
const COUNTY_PROMPT = 'countyLookup.countyPrompt';
const WATERFALL = 'countyLookup.waterfall';

/** "Who do I call?": asks where the child lives and answers with that county's CCS office. */
export class CountyLookupDialog extends ComponentDialog {
  constructor() {
    super(COUNTY_LOOKUP_DIALOG);
    this.addDialog(new CountyPrompt(COUNTY_PROMPT));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.countyStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  /** Asks for the county, city or ZIP. */
  private async countyStep(step: WaterfallStepContext) {
    return step.beginDialog(COUNTY_PROMPT);
  }

  /** Sends the county office's contact, or the state directory and a person when the county is still unknown. */
  private async answerStep(step: WaterfallStepContext) {
    const lang = turnLang(step.context);
    const match = findCounty(String(step.result ?? ''));
    if (match) {
      const office = { kind: 'county', county: match.county, wants: 'both' } as const;
      // "and their fax?" after this card is about this county.
      rememberTopic(step.context, office);
      await step.context.sendActivities(knowledgeReplies(office, lang));
    } else await step.context.sendActivity(textReply(t('countyGiveUp', lang), lang));
    return step.endDialog(match?.county.name);
  }
}

/** A recognizable county, city or ZIP; after the last try it ends with none (the answer step gives the directory instead). */
class CountyPrompt extends AttemptLimitedPrompt<string> {
  protected ask(context: TurnContext) {
    const lang = turnLang(context);
    return textReply(t('countyPrompt', lang), lang);
  }

  protected read(text: string, context: TurnContext): AttemptRead<string> {
    return findCounty(text) ? { ok: true, value: text } : { ok: false, retry: t('countyRetry', turnLang(context)) };
  }

  protected async onLastTry(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog();
  }
}
