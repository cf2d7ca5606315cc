import type { Config } from '../config';
import type { DynamoClients } from '../storage/dynamoClient';
import { BusinessCalendar } from './businessDays';
import type { Router } from './routing';
import type { ReferralServices } from './services';
import { DynamoReferralStore } from './store';

export interface ReferralRuntime {
  store: DynamoReferralStore;
  router: Router;
  calendar: BusinessCalendar;
  /** What dialogs and createHandoff() reach through the turn (the bot runtime installs them on both adapters). */
  services: ReferralServices;
}

export interface ReferralRuntimeOptions {
  config: Pick<Config, 'TABLE_NAME' | 'REFERRAL_TTL_DAYS'>;
  dynamo: DynamoClients;
  router: Router;
}

/** Wires the referral store, routing and the business calendar; called by the composition root. */
export function createReferralRuntime({ config, dynamo, router }: ReferralRuntimeOptions): ReferralRuntime {
  const store = new DynamoReferralStore({ client: dynamo.documentClient, tableName: config.TABLE_NAME, ttlDays: config.REFERRAL_TTL_DAYS });
  const calendar = new BusinessCalendar();
  const services: ReferralServices = { store, router, calendar, now: () => new Date() };
  return { store, router, calendar, services };
}
