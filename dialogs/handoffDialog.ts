import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { textReply } from '../src/bot/replies';
import { turnLang } from '../src/bot/turnLanguage';
import { referralServices, turnActivityId } from '../src/bot/turnServices';
import { turnUnderstanding } from '../src/bot/turnUnderstanding';
import { contactOf, conversationTraits } from '../src/channels/verifiedChannel';
import { createHandoff, handoffReplies } from '../src/handoff';
import { sourceKeyOf } from '../src/referrals/code';
import { rt } from '../src/referrals/messages';
import type { ReferralDraft } from '../src/referrals/model';
import { FIELD_PROMPT, FieldPrompt, type FieldPromptOptions } from './referral/fieldPrompt';
import { REFERRAL_INTAKE_DIALOG } from './referralIntakeDialog';
import { stateOf } from './stackState';

export const HANDOFF_DIALOG = 'handoff';
const STEPS = 'handoff.steps';

/** What an intake under way already knows, and the question it was on. */
export interface HandoffOptions {
  known?: Partial<ReferralDraft>;
  during?: string;
}

/** Kept in the dialog state between the two questions; `during` is the question a "talk to a person" came from. */
interface HandoffState {
  draft: ReferralDraft;
  during?: string;
}

/**
 * "Talk to a person": a handoff to staff that starts with what an intake under way already
 * knows; asks the county when that is still unknown and, when the conversation has no caller id,
 * a phone (or to answer in this chat); then stores the handoff and says who will reach the person.
 */
export class HandoffDialog extends ComponentDialog {
  constructor() {
    super(HANDOFF_DIALOG);
    this.addDialog(new FieldPrompt(FIELD_PROMPT));
    this.addDialog(new WaterfallDialog(STEPS, [this.countyStep.bind(this), this.phoneStep.bind(this), this.createStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  async beginDialog(outerDc: DialogContext, options?: HandoffOptions): Promise<DialogTurnResult> {
    const { context } = outerDc;
    const state = outerDc.activeDialog!.state as HandoffState;
    state.during = options?.during;
    state.draft = {
      ...(options?.known ?? {}),
      intakeId: sourceKeyOf('intake', contactOf(context).channel, context.activity.conversation?.id ?? '', turnActivityId(context)),
      startedAt: referralServices(context).now().toISOString(),
    };
    const lang = turnLang(context);
    await context.sendActivity(textReply(rt('handoffStart', lang), lang));
    return super.beginDialog(outerDc, options);
  }

  private async countyStep(step: WaterfallStepContext) {
    const { draft } = handoffState(step);
    if (draft.county || draft.region === 'IL') return step.next();
    return step.beginDialog(FIELD_PROMPT, { question: 'handoffCounty', draft } satisfies FieldPromptOptions);
  }

  private async phoneStep(step: WaterfallStepContext) {
    const { draft } = handoffState(step);
    if (step.result) Object.assign(draft, step.result);
    // A caller's own number is already known; the handoff calls them back there.
    if (conversationTraits(step.context).callerId || draft.phone) return step.next();
    return step.beginDialog(FIELD_PROMPT, { question: 'handoffPhone', draft } satisfies FieldPromptOptions);
  }

  private async createStep(step: WaterfallStepContext) {
    const state = handoffState(step);
    if (step.result) Object.assign(state.draft, step.result);
    const lang = turnLang(step.context);
    const result = await createHandoff(step.context, { reason: 'person', known: state.draft, during: state.during });
    await step.context.sendActivities(handoffReplies(result, lang));
    return step.endDialog({ referralId: result.referral.id });
  }
}

function handoffState(dc: DialogContext): HandoffState {
  return stateOf<HandoffState>(dc, HANDOFF_DIALOG);
}

/**
 * The global "talk to a person" command: keeps what an intake (or a handoff) under way already
 * knows and the question it was on, clears the stack and starts the handoff in `dc`.
 */
export async function startHandoff(dc: DialogContext): Promise<DialogTurnResult> {
  const options = withPlaceNamed(dc, knownSoFar(dc));
  await dc.cancelAllDialogs();
  return dc.beginDialog(HANDOFF_DIALOG, options);
}

/** "we live in oakland, can i talk to a person at ccs": the county the message names is where the person is, unless an intake knows it. */
function withPlaceNamed(dc: DialogContext, options: HandoffOptions): HandoffOptions {
  const place = turnUnderstanding(dc.context).entities.place;
  if (!place || options.known?.county || options.known?.region === 'IL') return options;
  return { ...options, known: { ...options.known, region: 'CA', county: place.county.name } };
}

/** The draft of an intake or handoff under way anywhere on the stack below `dc`, and the question it is on. */
function knownSoFar(dc: DialogContext): HandoffOptions {
  for (let c: DialogContext | undefined = dc; c; c = c.child) {
    const instance = c.activeDialog;
    if (instance?.id === REFERRAL_INTAKE_DIALOG || instance?.id === HANDOFF_DIALOG) {
      const state = instance.state as { draft: ReferralDraft; during?: string };
      const inner = c.child?.activeDialog?.state as { question?: string } | undefined;
      return { known: state.draft, during: inner?.question ?? state.during };
    }
  }
  return {};
}
