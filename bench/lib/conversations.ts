import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Scripted conversations for the load test, the cost benchmark and the reliability suite: each
 * simulated person has their own county (and child's name), so every reply can be checked to be
 * theirs and not a neighbour's.
 */

interface CountyRow {
  name: string;
  office?: { phone?: string } | null;
}

const counties: CountyRow[] = JSON.parse(readFileSync(join(__dirname, '../../content/counties.json'), 'utf8'));

/** California counties with a county office phone of their own (the reply must carry that number). */
export const COUNTIES_WITH_OFFICE = counties
  .filter((c) => c.office?.phone && counties.filter((o) => o.office?.phone === c.office?.phone).length === 1)
  .map((c) => ({ name: c.name, phone: c.office!.phone! }));

/** Every county, for spreading texters; `phone` only where the county has its own office number. */
export const ALL_COUNTIES = counties.map((c) => ({ name: c.name, phone: COUNTIES_WITH_OFFICE.find((o) => o.name === c.name)?.phone }));

/** Digits of a phone as a reply may format it: "(661) 321-3000" matches "661-321-3000" and "661 321 3000". */
export function phonePattern(phone: string): RegExp {
  const d = phone.replace(/\D/g, '').slice(-10);
  return new RegExp(`${d.slice(0, 3)}\\D{0,3}${d.slice(3, 6)}\\D?${d.slice(6)}`);
}

/** A distinct test phone number for texter `n` (555 numbers are never real subscribers). */
export function texterPhone(n: number, prefix = 555): string {
  return `+1${prefix}${String(2000000 + n).padStart(7, '0')}`;
}

/** A letters-only surname unique to `n` (names must be letters for the intake's validator). */
export function surname(n: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let s = '';
  let x = n + 26 * 26;
  while (x > 0) {
    s = letters[x % 26] + s;
    x = Math.floor(x / 26);
  }
  return `Test${s}`;
}

export interface ScriptedTurn {
  say: string;
  /** Every pattern must match the joined reply. */
  expect: RegExp[];
}

/** The question/county conversation: menu, county lookup with this texter's county, a question, back to the menu. */
export function countyConversation(county: { name: string; phone?: string }, channel: 'sms' | 'web'): ScriptedTurn[] {
  const countyReply = [new RegExp(`${county.name} County`, 'i'), ...(county.phone ? [phonePattern(county.phone)] : [])];
  return [
    { say: 'hi', expect: [/How can I help|Reply 1/i] },
    { say: channel === 'sms' ? '2' : 'Find a county CCS office', expect: [/Which county/i] },
    { say: county.name, expect: countyReply },
    { say: 'What is CCS?', expect: [/California Children's Services/] },
    { say: 'menu', expect: [/How can I help/i] },
  ];
}

/**
 * Answers the referral intake's questions as a parent would, reading each question (so the
 * script follows the dialog's order rather than hard-coding it). Returns undefined for a reply
 * it does not recognise.
 */
export function parentAnswer(reply: string, person: { n: number; county: string }): string | undefined {
  const rules: [RegExp, string][] = [
    [/Your confirmation code is/i, ''],
    [/Welcome back!.*continue/is, 'Continue'],
    [/may we share this information/i, 'Yes, share it'],
    [/Is everything right\?/i, "Yes, it's right"],
    [/Who is making this referral/i, 'Parent or guardian'],
    [/What is your name\?/i, 'Maria Lopez'],
    [/child's first and last name/i, `Juan ${surname(person.n)}`],
    [/date of birth\?/i, '03/25/2015'],
    [/Which California county/i, person.county],
    [/what health condition or diagnosis/i, 'heart condition'],
    [/have Medi-Cal\?/i, 'Yes, full-scope'],
    [/already open to CCS/i, 'No'],
    // SMS offers "this number" (the one texting); the web asks for one (555 numbers are not valid US numbers).
    [/Pick this number, or send another one/i, '1'],
    [/best phone number|10-digit US phone number/i, '661-555-0123'],
    [/Should the CCS office contact you in/i, 'Yes'],
    [/Which language should the CCS office use/i, 'English, please'],
    [/updates about this referral/i, 'No'],
  ];
  // The last question in the reply is the one being asked.
  let best: { at: number; answer: string } | undefined;
  for (const [pattern, answer] of rules) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of reply.matchAll(global)) if (!best || m.index! > best.at) best = { at: m.index!, answer };
  }
  return best?.answer;
}

/** The confirmation code in the intake's last reply, if it was submitted. */
export function confirmationCodeIn(reply: string): string | undefined {
  return /confirmation code is ([A-Z0-9-]+)/i.exec(reply)?.[1]?.replace(/[.]$/, '');
}

/**
 * Drives one parent referral to its confirmation through `send` (a channel turn). Returns the
 * code and the number of turns; throws with the transcript when the dialog asks something the
 * script does not know or does not finish within `maxTurns`.
 */
export async function completeReferral(
  send: (text: string) => Promise<string>,
  person: { n: number; county: string },
  { start = 'I want to make a referral', maxTurns = 30 } = {},
): Promise<{ code: string; turns: number; transcript: string[] }> {
  const transcript: string[] = [];
  let reply = await send(start);
  transcript.push(`> ${start}`, reply);
  for (let turn = 1; turn <= maxTurns; turn++) {
    const code = confirmationCodeIn(reply);
    if (code) return { code, turns: turn, transcript };
    const answer = parentAnswer(reply, person);
    if (!answer) throw new Error(`referral script: no answer for reply\n${transcript.slice(-6).join('\n')}`);
    reply = await send(answer);
    transcript.push(`> ${answer}`, reply);
  }
  throw new Error(`referral script: not submitted after ${maxTurns} turns\n${transcript.slice(-6).join('\n')}`);
}
