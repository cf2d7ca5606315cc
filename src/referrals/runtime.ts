import type { Config } from '../config';
import type { SmsSender } from '../channels/sms/twilioRest';
import type { DynamoClients } from '../storage/dynamoClient';
import { BusinessCalendar } from './businessDays';
import type { EmailSender } from './email';
import { StaffNotifier } from './notifier';
import { Router } from './routing';
import type { ReferralServices } from './services';
import { DynamoReferralStore } from './store';

export interface ReferralRuntime {
  store: DynamoReferralStore;
  router: Router;
  calendar: BusinessCalendar;
  /** What dialogs and createHandoff() reach through the turn (the bot runtime installs them on both adapters). */
  services: ReferralServices;
  notifier: StaffNotifier;
  email: EmailSender;
}

export interface ReferralRuntimeOptions {
  config: Pick<Config, 'TABLE_NAME' | 'REFERRAL_TTL_DAYS' | 'PUBLIC_BASE_URL'>;
  dynamo: DynamoClients;
  /** Staff texts (Twilio REST; the opt-out-aware sender like every outbound text). */
  sms: SmsSender;
  /** Staff email: SES deployed, an in-memory outbox locally. */
  email: EmailSender;
}

/** Wires the referral store, routing, the business calendar and the staff notifier; called by the composition root. */
export function createReferralRuntime({ config, dynamo, sms, email }: ReferralRuntimeOptions): ReferralRuntime {
  const store = new DynamoReferralStore({ client: dynamo.documentClient, tableName: config.TABLE_NAME, ttlDays: config.REFERRAL_TTL_DAYS });
  const router = new Router();
  const calendar = new BusinessCalendar();
  const services: ReferralServices = { store, router, calendar, now: () => new Date() };
  const notifier = new StaffNotifier({ store, router, sms, email, consoleBaseUrl: config.PUBLIC_BASE_URL ?? 'http://localhost:3978' });
  return { store, router, calendar, services, notifier, email };
}
