import * as z from '../zodMini';

/**
 * Runtime configuration, parsed once from the environment with zod so a bad deployment fails at
 * cold start with a message naming the variable, not later in the middle of a family's turn.
 *
 * Secrets are never in the repo. Deployed, each function declares the secrets it uses: its
 * serverless.yml entry passes their SSM parameter *names* (`<SECRET>_PARAM`) and grants its role
 * those parameters only; {@link loadSecretsIntoEnv} reads them at run time, and a deployed stage
 * requires exactly the declared ones. Locally, documented development defaults apply, and only
 * when `STAGE=local`.
 */

/** Every secret a function may declare; on a deployed stage each comes from the SSM parameter named in `<NAME>_PARAM`. */
export const SECRET_NAMES = [
  'TWILIO_AUTH_TOKEN',
  'TWILIO_ACCOUNT_SID',
  'STAFF_TOKEN',
  'MICROSOFT_APP_PASSWORD',
  'DIRECT_LINE_SECRET',
  /** HMAC key that turns phone numbers and conversation ids into table keys (src/storage/keyHash.ts). */
  'KEY_HASH_SECRET',
  /** HMAC key of the chat page's resume tokens (src/channels/web/chatResume.ts). */
  'CHAT_RESUME_SECRET',
] as const;

export type SecretName = (typeof SECRET_NAMES)[number];

/** Development-only secrets, documented in the README; refused on any deployed stage. */
export const LOCAL_DEFAULTS = {
  TWILIO_AUTH_TOKEN: 'local-twilio-auth-token',
  STAFF_TOKEN: 'local-staff-token',
  TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
  KEY_HASH_SECRET: 'local-key-hash-secret',
  CHAT_RESUME_SECRET: 'local-chat-resume-secret',
} as const satisfies Partial<Record<SecretName, string>>;

const optionalString = z.optional(
  z.pipe(
    z.string().check(z.trim()),
    z.transform((v) => (v === '' ? undefined : v)),
  ),
);
const optionalUrl = z.pipe(optionalString, z.optional(z.url()));

const days = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.positive()), fallback);

const envSchema = z.object({
  STAGE: z._default(z.string().check(z.trim(), z.minLength(1)), 'local'),
  TABLE_NAME: z.string().check(z.trim(), z.minLength(1, 'TABLE_NAME is required (the DynamoDB table name)')),
  AWS_REGION: z._default(z.string().check(z.trim(), z.minLength(1)), 'us-west-2'),
  /** Set locally to DynamoDB Local's URL; unset on AWS. */
  DYNAMODB_ENDPOINT: optionalUrl,
  /** Public origin Twilio calls, e.g. https://abc.execute-api.us-west-2.amazonaws.com; signatures are checked against it. */
  PUBLIC_BASE_URL: optionalUrl,
  TWILIO_AUTH_TOKEN: optionalString,
  TWILIO_ACCOUNT_SID: optionalString,
  /** The Twilio number (E.164) proactive messages are sent from. */
  TWILIO_FROM_NUMBER: optionalString,
  /** Base URL of the Twilio REST API; locally the stack's own fake Twilio API. */
  TWILIO_API_BASE_URL: optionalUrl,
  STAFF_TOKEN: optionalString,
  /** Base URL of the Direct Line API (the token endpoints); tests use a local fake of it. */
  DIRECT_LINE_BASE_URL: optionalUrl,
  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  DIRECT_LINE_SECRET: optionalString,
  KEY_HASH_SECRET: optionalString,
  CHAT_RESUME_SECRET: optionalString,
  /** SSM parameter names, resolved at run time by loadSecretsIntoEnv(): what this function declares it uses. */
  ...(Object.fromEntries(SECRET_NAMES.map((name) => [`${name}_PARAM`, optionalString])) as Record<`${SecretName}_PARAM`, typeof optionalString>),
  STATE_TTL_DAYS: days(30),
  REFERRAL_TTL_DAYS: days(365),
});

/** A secret this function did not declare is undefined: {@link requireSecret} says so where it is used. */
export type Config = Readonly<z.infer<typeof envSchema> & { isLocal: boolean }>;

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

/** The secrets this function declared (their `_PARAM` is set): a deployed stage requires these and no others. */
export function declaredSecrets(values: Partial<Record<`${SecretName}_PARAM`, string | undefined>>): SecretName[] {
  return SECRET_NAMES.filter((name) => values[`${name}_PARAM`] !== undefined);
}

const LOCAL_VALUES: readonly string[] = Object.values(LOCAL_DEFAULTS);

/**
 * What a deployed stage must have, each problem naming its variable: Bot Framework auth (the app
 * id, so /api/messages takes only Bot Framework's signed requests), the public URL Twilio signs
 * (never a request's own Host), every secret the function declared, and each secret present of
 * real strength instead of a local default.
 */
function deployedProblems(values: Values): string[] {
  const problems: string[] = [];
  const required = {
    MICROSOFT_APP_ID: values.MICROSOFT_APP_ID,
    PUBLIC_BASE_URL: values.PUBLIC_BASE_URL,
    ...Object.fromEntries(declaredSecrets(values).map((name) => [name, values[name]])),
  };
  for (const [name, value] of Object.entries(required)) if (value === undefined) problems.push(`${name}: required on a deployed stage`);
  for (const name of SECRET_NAMES) {
    const value = values[name];
    if (value === undefined || name === 'TWILIO_ACCOUNT_SID') continue;
    const weakness = LOCAL_VALUES.includes(value) ? 'refuses the local development value' : weakSecret(value);
    if (weakness) problems.push(`${name}: ${weakness}`);
  }
  const sid = values.TWILIO_ACCOUNT_SID;
  if (sid !== undefined && (!/^AC[0-9a-f]{32}$/i.test(sid) || sid === LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID)) {
    problems.push("TWILIO_ACCOUNT_SID: must be the account's SID (AC + 32 hex characters), not the local one");
  }
  const appId = values.MICROSOFT_APP_ID;
  if (appId !== undefined && (!GUID.test(appId) || appId === PLACEHOLDER_APP_ID)) {
    problems.push("MICROSOFT_APP_ID: must be the Azure Bot's app id (a GUID), not a placeholder");
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
    const field = z.safeParse(schema, env[name]);
    if (field.success) fields[name] = field.data;
    else issues.push(...field.error.issues.map((i) => `${name}: ${i.message}`));
  }
  const isLocal = fields.STAGE === 'local';
  const values = (isLocal ? { ...LOCAL_DEFAULTS, ...withoutUndefined(fields) } : fields) as Values;
  const named = new Set(issues.map((line) => line.split(':')[0]));
  if (!isLocal) issues.push(...deployedProblems(values).filter((line) => !named.has(line.split(':')[0])));
  if (issues.length > 0) {
    const stage = isLocal ? '' : ` Stage "${values.STAGE}" refuses to start; local development defaults apply only with STAGE=local.`;
    throw new ConfigError(`Invalid configuration:${stage}\n  ${issues.join('\n  ')}`);
  }
  return Object.freeze({ ...values, isLocal });
}

function withoutUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/**
 * A secret where it is used. Undefined means this function's serverless.yml entry does not
 * declare it (no `<NAME>_PARAM`, no grant): a ConfigError naming it, never an empty credential.
 */
export function requireSecret(config: Partial<Pick<Config, SecretName>>, name: SecretName): string {
  const value = config[name];
  if (value === undefined) throw new ConfigError(`${name}: this function does not declare it (serverless.yml: ${name}_PARAM and its SSM grant)`);
  return value;
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
