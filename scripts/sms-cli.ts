import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { LOCAL_DEFAULTS } from '../src/config';
import { deliverInboundText, E164, type SentText, type TextWithSegments } from '../src/local/fakeTwilio';

/**
 * `npm run sms -- --from +15555550123`: the phone simulator in a terminal. Each line typed is
 * texted to the local stack's POST /sms as a signed Twilio webhook; the TwiML replies are printed
 * with their segment counts, and so are texts the product sends this number on its own (read
 * from the local Twilio outbox).
 */

export interface CliOptions {
  from: string;
  to: string;
  url: string;
  token: string;
}

const POLL_MS = 1500;
const INDENT = '  ';

export function cliOptions(args: string[]): CliOptions {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string', default: '+15555550123' },
      to: { type: 'string', default: '+15555550100' },
      url: { type: 'string', default: 'http://localhost:3978' },
      token: { type: 'string', default: LOCAL_DEFAULTS.TWILIO_AUTH_TOKEN },
    },
  });
  for (const name of ['from', 'to'] as const) {
    if (!E164.test(values[name])) throw new Error(`--${name} must be an E.164 number such as +15555550123, not "${values[name]}"`);
  }
  return { ...values, url: values.url.replace(/\/+$/, '') };
}

function show(label: string, text: TextWithSegments): string {
  const lines = text.body.split('\n').map((line) => (line ? `${INDENT}${INDENT}${line}` : ''));
  const plural = text.segments === 1 ? '' : 's';
  return `${INDENT}${label}:\n${lines.join('\n')}\n${INDENT}${INDENT}[${text.segments} segment${plural} · ${text.encoding}]`;
}

/** Texts the product sent this number through the local Twilio API since `cursor`; undefined when the server has no outbox. */
async function outbox(options: CliOptions, cursor: number): Promise<{ messages: SentText[]; cursor: number } | undefined> {
  const query = new URLSearchParams({ to: options.from, after: String(cursor) });
  const response = await fetch(`${options.url}/twilio/outbox?${query}`).catch(() => undefined);
  return response?.ok ? ((await response.json()) as { messages: SentText[]; cursor: number }) : undefined;
}

async function main(options: CliOptions): Promise<void> {
  const tty = Boolean(process.stdout.isTTY);
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
  // Iterate from the start: lines readline reads before the loop begins would otherwise be lost.
  const lines = rl[Symbol.asyncIterator]();
  // On a terminal, print above the prompt without losing what is being typed.
  const print = (text: string) => {
    if (tty) process.stdout.write('\r\x1b[K');
    console.log(text);
    if (tty) rl.prompt(true);
  };

  console.log(`Texting ${options.url}/sms (Twilio number ${options.to}) as ${options.from}. Ctrl+D to quit.`);
  const poll = async (cursor: number) => {
    const next = await outbox(options, cursor);
    for (const message of next?.messages ?? []) print(show('CCS Navigator (via the Twilio API)', message));
    setTimeout(() => poll(next?.cursor ?? cursor), POLL_MS).unref();
  };
  // Earlier texts were "delivered" before this phone was switched on: start after them.
  const start = await outbox(options, Number.MAX_SAFE_INTEGER);
  if (start) setTimeout(() => poll(start.cursor), POLL_MS).unref();

  if (tty) rl.prompt();
  for await (const line of lines) {
    if (!tty) console.log(`you> ${line}`);
    if (line.trim()) await text(options, line, print);
    if (tty) rl.prompt();
  }
}

async function text(options: CliOptions, body: string, print: (text: string) => void): Promise<void> {
  try {
    const account = { accountSid: LOCAL_DEFAULTS.TWILIO_ACCOUNT_SID, authToken: options.token };
    const answer = await deliverInboundText(`${options.url}/sms`, { from: options.from, to: options.to, body }, account);
    if (answer.status === 403) print(`${INDENT}Refused (403): is --token the server's TWILIO_AUTH_TOKEN, and PUBLIC_BASE_URL unset?`);
    else if (answer.status !== 200) print(`${INDENT}POST /sms answered ${answer.status}: ${answer.twiml.slice(0, 200)}`);
    else if (answer.replies.length === 0) print(`${INDENT}(no reply)`);
    for (const reply of answer.replies) print(show('CCS Navigator', reply));
  } catch (error) {
    print(`${INDENT}Could not reach ${options.url}/sms (${(error as Error).message}). Is \`npm start\` running?`);
  }
}

if (require.main === module) {
  let options: CliOptions;
  try {
    options = cliOptions(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  main(options).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
