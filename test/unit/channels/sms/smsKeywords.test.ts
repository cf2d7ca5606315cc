import { t, LANGS } from '../../../../src/i18n';
import { segmentInfo } from '../../../../src/channels/sms/segments';
import { recognizeSmsKeyword } from '../../../../src/channels/sms/smsKeywords';

describe('SMS keyword replies (content/messages.json)', () => {
  it.each(LANGS)('each fits one text of at most 3 segments in %s', (lang) => {
    for (const key of ['smsHelp', 'smsOptedOut', 'smsOptedIn'] as const) expect(segmentInfo(t(key, lang)).segments).toBeLessThanOrEqual(3);
  });

  it('knows the Spanish keywords as Spanish and the carrier ones as English', () => {
    expect(recognizeSmsKeyword('ayuda')).toMatchObject({ kind: 'help', lang: 'es' });
    expect(recognizeSmsKeyword('STOP.')).toMatchObject({ kind: 'optOut', lang: 'en' });
  });
});
