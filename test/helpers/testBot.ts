import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { VersionedConversationState } from '../../src/storage/versionedConversationState';
import { NavigatorBot } from '../../src/bot/navigatorBot';
import { MainDialog } from '../../dialogs/mainDialog';
import { renderSms } from '../../src/channels/sms/renderSms';
import { onTurnError } from '../../src/bot/turnError';
import { MemoryReferralStore } from './memoryReferralStore';
import { ReferralServicesMiddleware, StatusServicesMiddleware } from '../../src/bot/turnServices';
import { createReferralServices } from '../../src/referrals/services';
import { MemoryRateLimiter } from './memoryRateLimiter';
import { turnEntries } from '../../src/transcripts/turnTranscript';
import type { TranscriptEntry } from '../../src/transcripts/transcriptStore';
import type { UnansweredQuestion } from '../../src/analytics/unansweredQuestions';
import { stampChannelMiddleware } from '../../src/channels/verifiedChannel';

/**
 * The real bot and dialogs on botbuilder's TestAdapter and MemoryStorage, for dialog tests.
 * `channelId: 'sms'` makes it an SMS turn from the user's phone (as the SMS adapter stamps one)
 * and replies render as the SMS channel would show them.
 */
export function testBot(channelId: 'sms' | 'webchat' = 'webchat', storage = new MemoryStorage()) {
  const transcript: TranscriptEntry[] = [];
  const unanswered: Omit<UnansweredQuestion, 'at'>[] = [];
  const mainDialog = new MainDialog({
    recordUnanswered: async (question) => {
      unanswered.push(question);
    },
    hasRecentStaffMessage: async () => transcript.some((line) => line.from === 'staff'),
  });
  const bot = new NavigatorBot(new VersionedConversationState(storage), mainDialog, async (context, replies) => {
    transcript.push(...turnEntries(context, replies));
  });
  const adapter = new TestAdapter((context) => bot.run(context), {
    channelId,
    conversation: { id: `conv-${Math.random().toString(36).slice(2)}`, isGroup: false, name: '', conversationType: channelId },
    user: { id: '+15555550123', name: 'user' },
    bot: { id: 'bot', name: 'bot' },
  } as never);
  adapter.onTurnError = onTurnError;
  if (channelId === 'sms') adapter.use(stampChannelMiddleware((context) => ({ channel: 'sms', phone: context.activity.from.id })));
  const referrals = new MemoryReferralStore();
  adapter.use(new ReferralServicesMiddleware(createReferralServices(referrals)));
  adapter.use(new StatusServicesMiddleware({ limiter: new MemoryRateLimiter() }));
  return { bot, adapter, storage, transcript, referrals, unanswered };
}

/** What a person would read from one reply activity on that channel. */
export function shown(activity: Partial<Activity>, channelId: 'sms' | 'webchat' = 'webchat'): string {
  if (channelId === 'sms') return renderSms([activity]).join('\n');
  const cards = (activity.attachments ?? []).map((a) => [a.content?.title, a.content?.text].filter(Boolean).join('\n'));
  const choices = (activity.suggestedActions?.actions ?? []).map((a) => `[${a.title}]`);
  return [activity.text ?? '', ...cards, choices.join(' ')].filter(Boolean).join('\n');
}

/** Sends each message and collects everything shown back, turn by turn. */
export async function converse(adapter: TestAdapter, messages: string[], channelId: 'sms' | 'webchat' = 'webchat'): Promise<string[]> {
  const turns: string[] = [];
  for (const message of messages) {
    adapter.activeQueue.length = 0;
    await adapter.receiveActivity(message);
    turns.push(
      adapter.activeQueue
        .splice(0)
        .map((a) => shown(a, channelId))
        .join('\n---\n'),
    );
  }
  return turns;
}
