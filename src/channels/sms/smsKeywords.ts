import type { Lang } from '../../i18n';

/**
 * Carrier and Twilio SMS keywords. On long codes Twilio itself acts on these; the product
 * mirrors them so its own opt-out list (checked before every outbound text) agrees.
 * Spanish PARAR / ALTO also opt out (issue 6).
 */
export type SmsKeyword = { kind: 'optOut' | 'optIn' | 'help'; lang: Lang; word: string };

const OPT_OUT: Record<string, Lang> = {
  STOP: 'en',
  STOPALL: 'en',
  UNSUBSCRIBE: 'en',
  CANCEL: 'en',
  END: 'en',
  QUIT: 'en',
  REVOKE: 'en',
  OPTOUT: 'en',
  PARAR: 'es',
  ALTO: 'es',
};
const OPT_IN: Record<string, Lang> = { START: 'en', UNSTOP: 'en', YES: 'en' };
const HELP: Record<string, Lang> = { HELP: 'en', INFO: 'en', AYUDA: 'es' };

/** Keywords count only as the whole message ("stop", "STOP."), as carriers apply them. */
export function recognizeSmsKeyword(body: string): SmsKeyword | undefined {
  const word = body
    .trim()
    .replace(/[.!¡?¿\s]+/g, '')
    .toUpperCase();
  if (word in OPT_OUT) return { kind: 'optOut', lang: OPT_OUT[word], word };
  if (word in OPT_IN) return { kind: 'optIn', lang: OPT_IN[word], word };
  if (word in HELP) return { kind: 'help', lang: HELP[word], word };
  return undefined;
}
