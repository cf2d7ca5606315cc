import { renderSms, stripMarkdown } from '../../../../src/channels/sms/renderSms';
import { choicesReply, contactReply, textReply } from '../../../../src/bot/replies';

describe('Function: renderSms', () => {
  it('numbers the choices so a texter can answer with a digit', () => {
    const [sms] = renderSms([
      choicesReply(
        'How can I help?',
        [
          { title: 'Ask a question', value: 'Ask a question' },
          { title: 'Make a referral', value: 'Make a referral' },
        ],
        'en',
      ),
    ]);
    expect(sms).toBe('How can I help?\n\nReply 1 for Ask a question\nReply 2 for Make a referral');
  });

  it('words the numbered choices in Spanish for a Spanish reply', () => {
    const [sms] = renderSms([choicesReply('¿Cómo le ayudo?', [{ title: 'Hacer una pregunta', value: 'x' }], 'es')]);
    expect(sms).toContain('Responda 1 para Hacer una pregunta');
  });

  it('turns a contact card into plain lines with no markup', () => {
    const [sms] = renderSms([
      contactReply(
        { title: 'Kern County CCS office', lines: ['Phone (661) 321-3000, fax (661) 868-0268'], phone: '(661) 321-3000', url: 'https://example.org/ccs' },
        'en',
      ),
    ]);
    expect(sms).toBe('Kern County CCS office\nPhone (661) 321-3000, fax (661) 868-0268\nhttps://example.org/ccs');
  });

  it('drops markdown and trace activities', () => {
    const messages = renderSms([textReply('**Call** [the office](https://x.org) now', 'en'), { type: 'trace', text: 'debug' }]);
    expect(messages).toEqual(['Call the office: https://x.org now']);
  });
});

describe('Function: stripMarkdown', () => {
  it('keeps link targets and bullet text', () => {
    expect(stripMarkdown('- one\n- two')).toBe('• one\n• two');
    expect(stripMarkdown('[https://a.b](https://a.b)')).toBe('https://a.b');
  });
});
