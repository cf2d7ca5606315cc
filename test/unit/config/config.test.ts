import { ConfigError, LOCAL_DEFAULTS, parseConfig } from '../../../src/config';

describe('Function: parseConfig', () => {
  it('uses the documented local secrets only on the local stage', () => {
    const config = parseConfig({ TABLE_NAME: 't' });
    expect(config.isLocal).toBe(true);
    expect(config.TWILIO_AUTH_TOKEN).toBe(LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN);
    expect(config.STAFF_TOKEN).toBe(LOCAL_DEFAULTS.STAFF_TOKEN);
  });

  it('refuses to start a deployed stage without real secrets, naming them', () => {
    expect(() => parseConfig({ TABLE_NAME: 't', STAGE: 'prod' })).toThrow(/TWILIO_AUTH_TOKEN.*STAFF_TOKEN/);
  });

  it('refuses a deployed stage that was given the local development token', () => {
    expect(() =>
      parseConfig({ TABLE_NAME: 't', STAGE: 'prod', TWILIO_AUTH_TOKEN: LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN, STAFF_TOKEN: 'x'.repeat(32), TWILIO_ACCOUNT_SID: 'AC1' }),
    ).toThrow(/refuses the local development value of TWILIO_AUTH_TOKEN/);
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
