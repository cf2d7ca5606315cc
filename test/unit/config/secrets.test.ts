// SSM stand-in: answers for the parameter names it is asked, and records them.
const asked: string[][] = [];
jest.mock('@aws-lambda-powertools/parameters/ssm', () => ({
  getParametersByName: jest.fn(async (byName: Record<string, { decrypt?: boolean }>) => {
    asked.push(Object.keys(byName));
    return Object.fromEntries(Object.entries(byName).map(([name, options]) => [name, options.decrypt ? `value of ${name}` : undefined]));
  }),
}));

import { loadSecretsIntoEnv } from '../../../src/config/secrets';

describe('Function: loadSecretsIntoEnv', () => {
  beforeEach(() => (asked.length = 0));

  it('reads from SSM only the secrets this function declares, decrypted', async () => {
    const env: NodeJS.ProcessEnv = { STAFF_TOKEN_PARAM: '/ccs-navigator/prod/staff-token', TABLE_NAME: 't' };
    await loadSecretsIntoEnv(env);
    expect(asked).toEqual([['/ccs-navigator/prod/staff-token']]);
    expect(env.STAFF_TOKEN).toBe('value of /ccs-navigator/prod/staff-token');
    expect(env.TWILIO_AUTH_TOKEN).toBeUndefined();
  });

  it('asks SSM nothing for a function that declares no secret', async () => {
    await loadSecretsIntoEnv({ TABLE_NAME: 't' });
    expect(asked).toEqual([]);
  });
});
