import { TestAdapter, TurnContext } from 'botbuilder';
import { contactOf, conversationTraits, stampChannel, verifiedChannel } from '../../../src/channels/verifiedChannel';
import { conversationKeyOf } from '../../../src/transcripts/turnTranscript';

/** A turn whose activity claims the SMS channel and a phone, as anyone posting to /api/messages can write. */
function claimingSms(): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'sms',
    from: { id: '+16615550199', name: '' },
    conversation: { id: '+16615550199', isGroup: false, name: '', conversationType: 'personal' },
    recipient: { id: 'bot', name: '' },
  });
}

describe('the verified channel (stamped by the adapter, never read from the activity)', () => {
  it('treats a turn no adapter stamped as web, whatever channelId and from.id it claims', () => {
    const context = claimingSms();
    expect(verifiedChannel(context)).toEqual({ channel: 'web', canPush: false });
    expect(conversationTraits(context)).toEqual({ audience: 'provider', canPush: false });
    expect(contactOf(context)).toMatchObject({ channel: 'web' });
    expect(conversationKeyOf(context).channel).toBe('web');
  });

  it('takes the phone from the stamp, not from the activity', () => {
    const context = claimingSms();
    stampChannel(context, { channel: 'sms', phone: '+16615550100' });
    expect(contactOf(context)).toEqual({ channel: 'sms', key: '+16615550100' });
    expect(conversationKeyOf(context)).toEqual({ channel: 'sms', key: '+16615550100' });
    expect(conversationTraits(context)).toEqual({ audience: 'family', canPush: true, callerId: '+16615550100' });
  });

  it('lets a web chat be messaged later only when the adapter says it can (a Bot Framework app)', () => {
    const context = claimingSms();
    stampChannel(context, { channel: 'web', canPush: true });
    expect(conversationTraits(context)).toEqual({ audience: 'provider', canPush: true });
  });

  it('keeps the first stamp of a turn: later middleware cannot turn a web turn into a phone', () => {
    const context = claimingSms();
    stampChannel(context, { channel: 'web', canPush: false });
    stampChannel(context, { channel: 'sms', phone: '+16615550199' });
    expect(conversationTraits(context).callerId).toBeUndefined();
  });
});
