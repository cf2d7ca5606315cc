import messages from '../../content/messages.json';
import referralMessages from '../../content/referral-messages.json';
import { normalizeText } from './normalizeText';

/** Short enough to be a button or a choice title rather than a sentence the bot writes. */
const MAX_TITLE_WORDS = 8;

function shortLines(catalogue: Record<string, Record<string, string>>): string[] {
  return Object.values(catalogue)
    .flatMap((byKey) => Object.values(byKey))
    .filter((text) => !text.includes('{') && text.split(/\s+/).length <= MAX_TITLE_WORDS)
    .map(normalizeText);
}

/**
 * The bot's own short wording (choice titles, buttons) in both languages. A tapped button, or
 * the number an SMS reply becomes, comes back as one of these: an answer to the bot's question,
 * never a description of an emergency ("No, don't send it" at the consent question).
 */
const BOT_WORDS: ReadonlySet<string> = new Set([...shortLines(messages), ...shortLines(referralMessages)]);

export function isBotWording(text: string): boolean {
  return BOT_WORDS.has(normalizeText(text));
}
