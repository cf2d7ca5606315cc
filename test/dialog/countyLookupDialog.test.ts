import { DialogTestClient } from 'botbuilder-testing';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import type { Middleware } from 'botbuilder';
import { CountyLookupDialog } from '../../dialogs/countyLookupDialog';
import { setTurnProfile } from '../../src/bot/turnLanguage';
import type { ConversationProfile } from '../../src/bot/profile';

/** The bot sets the conversation's profile on every turn; dialogs read the language from it. */
function profileMiddleware(profile: ConversationProfile): Middleware {
  return { onTurn: async (context, next) => (setTurnProfile(context, profile), next()) };
}

interface Case {
  name: string;
  profile?: ConversationProfile;
  steps: [string, RegExp][];
  result: string | undefined;
}

/** Transcripts as data: what the person says, what the bot must reply, and the county the dialog returns. */
const cases: Case[] = [
  {
    name: 'a county name',
    steps: [
      ['hi', /Which county/],
      ['Kern', /661\D{0,3}321\D?3000/],
    ],
    result: 'Kern',
  },
  {
    name: 'a city with a typo',
    steps: [
      ['hi', /Which county/],
      ['stocton', /209\D{0,3}468\D?3900/],
    ],
    result: 'San Joaquin',
  },
  {
    name: 'a ZIP code',
    steps: [
      ['hi', /Which county/],
      ['95814', /916\D{0,3}875\D?9900/],
    ],
    result: 'Sacramento',
  },
  {
    name: 'an unknown place, then a known one',
    steps: [
      ['hi', /Which county/],
      ['Atlantis', /couldn't find that California county/],
      ['Tulare', /559\D{0,3}687\D?6915/],
    ],
    result: 'Tulare',
  },
  {
    name: 'three unknown answers: the state directory instead of asking again',
    steps: [
      ['hi', /Which county/],
      ['x', /couldn't find/],
      ['y', /couldn't find/],
      ['z', /CountyOffices/],
    ],
    result: undefined,
  },
  {
    name: 'in Spanish',
    profile: { lang: 'es', langChosen: true },
    steps: [
      ['hola', /En qué condado/],
      ['Kern', /teléfono|Tel/i],
    ],
    result: 'Kern',
  },
];

describe('Dialog: CountyLookupDialog (botbuilder-testing)', () => {
  it.each(cases)('$name', async ({ profile = {}, steps, result }) => {
    const client = new DialogTestClient('test', new CountyLookupDialog(), undefined, [profileMiddleware(profile)]);
    for (const [says, expected] of steps) {
      const reply = await client.sendActivity(says);
      const shown = [reply?.text, ...(reply?.attachments ?? []).map((a: { content?: { text?: string } }) => a.content?.text)].filter(Boolean).join('\n');
      expect(shown).toMatch(expected);
    }
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
    expect(client.dialogTurnResult.result).toBe(result);
  });
});
