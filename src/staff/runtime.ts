import type { Runtime } from '../app/runtime';
import { StaffActions } from './actions';
import { StaffMessenger } from './staffMessenger';

const built = new WeakMap<Runtime, StaffActions>();

/** The staff actions over the process's runtime (built once per runtime; proactive web messages only with a Microsoft app id). */
export function staffActions(runtime: Runtime): StaffActions {
  let actions = built.get(runtime);
  if (!actions) {
    const { referrals, smsSender, transcripts, web, config } = runtime;
    const messenger = new StaffMessenger({
      sms: smsSender,
      transcripts,
      web: config.MICROSOFT_APP_ID ? { appId: config.MICROSOFT_APP_ID, adapter: web } : undefined,
    });
    actions = new StaffActions({ store: referrals.store, router: referrals.router, calendar: referrals.calendar, messenger });
    built.set(runtime, actions);
  }
  return actions;
}
