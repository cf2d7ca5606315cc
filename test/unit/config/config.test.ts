import { ConfigError, LOCAL_DEFAULTS, parseConfig, requireSecret, SECRET_NAMES } from '../../../src/config';

describe('Function: parseConfig', () => {
  it('uses the documented local secrets only on the local stage', () => {
    const config = parseConfig({ TABLE_NAME: 't' });
    expect(config.isLocal).toBe(true);
    expect(config.TWILIO_AUTH_TOKEN).toBe(LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN);
    expect(config.STAFF_TOKEN).toBe(LOCAL_DEFAULTS.STAFF_TOKEN);
  });

  /** Secrets of real shape and strength, as SSM would hand them to a deployed function. */
  const realSecrets = {
    MICROSOFT_APP_PASSWORD: 'Qx8~vN2.kLp7RtY5_wZ3mB9cD4fG6hJ1sA0e',
    TWILIO_AUTH_TOKEN: '9f86d081884c7d659a2feaa0c55ad015',
    TWILIO_ACCOUNT_SID: 'AC3b1f5e7d9c2a4b6e8f0a1c3e5d7b9f2a',
    STAFF_TOKEN: 'a4F9-kQ2z_Lm8Xw3Rv7Tn1Yb6Pc5Hd0Js',
    DIRECT_LINE_SECRET: 'Zk3.pQ9-wR7_tY5uI1oP3aS5dF7gH9jK2lZ4xC6vB8nM0',
    KEY_HASH_SECRET: 'h7Gk2Lp9Qw4Er6Ty8Ui0Op3As5Df7Gh9J',
    CHAT_RESUME_SECRET: 'm3Nb5Vc7Xz9Lk2Jh4Gf6Ds8Aq1Wr3Et5Y',
  };
  /** A deployed function's environment after SSM: these secrets declared (`_PARAM`) and loaded. */
  function deployedWith(names: (keyof typeof realSecrets)[]): Record<string, string> {
    return {
      TABLE_NAME: 't',
      STAGE: 'prod',
      PUBLIC_BASE_URL: 'https://abc123.execute-api.us-west-2.amazonaws.com',
      MICROSOFT_APP_ID: '3f2b9c1e-8a4d-4e2f-9b6a-1c2d3e4f5a6b',
      ...Object.fromEntries(
        names.flatMap((name) => [
          [`${name}_PARAM`, `/ccs-navigator/prod/${name}`],
          [name, realSecrets[name]],
        ]),
      ),
    };
  }
  const deployed = deployedWith(Object.keys(realSecrets) as (keyof typeof realSecrets)[]);

  function refusal(env: Record<string, string>): string {
    try {
      parseConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('parseConfig accepted the configuration');
  }

  it('starts a deployed stage that has Bot Framework auth, its public URL and real secrets', () => {
    expect(parseConfig(deployed)).toMatchObject({ isLocal: false, MICROSOFT_APP_ID: deployed.MICROSOFT_APP_ID, PUBLIC_BASE_URL: deployed.PUBLIC_BASE_URL });
  });

  it('refuses to start a deployed stage without auth or its declared secrets, naming every missing variable', () => {
    const declaredOnly = Object.fromEntries(Object.entries(deployed).filter(([name]) => name.endsWith('_PARAM')));
    const message = refusal({ TABLE_NAME: 't', STAGE: 'prod', ...declaredOnly });
    for (const name of ['MICROSOFT_APP_ID', 'PUBLIC_BASE_URL', ...SECRET_NAMES]) {
      expect(message).toMatch(new RegExp(`${name}: required on a deployed stage`));
    }
    expect(message).toMatch(/Stage "prod" refuses to start/);
  });

  it('starts a function with only the secrets it declares, and the others stay unset', () => {
    const staff = parseConfig(deployedWith(['STAFF_TOKEN']));
    expect(staff.STAFF_TOKEN).toBe(realSecrets.STAFF_TOKEN);
    for (const name of SECRET_NAMES.filter((n) => n !== 'STAFF_TOKEN')) expect(staff[name]).toBeUndefined();
    // Where such a function would use another's secret, it is told so by name instead of sending an empty credential.
    expect(() => requireSecret(staff, 'TWILIO_AUTH_TOKEN')).toThrow(/TWILIO_AUTH_TOKEN: this function does not declare it/);

    const sms = parseConfig(deployedWith(['TWILIO_AUTH_TOKEN', 'KEY_HASH_SECRET']));
    expect(requireSecret(sms, 'TWILIO_AUTH_TOKEN')).toBe(realSecrets.TWILIO_AUTH_TOKEN);
    expect(sms.STAFF_TOKEN).toBeUndefined();
    // A function that declares no secret at all (health) starts with the stage's non-secret settings.
    expect(parseConfig(deployedWith([]))).toMatchObject({ isLocal: false });
  });

  it('refuses a function whose own declared secret is missing, and only that one', () => {
    const { TWILIO_AUTH_TOKEN: _missing, ...sms } = deployedWith(['TWILIO_AUTH_TOKEN', 'KEY_HASH_SECRET']);
    const message = refusal(sms);
    expect(message).toMatch(/TWILIO_AUTH_TOKEN: required on a deployed stage/);
    for (const name of SECRET_NAMES.filter((n) => n !== 'TWILIO_AUTH_TOKEN')) expect(message).not.toMatch(new RegExp(name));
  });

  it('refuses the issue\'s example: no app id, no public URL and a staff token of "x"', () => {
    const { MICROSOFT_APP_ID: _id, PUBLIC_BASE_URL: _url, ...rest } = deployed;
    const message = refusal({ ...rest, STAFF_TOKEN: 'x' });
    expect(message).toMatch(/MICROSOFT_APP_ID: required/);
    expect(message).toMatch(/PUBLIC_BASE_URL: required/);
    expect(message).toMatch(/STAFF_TOKEN: is 1 characters/);
    expect(message).not.toMatch(/TWILIO_AUTH_TOKEN/);
  });

  it('refuses secrets that are short, repetitive, local or placeholders, each by name', () => {
    const message = refusal({
      ...deployed,
      TWILIO_AUTH_TOKEN: LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN,
      STAFF_TOKEN: 'x'.repeat(40),
      MICROSOFT_APP_PASSWORD: 'hunter2',
      TWILIO_ACCOUNT_SID: LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID,
      MICROSOFT_APP_ID: 'my-bot',
      PUBLIC_BASE_URL: 'http://api.example.org',
      KEY_HASH_SECRET: LOCAL_DEFAULTS.KEY_HASH_SECRET,
      CHAT_RESUME_SECRET: 'short',
      DIRECT_LINE_SECRET: 'ab'.repeat(30),
    });
    expect(message).toMatch(/TWILIO_AUTH_TOKEN: refuses the local development value/);
    expect(message).toMatch(/STAFF_TOKEN: is too repetitive/);
    expect(message).toMatch(/MICROSOFT_APP_PASSWORD: is 7 characters/);
    expect(message).toMatch(/TWILIO_ACCOUNT_SID: must be the account's SID/);
    expect(message).toMatch(/MICROSOFT_APP_ID: must be the Azure Bot's app id/);
    expect(message).toMatch(/PUBLIC_BASE_URL: must be an https:\/\/ URL/);
    expect(message).toMatch(/KEY_HASH_SECRET: refuses the local development value/);
    expect(message).toMatch(/CHAT_RESUME_SECRET: is 5 characters/);
    expect(message).toMatch(/DIRECT_LINE_SECRET: is too repetitive/);
  });

  it("refuses the packaging placeholder app id of serverless.yml's ci stage", () => {
    expect(refusal({ ...deployed, STAGE: 'ci', MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000000' })).toMatch(/MICROSOFT_APP_ID: must be/);
  });

  it('names a malformed variable and the deployed-stage problems together', () => {
    const message = refusal({ ...deployed, PUBLIC_BASE_URL: 'not a url', MICROSOFT_APP_ID: '' });
    expect(message).toMatch(/PUBLIC_BASE_URL: Invalid URL/);
    expect(message).toMatch(/MICROSOFT_APP_ID: required/);
  });

  it('fails fast with every bad variable named', () => {
    let error: unknown;
    try {
      parseConfig({ TABLE_NAME: '', PUBLIC_BASE_URL: 'not a url', STATE_TTL_DAYS: '-3' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/TABLE_NAME/);
    expect((error as Error).message).toMatch(/PUBLIC_BASE_URL/);
    expect((error as Error).message).toMatch(/STATE_TTL_DAYS/);
  });

  it('reads retention settings with defaults of 30 days for state and a year for referrals', () => {
    expect(parseConfig({ TABLE_NAME: 't' })).toMatchObject({ STATE_TTL_DAYS: 30, REFERRAL_TTL_DAYS: 365 });
    expect(parseConfig({ TABLE_NAME: 't', STATE_TTL_DAYS: '7' }).STATE_TTL_DAYS).toBe(7);
  });
});
