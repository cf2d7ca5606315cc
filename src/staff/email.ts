import type { SESv2Client } from '@aws-sdk/client-sesv2';

export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface EmailSender {
  send(message: EmailMessage): Promise<{ messageId: string }>;
}

/** A send that certainly did not go out (the provider refused it), so retrying cannot duplicate it. */
export class EmailSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'EmailSendError';
  }
}

/**
 * Staff email through Amazon SES (v2). An error answer from SES means the message was not
 * accepted (safe to retry); a timeout or lost connection may have sent it (not retried
 * automatically: the record is dead-lettered for a person to check). The SES client is loaded on
 * the first email, so functions that never email (most of them) start without it.
 */
export class SesEmailSender implements EmailSender {
  private client?: Promise<{ client: SESv2Client; SendEmailCommand: typeof import('@aws-sdk/client-sesv2').SendEmailCommand }>;

  constructor(private readonly region: string) {}

  async send(message: EmailMessage): Promise<{ messageId: string }> {
    this.client ??= import('@aws-sdk/client-sesv2').then(({ SESv2Client, SendEmailCommand }) => ({
      client: new SESv2Client({ region: this.region }),
      SendEmailCommand,
    }));
    const { client, SendEmailCommand } = await this.client;
    try {
      const result = await client.send(
        new SendEmailCommand({
          FromEmailAddress: message.from,
          Destination: { ToAddresses: [message.to] },
          Content: { Simple: { Subject: { Data: message.subject, Charset: 'UTF-8' }, Body: { Text: { Data: message.text, Charset: 'UTF-8' } } } },
        }),
      );
      return { messageId: result.MessageId ?? '' };
    } catch (error) {
      const answered = typeof (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 'number';
      throw new EmailSendError(`SES refused the email: ${(error as Error).name}`, answered, { cause: error });
    }
  }
}

/** Local and test stand-in for SES: keeps what would have been sent; can be told to fail. */
export class OutboxEmailSender implements EmailSender {
  readonly sent: (EmailMessage & { messageId: string })[] = [];
  private failures = 0;

  /** The next `times` sends fail as SES refusing them (nothing sent). */
  failNext(times = 1): void {
    this.failures += times;
  }

  async send(message: EmailMessage): Promise<{ messageId: string }> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new EmailSendError('Simulated SES failure', true);
    }
    const messageId = `local-${this.sent.length + 1}`;
    this.sent.push({ ...message, messageId });
    return { messageId };
  }
}
