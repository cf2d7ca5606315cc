import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tsFiles } from '../../helpers/sourceFiles';

/** `file: name` for each file that names the SMS channel's id or asks a turn for its channel. */
function channelMentions(files: string[]): string[] {
  return files.flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\b(SMS_CHANNEL_ID|channelOf)\b/g)].map((m) => `${file}: ${m[1]}`));
}

describe('Layers: dialogs know the audience, not the channel', () => {
  it('no dialog, and nothing in src outside src/channels, names SMS_CHANNEL_ID or channelOf (they read conversationTraits)', () => {
    const files = [...tsFiles('dialogs'), ...tsFiles('functions'), ...tsFiles('src').filter((f) => !f.startsWith('src/channels/'))];
    expect(channelMentions(files)).toEqual([]);
  });

  it('sees a mention where there is one (the SMS adapter defines SMS_CHANNEL_ID)', () => {
    expect(channelMentions(['src/channels/sms/twilioSmsAdapter.ts'])).toContain('src/channels/sms/twilioSmsAdapter.ts: SMS_CHANNEL_ID');
  });
});
