import type { Activity, TurnContext } from 'botbuilder-core';
import { Dialog, WaterfallDialog, type DialogContext, type DialogInstance, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { officeReplies } from '../src/bot/knowledgeReplies';
import { textReply } from '../src/bot/replies';
import { turnLang } from '../src/bot/turnLanguage';
import { counties, type County } from '../src/content';
import { listOf, officeFaxes, STATE_DIRECTORY_URL } from '../src/knowledge';
import type { Lang } from '../src/i18n';
import { logger } from '../src/observability/logger';
import { formatLongDate } from '../src/referrals/businessDays';
import { sourceKeyOf } from '../src/referrals/code';
import { buildReferral } from '../src/referrals/intake';
import { rt } from '../src/referrals/messages';
import type { Referral, ReferralDraft } from '../src/referrals/model';
import type { Router } from '../src/referrals/routing';
import { referralServices, turnActivityId } from '../src/bot/turnServices';
import { contactOf, conversationTraits } from '../src/channels/verifiedChannel';
import { formatPhone } from '../src/referrals/validation';
import { FIELD_PROMPT, FieldPrompt, type FieldPromptOptions } from './referral/fieldPrompt';
import { nextField } from './referral/fields';
import type { AskContext, FieldId } from './referral/questionTypes';
import { REVIEW_QUESTIONS, type ReviewAnswer } from './referral/reviewQuestions';
import { InterruptionDialog } from './interruptionDialog';
import { stateOf } from './stackState';

export const REFERRAL_INTAKE_DIALOG = 'referralIntake';
const QUESTIONS = 'referralIntake.questions';
const REVIEW = 'referralIntake.review';
const CORRECT = 'referralIntake.correct';

/** A person who comes back after this long mid-intake is asked whether to continue or start a new referral. */
export const RESUME_AFTER_MS = 12 * 60 * 60 * 1000;

/** Kept in the component's dialog state (DynamoDB, 30-day TTL): survives pauses of hours or days. */
interface IntakeState {
  draft: ReferralDraft;
  /** Epoch ms of the last message in this intake. */
  lastTurnAt: number;
  resumePending?: boolean;
}

/**
 * "I want to make a referral": one question at a time (who is referring, the child's name, date
 * of birth, county, condition, Medi-Cal, already open to CCS, provider details, phone, language,
 * updates), then a summary where any answer can be corrected ("change the county"), consent to
 * share, and submission: the referral is written to DynamoDB before the confirmation (with its
 * code, what happens next and the office's contact) is sent. "Talk to a person" mid-intake is a
 * HandoffDialog that starts with what the intake already knows.
 */
export class ReferralIntakeDialog extends InterruptionDialog {
  constructor() {
    super(REFERRAL_INTAKE_DIALOG);
    this.addDialog(new FieldPrompt(FIELD_PROMPT));
    this.addDialog(new WaterfallDialog(QUESTIONS, [this.nextQuestionStep.bind(this), this.saveAnswerStep.bind(this)]));
    this.addDialog(new WaterfallDialog(REVIEW, [this.summaryStep.bind(this), this.summaryAnswerStep.bind(this), this.consentAnswerStep.bind(this)]));
    this.addDialog(new WaterfallDialog(CORRECT, [this.whichFieldStep.bind(this), this.correctedValueStep.bind(this), this.saveCorrectionStep.bind(this)]));
    this.initialDialogId = QUESTIONS;
  }

  async beginDialog(outerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const { context } = outerDc;
    const services = referralServices(context);
    const now = services.now();
    const state = outerDc.activeDialog!.state as IntakeState;
    state.lastTurnAt = now.getTime();
    state.draft = {
      intakeId: sourceKeyOf('intake', contactOf(context).channel, context.activity.conversation?.id ?? '', turnActivityId(context)),
      startedAt: now.toISOString(),
    };
    return super.beginDialog(outerDc, options);
  }

  protected async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const lang = turnLang(innerDc.context);
    await innerDc.context.sendActivity(textReply(rt('intakeIntro', lang), lang));
    return innerDc.beginDialog(QUESTIONS);
  }

  /** Resumes a paused intake: after {@link RESUME_AFTER_MS}, asks to continue or start a new referral first. */
  protected async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    const state = intakeState(innerDc);
    const services = referralServices(context);
    const now = services.now().getTime();
    const idle = now - (state.lastTurnAt ?? now);
    state.lastTurnAt = now;
    const lang = turnLang(context);
    const resume = REVIEW_QUESTIONS.resume;

    if (state.resumePending) {
      state.resumePending = false;
      const choice = resume.parse(context.activity.text ?? '');
      if (choice.ok && choice.value === 'continue') {
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
      if (choice.ok && choice.value === 'restart') {
        await innerDc.cancelAllDialogs();
        state.draft = { intakeId: sourceKeyOf('intake', state.draft.intakeId, turnActivityId(context)), startedAt: new Date(now).toISOString() };
        await context.sendActivity(textReply(rt('intakeIntro', lang), lang));
        await innerDc.beginDialog(QUESTIONS);
        return Dialog.EndOfTurn;
      }
      // Anything else is taken as the answer to the question that was open.
    } else if (idle > RESUME_AFTER_MS) {
      state.resumePending = true;
      await context.sendActivity(resume.ask(resumeContext(context, state, lang)));
      return Dialog.EndOfTurn;
    }
    return undefined;
  }

  async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as IntakeState;
    if (state.resumePending) {
      await context.sendActivity(REVIEW_QUESTIONS.resume.ask(resumeContext(context, state, turnLang(context))));
      return;
    }
    await super.repromptDialog(context, instance);
  }

  // ---- Questions, one at a time ------------------------------------------------------------

  /** Asks the next question the draft has no answer for; with none left, shows the summary. */
  private async nextQuestionStep(step: WaterfallStepContext) {
    const { draft } = intakeState(step);
    const field = nextField(draft);
    if (!field) return step.replaceDialog(REVIEW);
    return step.beginDialog(FIELD_PROMPT, { question: field.id, draft } satisfies FieldPromptOptions);
  }

  private async saveAnswerStep(step: WaterfallStepContext) {
    Object.assign(intakeState(step).draft, step.result as Partial<ReferralDraft>);
    return step.replaceDialog(QUESTIONS);
  }

  // ---- Summary, corrections, consent ---------------------------------------------------------

  private async summaryStep(step: WaterfallStepContext) {
    return step.beginDialog(FIELD_PROMPT, { question: 'review', draft: intakeState(step).draft } satisfies FieldPromptOptions);
  }

  private async summaryAnswerStep(step: WaterfallStepContext) {
    const answer = step.result as ReviewAnswer;
    if (answer.action === 'change') return step.replaceDialog(CORRECT, { field: answer.field });
    return step.beginDialog(FIELD_PROMPT, { question: 'consent', draft: intakeState(step).draft } satisfies FieldPromptOptions);
  }

  private async consentAnswerStep(step: WaterfallStepContext) {
    const lang = turnLang(step.context);
    if (step.result !== true) {
      await step.context.sendActivity(textReply(rt('consentDeclined', lang), lang));
      return step.endDialog();
    }
    return this.submit(step, lang);
  }

  /** "Change something": which answer (unless they already said, e.g. "change the county"). */
  private async whichFieldStep(step: WaterfallStepContext) {
    const field = (step.options as { field?: FieldId } | undefined)?.field;
    if (field) return step.next(field);
    return step.beginDialog(FIELD_PROMPT, { question: 'pickField', draft: intakeState(step).draft } satisfies FieldPromptOptions);
  }

  private async correctedValueStep(step: WaterfallStepContext) {
    return step.beginDialog(FIELD_PROMPT, { question: step.result as FieldId, draft: intakeState(step).draft } satisfies FieldPromptOptions);
  }

  /** Saves the new answer; questions it newly calls for (provider details, admission date) are asked, then the summary again. */
  private async saveCorrectionStep(step: WaterfallStepContext) {
    Object.assign(intakeState(step).draft, step.result as Partial<ReferralDraft>);
    return step.replaceDialog(QUESTIONS);
  }

  // ---- Submission ------------------------------------------------------------------------------

  /**
   * Writes the referral first (conditional put keyed on this intake, so a Twilio retry, a double
   * "yes" or an eTag re-run cannot create a second one), then confirms. Replies leave only after
   * the turn's state is saved (runCommittedTurn).
   */
  private async submit(step: WaterfallStepContext, lang: Lang) {
    const { context } = step;
    const services = referralServices(context);
    const { draft } = intakeState(step);
    const contact = contactOf(context);
    const input = buildReferral(draft, {
      contact,
      channel: contact.channel,
      language: lang,
      now: services.now(),
      router: services.router,
      calendar: services.calendar,
      sourceKey: sourceKeyOf('referral', draft.intakeId),
    });
    const { referral, created } = await services.store.create(input);
    logger.info('referral submitted', { referralId: referral.id, queue: referral.queue.id, channel: referral.channel, created });
    const today = services.calendar.localDate(services.now());
    await context.sendActivities(confirmationReplies(referral, lang, { today, router: services.router }));
    return step.endDialog({ referralId: referral.id });
  }
}

