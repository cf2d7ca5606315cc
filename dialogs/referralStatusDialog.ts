import type { TurnContext } from 'botbuilder-core';
import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { choicesReply, textReply } from '../src/bot/replies';
import { turnLang } from '../src/bot/turnLanguage';
import type { Lang } from '../src/i18n';
import { parseCode } from '../src/referrals/code';
import { parseDate } from '../src/referrals/dates';
import { rt } from '../src/referrals/messages';
import { referralServices } from '../src/bot/turnServices';
import { conversationTraits } from '../src/channels/verifiedChannel';
import { statusItemText, type FamilyStatusOptions } from '../src/family/familyStatus';
import { st } from '../src/family/messages';
import { asksForOwnCode } from '../src/nlu/intents';
import type { Referral } from '../src/referrals/model';
import { ownReferrals, ownReferralsUnlimited, referralByCodeAndDob } from './statusLookup';
import { AttemptLimitedPrompt, type AttemptRead } from './attemptLimitedPrompt';

export { asksForOwnCode };
export const REFERRAL_STATUS_DIALOG = 'referralStatus';
const STEPS = 'referralStatus.steps';
const CODE_QUESTION = 'referralStatus.code';
const DOB_QUESTION = 'referralStatus.dateOfBirth';

/** What the lookup steps keep between turns. */
interface LookupValues {
  code: string;
}

export interface ReferralStatusOptions {
  /** Go straight to a lookup by code and date of birth (providers only; a family's phone answers for its own referrals). */
  lookup?: boolean;
}

/**
 * "Status" / "¿ya revisaron mi referencia?": where this phone's or this chat's referrals stand.
 * A provider (web chat) can also look one up with its confirmation code and the
 * child's date of birth; a wrong pair, a missing code and too many tries get the same answer.
 * SMS never looks up by code: another phone learns nothing, not even that a referral exists.
 */
export class ReferralStatusDialog extends ComponentDialog {
  constructor() {
    super(REFERRAL_STATUS_DIALOG);
    this.addDialog(
      new StatusQuestion(CODE_QUESTION, 'statusCodeQuestion', (text, context) => {
        const code = parseCode(text);
        return code ? { ok: true, value: code } : { ok: false, retry: st('statusCodeRetry', turnLang(context)) };
      }),
    );
    this.addDialog(
      new StatusQuestion(DOB_QUESTION, 'statusDobQuestion', (text, context) => {
        const lang = turnLang(context);
        const parsed = parseDate(text, { lang, today: today(context) });
        if (parsed.ok) return { ok: true, value: parsed.date };
        return { ok: false, retry: rt(parsed.error === 'impossible' ? 'dobImpossible' : 'dobRetry', lang) };
      }),
    );
    this.addDialog(
      new WaterfallDialog(STEPS, [this.ownReferralsStep.bind(this), this.codeStep.bind(this), this.dateOfBirthStep.bind(this), this.answerStep.bind(this)]),
    );
    this.initialDialogId = STEPS;
  }

  /** Lists this phone's or this chat's referrals; for a provider with nothing to list, goes on to a lookup by code. */
  private async ownReferralsStep(step: WaterfallStepContext) {
    const { context } = step;
    const lang = turnLang(context);
    const lookup = byCode(context);
    if (lookup && (step.options as ReferralStatusOptions | undefined)?.lookup) return step.next();
    const own = await ownReferrals(context);
    if (own === 'limited') {
      await context.sendActivity(textReply(st('statusLimited', lang), lang));
      return step.endDialog();
    }
    if (own.length === 0 && lookup) {
      await context.sendActivity(textReply(`${st('statusNoneChat', lang)} ${st('statusLookupHint', lang)}`, lang));
      return step.next();
    }
    await context.sendActivity(textReply(ownReferralsText(context, own, lang), lang));
    if (own.length > 0 && lookup) {
      const offer = st('statusLookupOffer', lang);
      await context.sendActivity(choicesReply(st('statusLookupHint', lang), [{ title: offer, value: offer }], lang));
    }
    return step.endDialog();
  }

  private async codeStep(step: WaterfallStepContext) {
    return step.beginDialog(CODE_QUESTION);
  }

  private async dateOfBirthStep(step: WaterfallStepContext) {
    if (!step.result) return step.endDialog();
    (step.values as LookupValues).code = step.result as string;
    return step.beginDialog(DOB_QUESTION);
  }

  /** Shows the referral when code and date of birth belong together; the same neutral answer otherwise. */
  private async answerStep(step: WaterfallStepContext) {
    if (!step.result) return step.endDialog();
    const { context } = step;
    const lang = turnLang(context);
    const referral = await referralByCodeAndDob(context, (step.values as LookupValues).code, step.result as string);
    const text = referral ? `${st('statusFound', lang)}\n\n${statusItemText(referral, statusOptions(context, lang))}` : st('statusNotFound', lang);
    await context.sendActivity(textReply(text, lang));
    return step.endDialog();
  }
}

/** This phone's or chat's referrals as one message (code, child's first name, where it stands, what happens next), or that there are none. */
function ownReferralsText(context: TurnContext, own: Referral[], lang: Lang): string {
  const phone = Boolean(conversationTraits(context).callerId);
  if (own.length === 0) return st(phone ? 'statusNonePhone' : 'statusNoneChat', lang);
  return [st(phone ? 'statusListPhone' : 'statusListChat', lang), ...own.map((r) => statusItemText(r, statusOptions(context, lang)))].join('\n\n');
}

/** Providers may look a referral up by its code and the child's date of birth; a family texting sees its own phone's only. */
function byCode(context: TurnContext): boolean {
  return conversationTraits(context).audience === 'provider';
}

/**
 * Answers "what's my code?" at any step: the codes of the referrals this phone or chat made, with
 * where each stands and what happens next. Not counted against the lookup limit (the person's
 * own referrals only), so it always works, e.g. after a confirmation that never arrived.
 */
export async function sendOwnCodes(context: TurnContext): Promise<void> {
  const lang = turnLang(context);
  await context.sendActivity(textReply(ownReferralsText(context, await ownReferralsUnlimited(context), lang), lang));
}

function today(context: TurnContext): string {
  const { calendar, now } = referralServices(context);
  return calendar.localDate(now());
}

function statusOptions(context: TurnContext, lang: Lang): FamilyStatusOptions {
  const { calendar, router } = referralServices(context);
  return { lang, today: today(context), calendar, router };
}

/**
 * One typed answer (a code, a date), given up after the last try (ends with no result and says
 * how to try later or reach the office).
 */
class StatusQuestion<T> extends AttemptLimitedPrompt<T> {
  constructor(
    id: string,
    private readonly askKey: 'statusCodeQuestion' | 'statusDobQuestion',
    protected readonly read: (text: string, context: TurnContext) => AttemptRead<T>,
  ) {
    super(id);
  }

  protected ask(context: TurnContext) {
    const lang = turnLang(context);
    return textReply(st(this.askKey, lang), lang);
  }

  protected async onLastTry(dc: DialogContext): Promise<DialogTurnResult> {
    const lang = turnLang(dc.context);
    await dc.context.sendActivity(textReply(st('statusGiveUp', lang), lang));
    return dc.endDialog();
  }
}
