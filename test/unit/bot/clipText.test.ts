import fc from 'fast-check';
import { clipText, textReply } from '../../../src/bot/replies';
import { renderSms } from '../../../src/channels/sms/renderSms';
import { toTwiml } from '../../../src/channels/sms/smsService';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('Function: clipText (a long condition in the referral summary)', () => {
  it('keeps short text as it is', () => {
    expect(clipText('asthma', 160)).toBe('asthma');
  });

  it('never cuts an emoji in half, so the summary still renders as TwiML', () => {
    const condition = `${'a'.repeat(156)}😀 and more words after it`;
    const clipped = clipText(condition, 160);
    expect(clipped).not.toMatch(LONE_SURROGATE);
    expect(clipped.length).toBeLessThanOrEqual(160);
    expect(() => toTwiml(renderSms([textReply(`Condition: ${clipped}`, 'en')]))).not.toThrow();
  });

  it('ends at a word where it can', () => {
    expect(clipText('Congenital heart defect, needs cardiology follow-up '.repeat(5), 60)).toBe('Congenital heart defect, needs cardiology follow-up...');
  });

  it('is at most the length asked for and well-formed, for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const clipped = clipText(text, 160);
        expect(clipped.length).toBeLessThanOrEqual(160);
        expect(clipped).not.toMatch(LONE_SURROGATE);
      }),
    );
  });
});
