import { z } from 'zod';

/**
 * Runtime configuration, parsed once from the environment with zod so a bad deployment fails at
 * cold start with a message naming the variable, not later in the middle of a family's turn.
 *
 * Secrets are never in the repo. Deployed, serverless.yml passes SSM parameter *names*
 * (`*_PARAM`); {@link loadSecrets} reads them at run time. Locally, documented development
 * defaults apply, and only when `STAGE=local`.
 */

/** Development-only secrets, documented in the README; refused on any deployed stage. */
export const LOCAL_DEFAULTS = {
  TWILIO_AUTH_TOKEN: 'local-twilio-auth-token',
  STAFF_TOKEN: 'local-staff-token',
  TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
} as const;

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const days = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  STAGE: z.string().trim().min(1).default('local'),
  TABLE_NAME: z.string().trim().min(1, 'TABLE_NAME is required (the DynamoDB table name)'),
  AWS_REGION: z.string().trim().min(1).default('us-west-2'),
  /** Set locally to DynamoDB Local's URL; unset on AWS. */
  DYNAMODB_ENDPOINT: optionalString.pipe(z.url().optional()),
  /** Public origin Twilio calls, e.g. https://abc.execute-api.us-west-2.amazonaws.com; signatures are checked against it. */
  PUBLIC_BASE_URL: optionalString.pipe(z.url().optional()),
  TWILIO_AUTH_TOKEN: optionalString,
  TWILIO_ACCOUNT_SID: optionalString,
  /** The Twilio number (E.164) proactive messages are sent from. */
  TWILIO_FROM_NUMBER: optionalString,
  /** Base URL of the Twilio REST API; locally the stack's own fake Twilio API. */
  TWILIO_API_BASE_URL: optionalString.pipe(z.url().optional()),
  STAFF_TOKEN: optionalString,
  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  /** SSM parameter names, resolved at run time by loadSecrets() (deployed stages only). */
  TWILIO_AUTH_TOKEN_PARAM: optionalString,
  TWILIO_ACCOUNT_SID_PARAM: optionalString,
  STAFF_TOKEN_PARAM: optionalString,
  MICROSOFT_APP_PASSWORD_PARAM: optionalString,
  STATE_TTL_DAYS: days(30),
  REFERRAL_TTL_DAYS: days(365),
});

export type Config = Readonly<
  Omit<z.infer<typeof envSchema>, 'TWILIO_AUTH_TOKEN' | 'STAFF_TOKEN' | 'TWILIO_ACCOUNT_SID'> & {
    isLocal: boolean;
    TWILIO_AUTH_TOKEN: string;
    STAFF_TOKEN: string;
    TWILIO_ACCOUNT_SID: string;
  }
>;

export class ConfigError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a {@link ConfigError} listing every bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const values = parsed.data;
  const isLocal = values.STAGE === 'local';
  const secrets = {
    TWILIO_AUTH_TOKEN: values.TWILIO_AUTH_TOKEN ?? (isLocal ? LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN : undefined),
    STAFF_TOKEN: values.STAFF_TOKEN ?? (isLocal ? LOCAL_DEFAULTS.STAFF_TOKEN : undefined),
    TWILIO_ACCOUNT_SID: values.TWILIO_ACCOUNT_SID ?? (isLocal ? LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID : undefined),
  };
  const missing = Object.entries(secrets)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (missing.length > 0) {
    throw new ConfigError(
      `Stage "${values.STAGE}" needs real secrets; missing ${missing.join(', ')}. ` +
        'Local development defaults are only used with STAGE=local.',
    );
  }
  if (!isLocal) {
    const usesLocalDefault = (Object.keys(secrets) as (keyof typeof secrets)[]).filter(
      (k) => k !== 'TWILIO_ACCOUNT_SID' && secrets[k] === LOCAL_DEFAULTS[k],
    );
    if (usesLocalDefault.length > 0) {
      throw new ConfigError(`Stage "${values.STAGE}" refuses the local development value of ${usesLocalDefault.join(', ')}.`);
    }
  }
  return Object.freeze({ ...values, ...(secrets as Record<keyof typeof secrets, string>), isLocal });
}

let cached: Config | undefined;

/** The process-wide config, parsed on first use. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Tests and the local host change the environment between runs; this forgets the parsed copy. */
export function resetConfig(): void {
  cached = undefined;
}
