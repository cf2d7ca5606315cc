import { cliOptions } from '../../../scripts/sms-cli';

describe('Function: cliOptions (npm run sms)', () => {
  it('defaults to the local stack, its Twilio number and the local development token', () => {
    expect(cliOptions([])).toEqual({
      from: '+15555550123',
      to: '+15555550100',
      url: 'http://localhost:3978',
      token: 'local-twilio-auth-token',
    });
  });

  it('takes --from, --to, --url and --token', () => {
    const options = cliOptions(['--from', '+15555550199', '--to', '+15555550101', '--url', 'http://127.0.0.1:4000/', '--token', 't']);
    expect(options).toEqual({ from: '+15555550199', to: '+15555550101', url: 'http://127.0.0.1:4000', token: 't' });
  });

  it('refuses numbers that are not E.164 and unknown options', () => {
    expect(() => cliOptions(['--from', '555-0123'])).toThrow(/--from must be an E.164 number/);
    expect(() => cliOptions(['--form', '+15555550123'])).toThrow();
  });
});
