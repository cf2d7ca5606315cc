import { isAllowedServiceUrl } from '../../../../src/channels/web/webChatAdapter';

describe('where the web chat adapter may POST replies (serviceUrl)', () => {
  it.each(['https://directline.botframework.com/', 'https://webchat.botframework.com/', 'https://europe.directline.botframework.com/'])(
    'allows Bot Framework service %s, deployed and locally',
    (url) => {
      expect(isAllowedServiceUrl(url, false)).toBe(true);
      expect(isAllowedServiceUrl(url, true)).toBe(true);
    },
  );

  it.each(['http://localhost:3978', 'http://127.0.0.1:52345/', 'http://[::1]:3978/'])('allows this machine (%s) only on the local stage', (url) => {
    expect(isAllowedServiceUrl(url, true)).toBe(true);
    expect(isAllowedServiceUrl(url, false)).toBe(false);
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'https://evil.example/',
    'http://directline.botframework.com/',
    'https://botframework.com.evil.example/',
    'https://evilbotframework.com/',
    'https://user:pass@directline.botframework.com/',
    'https://directline.botframework.com@evil.example/',
    'file:///etc/passwd',
    'sms',
    '',
    undefined,
  ])('refuses %s', (url) => {
    expect(isAllowedServiceUrl(url, true)).toBe(false);
    expect(isAllowedServiceUrl(url, false)).toBe(false);
  });
});
