import { getParametersByName } from '@aws-lambda-powertools/parameters/ssm';

/** Environment variables whose value, on a deployed stage, comes from the SSM parameter named in `<NAME>_PARAM`. */
const SECRET_VARS = ['TWILIO_AUTH_TOKEN', 'TWILIO_ACCOUNT_SID', 'STAFF_TOKEN', 'MICROSOFT_APP_PASSWORD'] as const;

/**
 * Reads secrets from SSM at run time (decrypted, cached by Powertools) into the environment
 * before the config is parsed. serverless.yml passes only parameter *names*, so packaging needs
 * no AWS access and no secret ever sits in the template or the repo.
 */
export async function loadSecretsIntoEnv(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const wanted = SECRET_VARS.filter((name) => !env[name] && env[`${name}_PARAM`]);
  if (wanted.length === 0) return;
  const byName = Object.fromEntries(wanted.map((name) => [env[`${name}_PARAM`] as string, { decrypt: true }]));
  const values = await getParametersByName<string>(byName, { throwOnError: true });
  for (const name of wanted) env[name] = values[env[`${name}_PARAM`] as string] as string;
}