function resumeContext(context: TurnContext, state: IntakeState, lang: Lang): AskContext {
  const services = referralServices(context);
  return { lang, traits: conversationTraits(context), draft: state.draft, today: services.calendar.localDate(services.now()), router: services.router };
}

/** The intake's own state, from any step or prompt inside it. */
function intakeState(dc: DialogContext): IntakeState {
  return stateOf<IntakeState>(dc, REFERRAL_INTAKE_DIALOG);
}

/**
 * Confirmation: who has the referral and its code, the plan care team told as well, what happens
 * next (a time only when the office confirmed one), how to reach the office meanwhile (its number
 * with source and date, or the state directory when none is known), for providers where to send
 * records (every published fax), and an emergency admission's due date.
 */
export function confirmationReplies(referral: Referral, lang: Lang, { today, router }: { today: string; router: Router }): Partial<Activity>[] {
  const queue = router.findQueue(referral.queue.id);
  const destination = queue?.name[lang] ?? referral.queue.name;
  const county = referral.county ? counties.find((c) => c.name === referral.county) : undefined;
  const confirmed = referral.confirmedFirstContactDue;
  const teams = (referral.alsoTold ?? []).flatMap((ref) => router.findQueue(ref.id)?.wcmPlan ?? []);
  const office = officeReplies(referral, referral.referrer?.role === 'provider' ? 'both' : 'phone', lang);
  const text = [
    rt('submitted', lang, { destination, code: referral.code }),
    ...(teams.length && county
      ? [rt('planTeamTold', lang, { name: referral.child?.firstName ?? rt('theChild', lang), plan: listOf(teams, lang), county: county.name })]
      : []),
    rt(confirmed ? 'nextStepsConfirmed' : 'nextSteps', lang, {
      days: (queue && router.confirmedFirstContactDays(queue)) ?? '',
      date: confirmed ? formatLongDate(confirmed, lang) : '',
      phone: referral.phone ? formatPhone(referral.phone) : '',
    }),
    rt(referral.updatesOptIn ? 'updatesOn' : 'updatesOff', lang),
    ...(office.length ? [rt('officeMeanwhile', lang, { office: destination })] : []),
  ];
  const replies: Partial<Activity>[] = [textReply(text.join('\n\n'), lang)];
  if (referral.emergency) {
    const key = referral.emergency.dueDate < today ? 'emergencyOverdue' : 'emergencyDue';
    replies.push(textReply(rt(key, lang, { date: formatLongDate(referral.emergency.dueDate, lang) }), lang));
  }
  if (referral.referrer?.role === 'provider') replies.push(textReply(providerRecordsText(referral, county, lang), lang));
  replies.push(...office);
  return replies;
}

/** Where a provider sends the records: every published fax with its source, else how to ask, with a number when one is known. */
function providerRecordsText(referral: Referral, county: County | undefined, lang: Lang): string {
  const vars = { county: county?.name ?? '', code: referral.code, phone: county?.office?.phone ?? '', url: STATE_DIRECTORY_URL };
  if (referral.region === 'IL' || !county) return rt('providerRecordsIllinois', lang, vars);
  const faxes = officeFaxes(county, lang);
  if (faxes.length > 1 && county.office?.phone) return rt('providerRecordsFaxes', lang, { ...vars, faxes: listOf(faxes, lang) });
  if (faxes.length > 0) return rt('providerRecords', lang, { ...vars, fax: listOf(faxes, lang) });
  return rt(county.office?.phone ? 'providerRecordsNoFax' : 'providerRecordsNoNumber', lang, vars);
}
