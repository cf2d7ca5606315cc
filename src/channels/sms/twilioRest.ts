import { requireSecret, type Config } from '../../config';

export class TwilioSendError extends Error {
  constructor(
    message: string,
    /** True when the message certainly did not go out, so a retry cannot duplicate it. */
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'TwilioSendError';
  }
}

/** `sid` of the sent message, or why nothing was sent. */
export type SmsSendResult = { sid: string } | { skipped: 'optedOut' };

export interface SmsSender {
  send(to: string, body: string): Promise<SmsSendResult>;
}

type TwilioRestConfig = Pick<Config, 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'TWILIO_FROM_NUMBER' | 'TWILIO_API_BASE_URL'>;

/**
 * Sends one SMS through Twilio's Messages REST resource (or, locally, the stack's fake Twilio
 * API at `TWILIO_API_BASE_URL`). A small fetch call instead of the full twilio client, which
 * would triple the bundle for one endpoint. `messages.create` is not idempotent: only failures
 * that certainly did not send (429, connection refused) are marked retryable.
 */
export class TwilioRestSender implements SmsSender {
  constructor(private readonly config: TwilioRestConfig) {}

  async send(to: string, body: string): Promise<SmsSendResult> {
    const from = this.config.TWILIO_FROM_NUMBER;
    if (!from) throw new TwilioSendError('TWILIO_FROM_NUMBER is not configured', false);
    const [sid, token] = [requireSecret(this.config, 'TWILIO_ACCOUNT_SID'), requireSecret(this.config, 'TWILIO_AUTH_TOKEN')];
    const base = this.config.TWILIO_API_BASE_URL ?? 'https://api.twilio.com';
    let response: Response;
    try {
      response = await fetch(`${base}/2010-04-01/Accounts/${sid}/Messages.json`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ To: to, From: from, Body: body }).toString(),
        signal: AbortSignal.timeout(8000),
      });
    } catch (error) {
      const refused = (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
      throw new TwilioSendError('Twilio API unreachable', refused, { cause: error });
    }
    if (!response.ok) {
      throw new TwilioSendError(`Twilio API answered ${response.status}`, response.status === 429);
    }
    const json = (await response.json()) as { sid?: string };
    return { sid: json.sid ?? '' };
  }
}

/**
 * Every outbound text goes through this: a number on the opt-out list gets nothing, whatever
 * sent it (staff reply, status update, reminder).
 */
export class OptOutAwareSender implements SmsSender {
  constructor(
    private readonly inner: SmsSender,
    private readonly optOuts: { isOptedOut(phone: string): Promise<boolean> },
  ) {}

  async send(to: string, body: string): Promise<SmsSendResult> {
    if (await this.optOuts.isOptedOut(to)) return { skipped: 'optedOut' };
    return this.inner.send(to, body);
  }
}
