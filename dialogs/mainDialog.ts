import type { StatePropertyAccessor, TurnContext } from 'botbuilder-core';
import {
  Dialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogState,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { faqById } from '../src/knowledge';
import {
  asksPoisonControlNumber,
  detectCrisis,
  findSsn,
  poisonControlNumber,
  redactSsn,
  safetyMessage,
  safetyNet,
  ssnNotice,
  type SafetySignal,
} from '../src/safety';
import { createHandoff } from '../src/handoff';
import type { UnansweredRecorder } from '../src/analytics/unansweredQuestions';
import { errorSummary, logger } from '../src/observability/logger';
import { knowledgeReplies } from '../src/bot/knowledgeReplies';
import type { ConversationProfile } from '../src/bot/profile';
import { choicesReply, textReply } from '../src/bot/replies';
import { setTurnProfile, turnLang, turnProfile } from '../src/bot/turnLanguage';
import { t, type Lang, type MessageKey } from '../src/i18n';
import { rememberTopic, turnUnderstanding } from '../src/bot/turnUnderstanding';
import { contactOf, conversationTraits } from '../src/channels/verifiedChannel';
import { COUNTY_LOOKUP_DIALOG, CountyLookupDialog } from './countyLookupDialog';
import { REFERRAL_INTAKE_DIALOG, ReferralIntakeDialog } from './referralIntakeDialog';
import { HandoffDialog, startHandoff } from './handoffDialog';
import { InterruptionDialog } from './interruptionDialog';
import { openQuestionAccepts } from './referral/fieldPrompt';
import { asksForOwnCode, REFERRAL_STATUS_DIALOG, ReferralStatusDialog, sendOwnCodes, type ReferralStatusOptions } from './referralStatusDialog';
import { st } from '../src/family/messages';

export const MAIN_DIALOG = 'main';
/** How long a crisis the bot answered frames the next message: a count sent in reply comes within minutes. */
export const CRISIS_REPLY_WINDOW_MS = 10 * 60 * 1000;

export interface MainDialogDeps {
  /** Keeps what the knowledge base could not answer, so staff see what content is missing. */
  recordUnanswered: UnansweredRecorder;
  /** Whether staff messaged this conversation lately (its replies go to the office, not to the FAQ). */
  hasRecentStaffMessage: (context: TurnContext) => Promise<boolean>;
}
const ROUTE = 'main.route';

/** The turn ends with nothing left open: the main dialog ends and the next message is routed afresh. */
const DONE: DialogTurnResult = { status: DialogTurnStatus.complete };

/**
 * The root of every conversation. Its interruptions (a crisis, a Social Security number, the
 * global commands menu, start over, privacy, language and a person, "what's my code?") are
 * checked first on every message, inside any question. Otherwise an active goal dialog
 * continues, or the message is routed: a goal ("I want to make a referral") starts its dialog,
 * anything else is answered from the knowledge base, and what it cannot answer is said plainly.
 */
export class MainDialog extends InterruptionDialog {
  constructor(private readonly deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.addDialog(new CountyLookupDialog());
    this.addDialog(new ReferralIntakeDialog());
    this.addDialog(new ReferralStatusDialog());
    this.addDialog(new HandoffDialog());
    this.addDialog(new WaterfallDialog(ROUTE, [this.routeStep.bind(this), this.finishStep.bind(this)]));
    this.initialDialogId = ROUTE;
  }

  /** Runs one message turn. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>, profileAccessor: StatePropertyAccessor<ConversationProfile>): Promise<void> {
    setTurnProfile(context, await profileAccessor.get(context, {}));
    const dc = await this.createContext(context, dialogState);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  /** A message that starts the conversation's dialog (nothing open) is looked at for interruptions too. */
  protected async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onBeginDialog(innerDc, options);
  }

  /** What every message is checked for first, in this order; undefined when it is none of them. */
  protected async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const crisis = await this.handleCrisis(dc);
    await this.sendFirstContactNotice(dc.context);
    // The conversation goes on: whatever was being asked is asked again.
    if (crisis) return this.askAgain(dc);
    if (await this.handlePoisonControlNumber(dc)) return this.askAgain(dc);
    if (await this.handleSensitiveData(dc)) return this.askAgain(dc);
    const command = await this.handleCommand(dc);
    if (command) return command;
    if (asksForOwnCode(dc.context.activity.text ?? '')) {
      // "What's my code?" works at any step.
      await sendOwnCodes(dc.context);
      return this.askAgain(dc);
    }
    return undefined;
  }

  /** After an interruption: the open question again, or nothing open. */
  private async askAgain(dc: DialogContext): Promise<DialogTurnResult> {
    if (!dc.activeDialog) return DONE;
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /**
   * Greets a web visitor who just opened the chat. One coming back to the same conversation (a
   * reload, a later visit; the page has restored the transcript) is asked the open question
   * again, so a half-finished intake goes on, or shown the menu.
   */
  async welcome(
    context: TurnContext,
    profileAccessor: StatePropertyAccessor<ConversationProfile>,
    dialogState: StatePropertyAccessor<DialogState>,
  ): Promise<void> {
    const profile = await profileAccessor.get(context, {});
    setTurnProfile(context, profile);
    // A new chat opened on a page already in Spanish ("New chat" after Spanish) starts in Spanish.
    if (!profile.welcomed && !profile.lang && context.activity.locale?.startsWith('es')) Object.assign(profile, { lang: 'es', langChosen: true });
    const lang = profile.lang ?? 'en';
    if (profile.welcomed) {
      await context.sendActivity(textReply(st('welcomeBack', lang), lang));
      const dc = await this.createContext(context, dialogState);
      if (dc.activeDialog) await dc.repromptDialog();
      else await context.sendActivity(this.menu(context, lang));
      return;
    }
    profile.welcomed = true;
    await context.sendActivity(textReply(t('welcomeWeb', lang), lang));
    await context.sendActivity(this.menu(context, lang));
  }

  private async createContext(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<DialogContext> {
    const dialogs = new DialogSet(dialogState);
    dialogs.add(this);
    return dialogs.createContext(context);
  }

  /** The first reply to a new phone number says what the service is, that rates may apply, and how to stop. */
  private async sendFirstContactNotice(context: TurnContext): Promise<void> {
    const profile = turnProfile(context);
    if (profile.welcomed || !conversationTraits(context).callerId) return;
    profile.welcomed = true;
    const lang = turnLang(context);
    await context.sendActivity(textReply(t('welcomeCaller', lang), lang));
  }

  /**
   * A message describing an emergency or a crisis is answered first, at any step, with the right
   * line to call (911, 988, Poison Control, Illinois CARES); then staff get an urgent handoff.
   */
  private async handleCrisis(dc: DialogContext): Promise<boolean> {
    const profile = turnProfile(dc.context);
    const { lastCrisis } = profile;
    const recent = lastCrisis && Date.now() - lastCrisis.at < CRISIS_REPLY_WINDOW_MS ? lastCrisis.kind : undefined;
    // Read with the crisis answered just before ("si los dos" after a poisoning), which frames this message only.
    delete profile.lastCrisis;
    const signal = detectCrisis(dc.context.activity.text ?? '', { lastCrisis: recent });
    if (!signal) return false;
    await this.answerCrisis(dc.context, signal);
    return true;
  }

  /** The lines to call go out first; then staff get an urgent handoff. A crisis of a known kind frames the next message (its most urgent kind). */
  private async answerCrisis(context: TurnContext, signal: SafetySignal): Promise<void> {
    const lang = turnLang(context);
    await context.sendActivity(textReply(safetyMessage(signal, lang), lang));
    const [mostUrgent] = signal.kinds;
    if (mostUrgent !== 'unclear') turnProfile(context).lastCrisis = { kind: mostUrgent, at: Date.now() };
    await this.urgentHandoff(context);
  }

  /** Staff get an urgent handoff (in `region`'s queues when the message placed it) after the person has the lines to call. */
  private async urgentHandoff(context: TurnContext, region?: 'CA' | 'IL'): Promise<void> {
    try {
      await createHandoff(context, { reason: 'crisis', ...(region ? { known: { region } } : {}) });
    } catch (error) {
      // The safety message must reach the person even if the handoff cannot be stored right now.
      logger.error('urgent handoff not created', { error: errorSummary(error) });
    }
  }

  /** Poison Control's number asked for with no crisis told (to save it, for the fridge): the number, calmly, and no handoff. */
  private async handlePoisonControlNumber(dc: DialogContext): Promise<boolean> {
    if (!asksPoisonControlNumber(dc.context.activity.text ?? '')) return false;
    const lang = turnLang(dc.context);
    await dc.context.sendActivity(textReply(poisonControlNumber(lang), lang));
    return true;
  }

  /**
   * A Social Security number is never needed and never stored: the text is redacted before any
   * prompt or store sees it, the person is told, and the current question is asked again.
   */
  private async handleSensitiveData(dc: DialogContext): Promise<boolean> {
    const text = dc.context.activity.text ?? '';
    if (!findSsn(text)) return false;
    dc.context.activity.text = redactSsn(text);
    const lang = turnLang(dc.context);
    await dc.context.sendActivity(textReply(ssnNotice(lang), lang));
    return true;
  }

  /** Global commands work at any step, before any prompt validates the text. */
  private async handleCommand(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { command } = turnUnderstanding(dc.context);
    if (!command) return undefined;
    // "English" to "Which language should the office use?" answers that question; it does not switch the chat.
    if (command.kind === 'language' && openQuestionAccepts(dc, dc.context.activity.text ?? '')) return undefined;
    const profile = turnProfile(dc.context);
    switch (command.kind) {
      case 'menu':
        await dc.cancelAllDialogs();
        await dc.context.sendActivity(this.menu(dc.context, turnLang(dc.context)));
        return DONE;
      case 'startOver': {
        await dc.cancelAllDialogs();
        // Starting over forgets what the conversation was about too: "and the fax?" is asked afresh.
        delete profile.topic;
        const lang = turnLang(dc.context);
        await dc.context.sendActivity(textReply(t('startOver', lang), lang));
        await dc.context.sendActivity(this.menu(dc.context, lang));
        return DONE;
      }
      case 'privacy': {
        const lang = turnLang(dc.context);
        await dc.context.sendActivity(textReply(t('privacyNotice', lang), lang));
        return this.askAgain(dc);
      }
      case 'language':
        profile.lang = command.lang;
        profile.langChosen = true;
        await dc.context.sendActivity(textReply(t('languageSet', command.lang), command.lang));
        if (!dc.activeDialog) await dc.context.sendActivity(this.menu(dc.context, command.lang));
        return this.askAgain(dc);
      case 'human':
        // A handoff to staff, with what an intake under way already knows (src/handoff).
        return startHandoff(dc);
    }
  }

  /** Starts the goal the message asks for, or answers it from the knowledge base. */
  private async routeStep(step: WaterfallStepContext) {
    const { context } = step;
    const text = context.activity.text ?? '';
    const lang = turnLang(context);
    const understanding = turnUnderstanding(context);
    const { goal } = understanding;
    switch (goal) {
      case 'greeting':
        await context.sendActivity(this.menu(context, lang));
        return step.endDialog();
      case 'ask':
        await context.sendActivity(textReply(t('askPrompt', lang), lang));
        return step.endDialog();
      case 'countyLookup':
        return step.beginDialog(COUNTY_LOOKUP_DIALOG);
      case 'referral':
        return step.beginDialog(REFERRAL_INTAKE_DIALOG);
      case 'status':
      case 'statusLookup':
        return step.beginDialog(REFERRAL_STATUS_DIALOG, { lookup: goal === 'statusLookup' } satisfies ReferralStatusOptions);
      case undefined:
        break;
    }
    const result = understanding.answer;
    rememberTopic(context, result);
    if (result.kind === 'countyNeeded') {
      const organization = result.otherOrganization?.name[lang];
      if (organization) await context.sendActivity(textReply(t('otherOrganizationNoCounty', lang, { organization }), lang));
      // "how do i find my county ccs office": the state's directory, then the question for the county.
      const directory = knowledgeReplies(result, lang);
      if (directory.length > 0) await context.sendActivities(directory);
      return step.beginDialog(COUNTY_LOOKUP_DIALOG);
    }
    // A missed crisis most likely lands here, in a reply that is not an answer: if the words
    // sound urgent, the message is answered as a crisis first (lines to call, urgent handoff).
    const answered = result.kind === 'faq' || result.kind === 'county' || result.kind === 'contact';
    const possibleCrisis = answered ? undefined : safetyNet(text);
    if (possibleCrisis) await this.answerCrisis(context, possibleCrisis);
    if (result.kind === 'unknown' || result.kind === 'noInfo') {
      // A family answering a staff member's text is talking to the office, not asking the bot.
      if (await this.deps.hasRecentStaffMessage(context)) {
        await context.sendActivity(textReply(t('staffReplyNoted', lang), lang));
        return step.endDialog();
      }
      // Not understood, or understood but not in our sources ("I don't have that information", the office and a person).
      await context.sendActivities(result.kind === 'noInfo' ? knowledgeReplies(result, lang) : [textReply(t('notUnderstood', lang), lang)]);
      await this.deps.recordUnanswered({ text, lang, channel: contactOf(context).channel });
      return step.endDialog();
    }
    await context.sendActivities(knowledgeReplies(result, lang));
    // Crisis lines the knowledge base gave for a crisis going on now (an Illinois family) reach staff as urgent too.
    if (result.kind === 'faq' && result.urgent) await this.urgentHandoff(context, result.entry.region);
    return step.endDialog();
  }

  private async finishStep(step: WaterfallStepContext) {
    return step.endDialog(step.result);
  }

  /**
   * The main choices. Families (who text): a short list. Providers (who chat on the web): the
   * provider tasks first, authorization rules and Illinois programs included.
   */
  private menu(context: TurnContext, lang: Lang) {
    const title = (key: MessageKey) => ({ title: t(key, lang), value: t(key, lang) });
    // "status" / "estado" is the word the status dialog listens for in both languages.
    const status = { title: t('menuStatus', lang), value: lang === 'es' ? 'estado' : 'status' };
    const ask = (key: MessageKey, faqId: string) => ({ title: t(key, lang), value: faqById(faqId)?.questions[lang][0] ?? t(key, lang) });
    const choices =
      conversationTraits(context).audience === 'family'
        ? [title('menuAsk'), title('menuCounty'), title('menuRefer'), status, title('menuHuman'), title('menuLanguage')]
        : [
            title('menuRefer'),
            title('menuCounty'),
            ask('menuAuthorization', 'prior-auth'),
            ask('menuIllinois', 'il-programs'),
            status,
            title('menuHuman'),
            title('menuLanguage'),
          ];
    return choicesReply(t('menuPrompt', lang), choices, lang);
  }
}
