import { declaredSecrets } from './index';

/**
 * Reads this function's declared secrets from SSM at run time (decrypted, cached by Powertools)
 * into the environment before the config is parsed. serverless.yml passes only parameter *names*,
 * and only those of the secrets the function uses, so packaging needs no AWS access, no secret
 * ever sits in the template or the repo, and a function's role can read nothing else. The SSM
 * client is imported only when there is something to read, so it stays out of a cold start's
 * load and a function that declares no secret (health) never loads it.
 */
export async function loadSecretsIntoEnv(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const wanted = declaredSecrets(env).filter((name) => !env[name]);
  if (wanted.length === 0) return;
  const byName = Object.fromEntries(wanted.map((name) => [env[`${name}_PARAM`] as string, { decrypt: true }]));
  const { getParametersByName } = await import('@aws-lambda-powertools/parameters/ssm');
  const values = await getParametersByName<string>(byName, { throwOnError: true });
  for (const name of wanted) env[name] = values[env[`${name}_PARAM`] as string] as string;
}
