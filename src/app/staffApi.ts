import { staffApiHandlerWith } from '../staff/http/staffApiHandler';
import { getInfrastructure } from './infrastructure';

/** The staff API's handler wrapper, with the staff token from this deployment's configuration. */
export const staffApiHandler = staffApiHandlerWith(async () => (await getInfrastructure()).config.STAFF_TOKEN);
