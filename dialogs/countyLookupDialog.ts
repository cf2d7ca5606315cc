import {
  ComponentDialog,
  WaterfallDialog,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { findCounty } from '../src/knowledge';
import { knowledgeReplies } from '../src/bot/knowledgeReplies';
import { turnLang } from '../src/bot/turnLanguage';
import { t } from '../src/i18n';
import { textReply } from '../src/bot/replies';
import { LocalizedTextPrompt } from './localizedTextPrompt';

export const COUNTY_LOOKUP_DIALOG = 'countyLookup';
const COUNTY_PROMPT = 'countyLookup.countyPrompt';
const WATERFALL = 'countyLookup.waterfall';
/** Tries before offering the state directory and a person instead of asking again (no endless loops). */
export const COUNTY_MAX_ATTEMPTS = 3;

/** "Who do I call?": asks where the child lives and answers with that county's CCS office. */
export class CountyLookupDialog extends ComponentDialog {
  constructor() {
    super(COUNTY_LOOKUP_DIALOG);
    this.addDialog(new LocalizedTextPrompt(COUNTY_PROMPT, 'countyPrompt', 'countyRetry', this.countyValidator.bind(this)));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.countyStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  /** Asks for the county, city or ZIP. */
  private async countyStep(step: WaterfallStepContext) {
    return step.prompt(COUNTY_PROMPT, {});
  }

  /** Accepts a recognizable county; after the last try, lets the answer step give the directory instead. */
  private async countyValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
    return Boolean(prompt.recognized.value && findCounty(prompt.recognized.value)) || prompt.attemptCount >= COUNTY_MAX_ATTEMPTS;
  }

  /** Sends the county office's contact, or the state directory when the county is still unknown. */
  private async answerStep(step: WaterfallStepContext) {
    const lang = turnLang(step.context);
    const match = findCounty(String(step.result ?? ''));
    if (match) await step.context.sendActivities(knowledgeReplies({ kind: 'county', county: match.county, wants: 'both' }, lang));
    else await step.context.sendActivity(textReply(t('countyGiveUp', lang), lang));
    return step.endDialog(match?.county.name);
  }
}
