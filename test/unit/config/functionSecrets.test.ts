import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, parseConfig, SECRET_NAMES, type SecretName } from '../../../src/config';

const ROOT = join(__dirname, '../../..');

/**
 * What each function really uses (read from its handler and what it builds): the least privilege
 * the packaged template must give, no more. A new use of a secret goes here and in serverless.yml.
 */
const USES: Record<string, SecretName[]> = {
  // Signature key, and the keyed hash of the phone in state and opt-out keys; replies are TwiML.
  sms: ['TWILIO_AUTH_TOKEN', 'KEY_HASH_SECRET'],
  messages: ['MICROSOFT_APP_PASSWORD', 'KEY_HASH_SECRET'],
  health: [],
  webChatPage: [],
  webChatToken: ['DIRECT_LINE_SECRET', 'CHAT_RESUME_SECRET'],
  transcript: ['CHAT_RESUME_SECRET'],
  staffConsole: [],
  staffReferrals: ['STAFF_TOKEN'],
  staffQueues: ['STAFF_TOKEN'],
  staffExport: ['STAFF_TOKEN'],
  staffStats: ['STAFF_TOKEN'],
  staffReferralActions: ['STAFF_TOKEN'],
  unansweredQuestions: ['STAFF_TOKEN'],
  // Shows whether an SMS family opted out.
  staffReferral: ['STAFF_TOKEN', 'KEY_HASH_SECRET'],
  // Texts (opt-out checked first) or writes into a live web chat.
  staffMessages: ['STAFF_TOKEN', 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'KEY_HASH_SECRET', 'MICROSOFT_APP_PASSWORD'],
  notifyStaff: ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'KEY_HASH_SECRET'],
  dailySummary: ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'KEY_HASH_SECRET'],
  notifyFamily: ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'KEY_HASH_SECRET'],
  firstContactWatch: ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'KEY_HASH_SECRET'],
};

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, string[]>> };
interface PackagedFunction {
  name: string;
  environment: Record<string, unknown>;
  statements: Statement[];
}

