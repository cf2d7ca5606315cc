import type { Config } from '../config';
import type { ProactiveWeb } from '../family/familyDelivery';
import type { WebChatAdapter } from '../channels/web/webChatAdapter';
import { StaffActions } from '../staff/actions';
import { StaffMessenger } from '../staff/staffMessenger';
import type { DomainRuntime } from './domainRuntime';
import { perRuntime } from './perRuntime';

/** The staff actions over a domain runtime (one per runtime; proactive web messages only with a Microsoft app id). */
export const staffActions = perRuntime((runtime: DomainRuntime): StaffActions => {
  const { referrals, smsSender, transcripts, config, family } = runtime;
  const messenger = new StaffMessenger({ sms: smsSender, transcripts, web: proactiveWeb(config) });
  return new StaffActions({ store: referrals.store, router: referrals.router, calendar: referrals.calendar, messenger, statusTexts: family.statusTexts });
});

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
