import { ActivityTypes, CardFactory, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { stampChannel } from '../../../src/channels/verifiedChannel';
import { renderSms } from '../../../src/channels/sms/renderSms';
import { transcriptPartition } from '../../../src/storage/keys';
import { conversationKeyOf, turnEntries } from '../../../src/transcripts/turnTranscript';

const PHONE = '+16615550177';
const NOW = new Date('2026-11-03T17:04:05.000Z');

function turn(activity: Partial<Activity>, channel?: 'sms' | 'web'): TurnContext {
  const context = new TurnContext(new TestAdapter(), {
    type: ActivityTypes.Message,
    channelId: channel === 'sms' ? 'sms' : 'webchat',
    from: { id: channel === 'sms' ? PHONE : 'visitor-1', name: '' },
    conversation: { id: channel === 'sms' ? PHONE : 'web-conv-42', isGroup: false, name: '', conversationType: 'personal' },
    recipient: { id: 'bot', name: '' },
    ...activity,
  });
  if (channel === 'sms') stampChannel(context, { channel: 'sms', phone: PHONE });
  if (channel === 'web') stampChannel(context, { channel: 'web', canPush: false });
  return context;
}

const message = (fields: Partial<Activity>): Partial<Activity> => ({ type: ActivityTypes.Message, ...fields });
const withChoices = (text: string, titles: string[]) =>
  message({ text, suggestedActions: { to: [], actions: titles.map((title) => ({ type: 'imBack', title, value: title })) } });
const trace = { type: ActivityTypes.Trace, name: 'understanding', value: { intent: 'faq', text: 'raw' }, label: 'debug' } as Partial<Activity>;
const typing = { type: ActivityTypes.Typing } as Partial<Activity>;
/** An event for the page, not the visitor: Web Chat shows no event activity, whatever text it carries. */
const pageEvent = { type: ActivityTypes.Event, name: 'chat/state', text: 'state saved' } as Partial<Activity>;

describe('Function: turnEntries (what a turn adds to the transcript staff read)', () => {
  it('SMS: the text as the person sent it, then each text as their phone showed it (choices numbered), nothing of traces or typing', () => {
    const replies = [
      typing,
      message({ text: 'CCS helps children with **serious** health conditions.' }),
      trace,
      withChoices('What next?', ['Ask a question', 'Find an office']),
    ];
    const entries = turnEntries(turn({ text: 'What is CCS?' }, 'sms'), replies, NOW);

    expect(entries).toEqual([
      { at: NOW.toISOString(), from: 'user', text: 'What is CCS?' },
      { at: NOW.toISOString(), from: 'bot', text: 'CCS helps children with serious health conditions.' },
      { at: NOW.toISOString(), from: 'bot', text: 'What next?\n\nReply 1 for Ask a question\nReply 2 for Find an office' },
    ]);
    // Exactly what went out: the transcript and the phone agree.
    expect(entries.slice(1).map((e) => e.text)).toEqual(renderSms(replies));
  });

  it('SMS: a reply too long for one text is kept as the several texts that were sent', () => {
    const long = message({ text: `${'Your county CCS office decides medical eligibility. '.repeat(20)}Call them.` });
    const entries = turnEntries(turn({ text: 'who decides?' }, 'sms'), [long], NOW);
    const sent = renderSms([long]);
    expect(sent.length).toBeGreaterThan(1);
    expect(entries.filter((e) => e.from === 'bot').map((e) => e.text)).toEqual(sent);
  });

  it('never keeps a Social Security number the person typed, on either channel', () => {
    for (const channel of ['sms', 'web'] as const) {
      const [line] = turnEntries(turn({ text: 'his ssn is 123-45-6789 ok' }, channel), [], NOW);
      expect(line).toEqual({ at: NOW.toISOString(), from: 'user', text: 'his ssn is [SSN removed] ok' });
    }
  });

  it('web: text, card lines and choices as the visitor saw them, and the cards themselves so a reopened chat shows their buttons', () => {
    const card = CardFactory.heroCard('Kern County CCS office', 'Phone (555) 010-0100', undefined, [
      { type: 'openUrl', title: 'Website', value: 'https://example.org' },
    ]);
    const replies = [message({ text: 'Here is the office:', attachments: [card] }), trace, pageEvent, withChoices('Anything else?', ['Yes', 'No'])];
    const entries = turnEntries(turn({ text: 'kern office' }, 'web'), replies, NOW);

    expect(entries).toEqual([
      { at: NOW.toISOString(), from: 'user', text: 'kern office' },
      {
        at: NOW.toISOString(),
        from: 'bot',
        text: 'Here is the office:\nKern County CCS office\nPhone (555) 010-0100',
        web: { text: 'Here is the office:', attachments: [card] },
      },
      { at: NOW.toISOString(), from: 'bot', text: 'Anything else?\n[Yes] [No]' },
    ]);
  });

  it('web: skips a reply with nothing to show, and records no user line for a turn that was not a message (the chat opening)', () => {
    const opening = turn({ type: ActivityTypes.ConversationUpdate, text: undefined, membersAdded: [{ id: 'visitor-1', name: '' }] }, 'web');
    expect(turnEntries(opening, [message({}), message({ text: 'Hi! I can help.' })], NOW)).toEqual([
      { at: NOW.toISOString(), from: 'bot', text: 'Hi! I can help.' },
    ]);
  });

  it('treats a turn no adapter stamped as web, even when its activity claims SMS (no unverified number ever shapes a transcript)', () => {
    const conversation = { id: PHONE, isGroup: false, name: '', conversationType: 'personal' };
    const unstamped = turn({ text: 'hi', channelId: 'sms', from: { id: PHONE, name: '' }, conversation });
    expect(turnEntries(unstamped, [withChoices('Pick one', ['A'])], NOW)).toEqual([
      { at: NOW.toISOString(), from: 'user', text: 'hi' },
      { at: NOW.toISOString(), from: 'bot', text: 'Pick one\n[A]' },
    ]);
    expect(conversationKeyOf(unstamped).channel).toBe('web');
  });
});

describe('Function: conversationKeyOf (whose transcript a turn belongs to)', () => {
  it('SMS turns belong to the verified phone, web turns to the web conversation; neither shows in the table key', () => {
    const sms = conversationKeyOf(turn({ text: 'hi' }, 'sms'));
    const web = conversationKeyOf(turn({ text: 'hi' }, 'web'));
    expect(sms).toEqual({ channel: 'sms', key: PHONE });
    expect(web).toEqual({ channel: 'web', key: 'web-conv-42' });
    expect(transcriptPartition(sms)).toMatch(/^TRANSCRIPT#[0-9a-f]{32}$/);
    expect(transcriptPartition(web)).toMatch(/^TRANSCRIPT#[0-9a-f]{32}$/);
    // A web conversation whose id is a phone number does not share the texter's transcript.
    expect(transcriptPartition({ channel: 'web', key: PHONE })).not.toBe(transcriptPartition(sms));
  });
});