/** `npm run package` (offline), into a folder of this test's own; its CloudFormation template, function by function. */
function packageFunctions(): PackagedFunction[] {
  const out = mkdtempSync(join(tmpdir(), 'ccs-package-'));
  try {
    execFileSync('npx', ['serverless', 'package', '--stage', 'ci', '--package', out], {
      cwd: ROOT,
      env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
      stdio: 'pipe',
      timeout: 170_000,
    });
    type Resource = {
      Type: string;
      Properties: {
        Role: { 'Fn::GetAtt': [string, string] };
        Environment?: { Variables: Record<string, unknown> };
        Policies?: { PolicyDocument: { Statement: Statement[] } }[];
      };
    };
    const resources: Record<string, Resource> = JSON.parse(readFileSync(join(out, 'cloudformation-template-update-stack.json'), 'utf8')).Resources;
    return Object.entries(resources)
      .filter(([, r]) => r.Type === 'AWS::Lambda::Function')
      .map(([id, r]) => {
        const role = resources[r.Properties.Role['Fn::GetAtt'][0]];
        return {
          name: id.replace(/LambdaFunction$/, '').replace(/^./, (c) => c.toLowerCase()),
          environment: r.Properties.Environment?.Variables ?? {},
          statements: (role.Properties.Policies ?? []).flatMap((p) => p.PolicyDocument.Statement),
        };
      });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const actions = (s: Statement) => [s.Action].flat();
/** The SSM parameter names a role may read (from `!Sub arn:…:parameter/<name>`). */
function ssmParameters(fn: PackagedFunction): string[] {
  return fn.statements
    .filter((s) => actions(s).some((a) => a.startsWith('ssm:')))
    .flatMap((s) => [s.Resource].flat())
    .map((r) => {
      const arn = typeof r === 'string' ? r : (r as { 'Fn::Sub': string })['Fn::Sub'];
      return arn.replace(/^.*:parameter/, '');
    })
    .sort();
}
const declared = (fn: PackagedFunction) => SECRET_NAMES.filter((name) => typeof fn.environment[`${name}_PARAM`] === 'string');

describe('Each function reads only its own secrets (packaged CloudFormation template)', () => {
  let functions: PackagedFunction[];
  beforeAll(() => {
    functions = packageFunctions();
  }, 180_000);

  it('declares exactly the secrets its handler uses', () => {
    const sorted = (uses: Record<string, SecretName[]>) => Object.fromEntries(Object.entries(uses).map(([name, secrets]) => [name, [...secrets].sort()]));
    expect(sorted(Object.fromEntries(functions.map((fn) => [fn.name, fn.name === 'webChatPage' ? [] : declared(fn)])))).toEqual(sorted(USES));
  });

  it('grants each role SSM reads of its declared parameters alone, never a wildcard', () => {
    for (const fn of functions) {
      // The page reads no secret: DIRECT_LINE_SECRET_PARAM only tells it that Direct Line is configured.
      const names = fn.name === 'webChatPage' ? [] : declared(fn).map((name) => fn.environment[`${name}_PARAM`] as string);
      expect({ fn: fn.name, parameters: ssmParameters(fn) }).toEqual({ fn: fn.name, parameters: names.sort() });
      for (const name of names) expect(name).toBe(`/ccs-navigator/ci/${name.split('/').pop()}`);
    }
    expect(functions.flatMap(ssmParameters).filter((name) => name.includes('*'))).toEqual([]);
  });

  it("starts each function's config with its own secrets, and refuses it without any one of them", () => {
    const strong = (name: SecretName) =>
      name === 'TWILIO_ACCOUNT_SID' ? 'AC3b1f5e7d9c2a4b6e8f0a1c3e5d7b9f2a' : `${name}-Qx8~vN2.kLp7RtY5_wZ3mB9cD4fG6hJ1sA0e`;
    for (const fn of functions.filter((f) => f.name !== 'webChatPage')) {
      const env: Record<string, string> = {
        TABLE_NAME: 't',
        STAGE: 'ci',
        PUBLIC_BASE_URL: 'https://abc123.execute-api.us-west-2.amazonaws.com',
        MICROSOFT_APP_ID: '3f2b9c1e-8a4d-4e2f-9b6a-1c2d3e4f5a6b',
        ...Object.fromEntries(Object.entries(fn.environment).filter(([name]) => name.endsWith('_PARAM')) as [string, string][]),
        ...Object.fromEntries(declared(fn).map((name) => [name, strong(name)])),
      };
      const config = parseConfig(env);
      for (const name of SECRET_NAMES)
        expect({ fn: fn.name, name, set: config[name] !== undefined }).toEqual({ fn: fn.name, name, set: declared(fn).includes(name) });
      for (const name of declared(fn)) {
        const { [name]: _missing, ...without } = env;
        expect(() => parseConfig(without)).toThrow(ConfigError);
        expect(() => parseConfig(without)).toThrow(new RegExp(`${name}: required on a deployed stage`));
      }
    }
  });

  it('lets the bot turns write state and opt-out keys only as keyed hashes (no phone number in a key)', () => {
    const hashed = (prefix: string) => `${prefix}#${'?'.repeat(32)}`;
    for (const name of ['sms', 'messages']) {
      const fn = functions.find((f) => f.name === name)!;
      const writes = fn.statements.filter((s) => actions(s).some((a) => a === 'dynamodb:PutItem' || a === 'dynamodb:UpdateItem'));
      expect(writes.length).toBeGreaterThan(0);
      for (const statement of writes) {
        const keys = statement.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'] ?? ['(no condition)'];
        expect({ fn: name, clear: keys.filter((k) => /^(STATE|OPTOUT)#/.test(k) && k !== hashed('STATE') && k !== hashed('OPTOUT')) }).toEqual({
          fn: name,
          clear: [],
        });
        expect(keys).toContain(hashed('STATE'));
      }
    }
  });
});
