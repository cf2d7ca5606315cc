import type { ChatPage } from './chatPage';

/**
 * What a provider types for each intake question, found by the question's words rather than its
 * position, so the test follows the bot's questions in whatever order it asks them.
 */
const TYPED_ANSWERS: [question: RegExp, answer: string][] = [
  [/what is your name/i, 'Ana Rivera'],
  // Web Chat shows apostrophes as typographic ones (’).
  [/child.s first and last name/i, 'Sofia Martinez'],
  [/date of birth/i, '03/14/2019'],
  [/which california county/i, 'Kern'],
  [/condition or diagnosis/i, 'Congenital heart defect, needs cardiology follow-up'],
  [/practice, clinic or hospital/i, 'Valley Pediatrics'],
  [/\bNPI\b/, '1234567893'],
  [/fax number/i, '661-555-0123'],
  [/phone number/i, '661-555-0142'],
];

/** Among the buttons offered, what a provider referring a child on full-scope Medi-Cal picks, most preferred first. */
const PREFERRED_CHOICES = [/provider/i, /full-scope/i, /right/i, /share/i, /^English/i, /^No$/i, /^Yes/i];

/** Starts a referral from the menu and answers every question until `done` shows; returns the bot's last reply. */
export async function completeProviderReferral(chat: ChatPage, done: RegExp, maxTurns = 30): Promise<string> {
  let reply = await chat.pick('Make a referral');
  for (let turn = 0; turn < maxTurns; turn++) {
    if (done.test(reply)) return reply;
    const offered = await chat.suggestedActions();
    const choice = PREFERRED_CHOICES.map((preferred) => offered.find((title) => preferred.test(title))).find(Boolean);
    if (choice) {
      reply = await chat.pick(choice);
      continue;
    }
    const typed = TYPED_ANSWERS.find(([question]) => question.test(reply));
    if (!typed) throw new Error(`The test has no answer for the bot's question:\n${reply}`);
    reply = await chat.say(typed[1]);
  }
  throw new Error(`No confirmation after ${maxTurns} answers; last reply:\n${reply}`);
}
