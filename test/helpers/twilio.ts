import { randomBytes } from 'node:crypto';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { LOCAL_DEFAULTS } from '../../src/config';

export function messageSid(): string {
  return `SM${randomBytes(16).toString('hex')}`;
}

export interface SmsPost {
  status: number;
  body: string;
  /** The texts inside <Message> elements, XML-unescaped. */
  messages: string[];
}

export function parseTwiml(xml: string): string[] {
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) =>
    m[1]
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** Posts a text to /sms exactly as Twilio would: form-encoded and signed with the auth token over URL + sorted params. */
export async function sendSms(
  baseUrl: string,
  params: { From: string; Body: string; MessageSid?: string; To?: string },
  { authToken = LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN, signature }: { authToken?: string; signature?: string | null } = {},
): Promise<SmsPost> {
  const form = { MessageSid: messageSid(), To: '+15555550100', AccountSid: LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID, ...params };
  const url = `${baseUrl}/sms`;
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const sig = signature === undefined ? getExpectedTwilioSignature(authToken, url, form) : signature;
  if (sig !== null) headers['x-twilio-signature'] = sig;
  const response = await fetch(url, { method: 'POST', headers, body: new URLSearchParams(form).toString() });
  const body = await response.text();
  return { status: response.status, body, messages: response.ok ? parseTwiml(body) : [] };
}

/** Texts each body in turn from one phone, as a parent would; each must get a 200, and each turn's replies come back joined. */
export async function sendTexts(baseUrl: string, from: string, bodies: string[]): Promise<string[]> {
  const replies: string[] = [];
  for (const Body of bodies) {
    const reply = await sendSms(baseUrl, { From: from, Body });
    if (reply.status !== 200) throw new Error(`"${Body}" got HTTP ${reply.status}: ${reply.body}`);
    replies.push(reply.messages.join('\n'));
  }
  return replies;
}

/**
 * A parent in Bakersfield texting a referral for Juan, answer by answer (by number where choices
 * are offered, text updates wanted), up to the summary.
 */
export const KERN_PARENT_TO_SUMMARY = [
  'I want to refer my son to CCS',
  '1',
  'Maria Lopez',
  'Juan Perez',
  '3/25/2015',
  'Bakersfield',
  'heart murmur',
  '1',
  '2',
  '1',
  '1',
  '1',
];

/** The same, then confirming the summary and consenting: the referral is sent. `updates` answers "would you like text updates?" (1 yes, 2 no). */
export function kernParentReferral(updates: '1' | '2' = '1'): string[] {
  return [...KERN_PARENT_TO_SUMMARY.slice(0, -1), updates, '1', '1'];
}

/** A Spanish-speaking parent texting a referral for Ana (Fresno County) through consent; `updates` answers "would you like text updates?" (1 yes, 2 no). */
export function fresnoParentReferral(updates: '1' | '2'): string[] {
  return ['quiero hacer una referencia', '1', 'Rosa Díaz', 'Ana Díaz', '3 de marzo de 2016', 'Fresno', 'asma severa', '4', '3', '1', '2', updates, '1', '1'];
}
