import messages from '../../../content/messages.json';
import referralMessages from '../../../content/referral-messages.json';
import { detectCrisis } from '../../../src/safety';
import { isBotWording } from '../../../src/safety/botWords';

/** The bot's buttons and choice titles (short lines that are no sentence), which taps and SMS numbers come back as. */
const titles = [messages, referralMessages].flatMap((catalogue) =>
  Object.values(catalogue as Record<string, Record<string, string>>).flatMap((byKey) =>
    Object.values(byKey).filter((text) => !text.includes('{') && text.split(/\s+/).length <= 8 && !/[.?:!]$/.test(text.trim())),
  ),
);

describe("the bot's own words coming back as answers", () => {
  it('are recognized, whatever their case or punctuation', () => {
    expect(isBotWording("No, don't send it")).toBe(true);
    expect(isBotWording('no dont send it')).toBe(true);
    expect(isBotWording('my son is not breathing')).toBe(false);
  });

  it('never raise a crisis: a tapped "No, don\'t send it" at the consent question is an answer', () => {
    expect(titles.length).toBeGreaterThan(50);
    expect(titles.filter((title) => detectCrisis(title))).toEqual([]);
  });
});
