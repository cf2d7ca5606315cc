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

/** The app id that only ever fills a packaging run (serverless.yml's `ci` params); never real. */
const PLACEHOLDER_APP_ID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Shortest secret accepted on a deployed stage, and the fewest distinct characters ('x' * 32 is not a secret). */
const MIN_SECRET_LENGTH = 32;
const MIN_SECRET_DISTINCT = 8;

function weakSecret(value: string): string | undefined {
  if (value.length < MIN_SECRET_LENGTH) return `is ${value.length} characters; a deployed stage needs at least ${MIN_SECRET_LENGTH}`;
  if (new Set(value).size < MIN_SECRET_DISTINCT) return 'is too repetitive to be a real secret';
  return undefined;
}

type Values = z.infer<typeof envSchema>;

/**
 * What a deployed stage must have, each problem naming its variable: Bot Framework auth (an app id
 * and password, so /api/messages takes only Bot Framework's signed requests), the public URL Twilio
 * signs (never a request's own Host), and secrets of real strength instead of local defaults.
 */
function deployedProblems(values: Values, secrets: Record<keyof typeof LOCAL_DEFAULTS, string | undefined>): string[] {
  const problems: string[] = [];
  const required = { ...secrets, MICROSOFT_APP_ID: values.MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD: values.MICROSOFT_APP_PASSWORD, PUBLIC_BASE_URL: values.PUBLIC_BASE_URL };
  for (const [name, value] of Object.entries(required)) if (value === undefined) problems.push(`${name}: required on a deployed stage`);
  const keys = { TWILIO_AUTH_TOKEN: secrets.TWILIO_AUTH_TOKEN, STAFF_TOKEN: secrets.STAFF_TOKEN, MICROSOFT_APP_PASSWORD: values.MICROSOFT_APP_PASSWORD };
  for (const [name, value] of Object.entries(keys)) {
    if (value === undefined) continue;
    const weakness = Object.values(LOCAL_DEFAULTS).includes(value as never) ? 'refuses the local development value' : weakSecret(value);
    if (weakness) problems.push(`${name}: ${weakness}`);
  }
  const sid = secrets.TWILIO_ACCOUNT_SID;
  if (sid !== undefined && (!/^AC[0-9a-f]{32}$/i.test(sid) || sid === LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID)) {
    problems.push('TWILIO_ACCOUNT_SID: must be the account\'s SID (AC + 32 hex characters), not the local one');
  }
  const appId = values.MICROSOFT_APP_ID;
  if (appId !== undefined && (!GUID.test(appId) || appId === PLACEHOLDER_APP_ID)) {
    problems.push('MICROSOFT_APP_ID: must be the Azure Bot\'s app id (a GUID), not a placeholder');
  }
  const base = values.PUBLIC_BASE_URL;
  if (base !== undefined && !base.startsWith('https://')) problems.push('PUBLIC_BASE_URL: must be an https:// URL');
  return problems;
}

/** Parses the environment; throws a {@link ConfigError} listing every bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  // Field by field, so one bad value does not hide the deployed-stage checks of the others.
  const issues: string[] = [];
  const fields: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(envSchema.shape)) {
    const field = (schema as z.ZodType).safeParse(env[name]);
    if (field.success) fields[name] = field.data;
    else issues.push(...field.error.issues.map((i) => `${name}: ${i.message}`));
  }
  const values = fields as Values;
  const isLocal = values.STAGE === 'local';
  const secrets = {
    TWILIO_AUTH_TOKEN: values.TWILIO_AUTH_TOKEN ?? (isLocal ? LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN : undefined),
    STAFF_TOKEN: values.STAFF_TOKEN ?? (isLocal ? LOCAL_DEFAULTS.STAFF_TOKEN : undefined),
    TWILIO_ACCOUNT_SID: values.TWILIO_ACCOUNT_SID ?? (isLocal ? LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID : undefined),
  };
  const named = new Set(issues.map((line) => line.split(':')[0]));
  if (!isLocal) issues.push(...deployedProblems(values, secrets).filter((line) => !named.has(line.split(':')[0])));
  if (issues.length > 0) {
    const stage = isLocal ? '' : ` Stage "${values.STAGE}" refuses to start; local development defaults apply only with STAGE=local.`;
    throw new ConfigError(`Invalid configuration:${stage}\n  ${issues.join('\n  ')}`);
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
