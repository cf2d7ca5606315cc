import type { ConversationReference, TurnContext } from 'botbuilder';
import { TwilioSendError } from '../../../src/channels/sms/twilioRest';
import { MemoryReferralStore } from '../../helpers/memoryReferralStore';
import { StaffMessenger } from '../../../src/staff/staffMessenger';
import type { TranscriptEntry } from '../../../src/transcripts/transcriptStore';
import { newReferral } from '../../helpers/staffFixtures';

const AT = new Date('2026-01-14T18:00:00Z');
const STAFF = { id: 'kern-1', name: 'kern-1@example.org' };

function fakes() {
  const lines: { key: string; entries: TranscriptEntry[] }[] = [];
  const sent: { reference: Partial<ConversationReference>; text: string }[] = [];
  const adapter = {
    continueConversationAsync: jest.fn(async (_appId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => {
      await logic({ sendActivity: async (text: string) => void sent.push({ reference, text }) } as unknown as TurnContext);
    }),
  };
  const transcripts = { append: async (conversation: { key: string }, entries: TranscriptEntry[]) => void lines.push({ key: conversation.key, entries }) };
  return { lines, sent, adapter, transcripts };
}

const webReferral = async () =>
  (
    await new MemoryReferralStore().create(
      newReferral({
        channel: 'web',
        contact: {
          channel: 'web',
          key: 'conv-1',
          conversationReference: { serviceUrl: 'https://webchat.botframework.com/', conversation: { id: 'conv-1' } as never },
        },
      }),
    )
  ).referral;

describe('StaffMessenger', () => {
  it('sends a proactive Bot Framework message to a web family when an app id is configured', async () => {
    const { lines, sent, adapter, transcripts } = fakes();
    const messenger = new StaffMessenger({ sms: { send: jest.fn() }, transcripts, web: { appId: 'app-id', adapter } });
    expect(await messenger.send(await webReferral(), STAFF, 'Hello from the office', AT)).toBe('sent');
    expect(adapter.continueConversationAsync).toHaveBeenCalledWith(
      'app-id',
      expect.objectContaining({ serviceUrl: 'https://webchat.botframework.com/' }),
      expect.any(Function),
    );
    expect(sent.map((s) => s.text)).toEqual(['Hello from the office']);
    // Delivered live: the line is kept, but not flagged for the page to show a second time.
    expect(lines).toEqual([{ key: 'conv-1', entries: [{ at: AT.toISOString(), from: 'staff', text: 'Hello from the office', staffId: 'kern-1' }] }]);
  });

  it('without Bot Framework, leaves the line for the chat page to show', async () => {
    const { lines, transcripts } = fakes();
    const messenger = new StaffMessenger({ sms: { send: jest.fn() }, transcripts });
    expect(await messenger.send(await webReferral(), STAFF, 'Hello', AT)).toBe('chat_history');
    expect(lines[0].entries[0]).toMatchObject({ from: 'staff', proactive: true });
  });

  it('texts an SMS family; an opted-out number gets nothing and no transcript line; a lost answer is uncertain', async () => {
    const { referral } = await new MemoryReferralStore().create(newReferral());
    const { lines, transcripts } = fakes();
    const send = jest
      .fn()
      .mockResolvedValueOnce({ sid: 'SM1' })
      .mockResolvedValueOnce({ skipped: 'optedOut' })
      .mockRejectedValueOnce(new TwilioSendError('timeout', false))
      .mockRejectedValueOnce(new TwilioSendError('429', true));
    const messenger = new StaffMessenger({ sms: { send }, transcripts });
    expect(await messenger.send(referral, STAFF, 'one', AT)).toBe('sent');
    expect(send).toHaveBeenCalledWith(referral.contact.key, 'one');
    expect(await messenger.send(referral, STAFF, 'two', AT)).toBe('opted_out');
    expect(await messenger.send(referral, STAFF, 'three', AT)).toBe('uncertain');
    await expect(messenger.send(referral, STAFF, 'four', AT)).rejects.toMatchObject({ statusCode: 503 });
    expect(lines.map((l) => l.entries[0].text)).toEqual(['one']);
  });
});
