import type { DomainRuntime } from '../app/domainRuntime';
import type { Config } from '../config';
import type { ProactiveWeb } from '../family/familyDelivery';
import type { WebChatAdapter } from '../channels/web/webChatAdapter';
import { StaffActions } from './actions';
import { StaffMessenger } from './staffMessenger';

const built = new WeakMap<DomainRuntime, StaffActions>();

/** The staff actions over the process's runtime (built once per runtime; proactive web messages only with a Microsoft app id). */
export function staffActions(runtime: DomainRuntime): StaffActions {
  let actions = built.get(runtime);
  if (!actions) {
    const { referrals, smsSender, transcripts, config, family } = runtime;
    const messenger = new StaffMessenger({ sms: smsSender, transcripts, web: proactiveWeb(config) });
    actions = new StaffActions({ store: referrals.store, router: referrals.router, calendar: referrals.calendar, messenger, statusTexts: family.statusTexts });
    built.set(runtime, actions);
  }
  return actions;
}

/**
 * Live messages into an open Bot Framework chat. botbuilder's connector is loaded on the first
 * such message only, so staff functions start without it (most staff actions never need it).
 */
function proactiveWeb(config: Config): ProactiveWeb | undefined {
  const appId = config.MICROSOFT_APP_ID;
  if (!appId) return undefined;
  let adapter: Promise<WebChatAdapter> | undefined;
  return {
    appId,
    adapter: {
      async continueConversationAsync(...args) {
        adapter ??= import('../channels/web/webChatAdapter').then(({ WebChatAdapter }) => new WebChatAdapter(config));
        return (await adapter).continueConversationAsync(...args);
      },
    },
  };
}
