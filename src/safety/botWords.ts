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
 * Built on first use: normalizing every line took ~10 ms of each bot cold start, and only a
 * message the classifier takes for a crisis is checked against it.
 */
let botWords: ReadonlySet<string> | undefined;

export function isBotWording(text: string): boolean {
  botWords ??= new Set([...shortLines(messages), ...shortLines(referralMessages)]);
  return botWords.has(normalizeText(text));
}
