import { getRuntime } from '../src/app/runtime';
import { smsChannel } from '../src/app/smsRuntime';
import { requireSecret } from '../src/config';
import { twilioInboundSchema } from '../src/channels/sms/twilioInbound';
import { twilioSignature } from '../src/channels/sms/twilioSignature';
import { formBody, httpHandler, type WithBody } from '../src/http/middleware';
import type { HttpEvent } from '../src/http/types';
import type { TwilioInbound } from '../src/channels/sms/twilioInbound';

/** POST /sms: Twilio Messaging webhook. Signature first (403), then the form (400), then one bot turn answered as TwiML. */
export const handler = httpHandler<HttpEvent & WithBody<TwilioInbound>>(
  twilioSignature({
    authToken: async () => requireSecret((await getRuntime()).config, 'TWILIO_AUTH_TOKEN'),
    publicBaseUrl: async () => (await getRuntime()).config.PUBLIC_BASE_URL,
  }),
  formBody(twilioInboundSchema),
).handler(async (event, context) => {
  const { service } = smsChannel(await getRuntime());
  return { statusCode: 200, headers: { 'content-type': 'text/xml; charset=utf-8' }, body: await service.handleInbound(event.parsedBody, context) };
});
