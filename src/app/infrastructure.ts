import { getConfig, type Config } from '../config';
import { loadSecretsIntoEnv } from '../config/secrets';
import { createDynamoClients, type DynamoClients } from '../storage/dynamoClient';

/** Config and AWS clients: what every function needs, without the bot (so small functions stay small). */
export interface Infrastructure {
  config: Config;
  dynamo: DynamoClients;
}

let infrastructure: Promise<Infrastructure> | undefined;

/** Built once per process; secrets are read from SSM on first use when deployed. */
export function getInfrastructure(): Promise<Infrastructure> {
  infrastructure ??= loadSecretsIntoEnv().then(() => {
    const config = getConfig();
    return { config, dynamo: createDynamoClients(config) };
  });
  return infrastructure;
}

/** Forget the clients and config (tests and the local host rebuild them after changing the environment). */
export function resetInfrastructure(): void {
  infrastructure = undefined;
}
