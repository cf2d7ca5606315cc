import type { Lang } from '../i18n';
import { unaccented } from '../knowledge';

/**
 * Commands and goals recognized before any question answering. Global commands ("menu",
 * "start over", "agent", a language name) are checked before any field validation, so they work
 * inside every question (field-lessons: escape words swallowed by validators).
 */
export type GlobalCommand = { kind: 'menu' } | { kind: 'startOver' } | { kind: 'human' } | { kind: 'privacy' } | { kind: 'language'; lang: Lang };

export type Goal = 'greeting' | 'ask' | 'countyLookup' | 'referral' | 'status' | 'statusLookup';

/** Lowercase, accents removed, punctuation squeezed: what the patterns below match against. */
export function normalize(text: string): string {
  return unaccented(text)
    .replace(/[¿¡!?.,;:"'()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const MENU = /^(main )?(menu|options|opciones|inicio|home)$/;
// "cancel" only reaches the bot on the web: on SMS carriers treat it as an opt-out (handled earlier).
const START_OVER = /^(start over|start again|restart|reset|cancel|empezar de nuevo|comenzar de nuevo|volver a empezar|reiniciar|cancelar)$/;
const HUMAN =
  /^(agent|agente|human|humano|person|persona|representative|representante|operator|operadora?|staff)$|\b(talk|speak|chat) (to|with) (a |an |some )?(person|human|someone|agent|staff|representative|real person)\b|\bhablar con (una |un |alguien|alguna )?(persona|agente|humano|representante|alguien)|\breal person\b|\bpersona real\b|\bcall me( back)?\b|\bllamenme\b|\bme pueden llamar\b/;
const PRIVACY = /^(privacy|privacidad|privacy policy|aviso de privacidad|what do you do with my (data|information|info))$/;
const TO_SPANISH = /^(espanol|spanish|en espanol|hablo espanol|habla espanol)$/;
const TO_ENGLISH = /^(english|ingles|en ingles|in english)$/;

export function recognizeCommand(text: string): GlobalCommand | undefined {
  const n = normalize(text);
  if (!n) return undefined;
  if (MENU.test(n)) return { kind: 'menu' };
  if (START_OVER.test(n)) return { kind: 'startOver' };
  if (PRIVACY.test(n)) return { kind: 'privacy' };
  if (TO_SPANISH.test(n)) return { kind: 'language', lang: 'es' };
  if (TO_ENGLISH.test(n)) return { kind: 'language', lang: 'en' };
  if (HUMAN.test(n)) return { kind: 'human' };
  return undefined;
}

const GREETING_WORDS = 'hi|hii+|hello|hey|hola|buenas|buenos dias|buenas tardes|buenas noches|good (morning|afternoon|evening)';
const GREETING = new RegExp(`^(${GREETING_WORDS}|yo)( there)?$`);
/** A message that starts with a greeting ("hola necesito ayuda para mi hijo"), in normalized text. */
export const GREETING_START = new RegExp(`^(${GREETING_WORDS})\\b`);
const ASK = /^(ask a question|hacer una pregunta|i have a question|tengo una pregunta|question|pregunta)$/;
const COUNTY_LOOKUP = /^(find a county ccs office|oficina de ccs del condado|find my county( office)?|county office|oficina del condado)$/;
// A wish to make a referral now ("I want to refer my son", "quiero hacer una referencia"), as opposed
// to a question about referrals ("how do I make a referral?"), which the knowledge base answers.
const REFERRAL_WISH =
  /^(make a referral|hacer una referencia|refer a (patient|child)|new referral|nueva referencia|start a referral)$|\b(i|we|id|i d|i would|we would) (want|wanna|need|would like|like|d like) to (make a |start a |do a |submit a )?(refer|referral|apply)|\b(quiero|quisiera|necesito|queremos|deseo) (hacer|iniciar|mandar|enviar|llenar)? ?(una )?(referencia|referir|solicitud|aplicar|remitir)|\b(refer|referring) (my|our|a|this) (son|daughter|child|kid|baby|patient|grandson|granddaughter|nephew|niece)\b|\b(referir|inscribir|anotar) a mi (hijo|hija|nino|nina|bebe|nieto|nieta)\b/;

// Where a referral already made stands ("status", "did anyone look at my referral?", "¿ya revisaron mi
// referencia?"), as opposed to how long referrals take in general, which the knowledge base answers.
const STATUS =
  /^(status|estado|estatus|mi referencia|mis referencias|my referrals?|referral status|status of my referral|estado de (mi|la) referencia|check (my )?(referral )?status|check (on )?my referral|ver (el )?estado|consultar (el )?estado)$|\b(did|has|have) (anyone|anybody|someone|somebody|the office|the county|staff|they|you|ccs) (look|looked|see|seen|check|checked|review|reviewed|open|opened|get|got|gotten|receive|received|read)( at| over)? (my|our|the) referrals?\b|\b(status|update|updates|news) (of|on|for|about) (my|our|the) referrals?\b|\bwhere (is|s) (my|our|the) referral\b|\bwhat (happened|is happening|s happening) (to|with) (my|our|the) referral\b|\bhow (is|s) (my|our|the) referral\b|\b(revisaron|vieron|abrieron|recibieron|leyeron|checaron) (mi|nuestra|la) referencia\b|\b(alguien|la oficina|ccs) (ya )?(vio|reviso|abrio|recibio|leyo|checo) (mi|nuestra|la) referencia\b|\b(que|como) (paso|pasa|va|esta|anda) (con )?(mi|nuestra|la) referencia\b|\bestado de (mi|nuestra|la) referencia\b|\b(noticias|novedades) (de|sobre) (mi|nuestra|la) referencia\b|\bdonde (esta|quedo) (mi|nuestra|la) referencia\b/;
// The web's "look up a referral by code" button (content/status-messages.json statusLookupOffer).
const STATUS_LOOKUP = /^(look up a referral( by code)?|look up another referral|find a referral by code|buscar (una|otra) referencia( por codigo)?)$/;

// "What's my code?", "I never got a code", "¿cuál es mi código?", "no me llegó el código"; a ZIP code ("mi codigo postal es 95128") is no referral code.
const OWN_CODE_QUESTION =
  /\b(my|our) (confirmation |referral )?code\b|\bconfirmation (code|number)\b|\breferral code\b|\b(get|got|receive|received|give|send|resend|lost|forgot) (me )?(a|the|my) (confirmation )?code\b|^(the )?code$|\b(mi|nuestro) (codigo(?! postal)|numero de confirmacion)\b|\b(codigo|numero) de (confirmacion|referencia)\b|\b(llego|recibi|dieron|mandaron|manden|mande|envien|envie|perdi|olvide) (el|un|mi) codigo(?! postal)\b|^(el )?codigo$/;

/** Whether a message asks for this person's own confirmation code (answered at any step, before any question). */
export function asksForOwnCode(text: string): boolean {
  return OWN_CODE_QUESTION.test(normalize(text));
}

export function recognizeGoal(text: string): Goal | undefined {
  const n = normalize(text);
  if (GREETING.test(n)) return 'greeting';
  if (ASK.test(n)) return 'ask';
  if (COUNTY_LOOKUP.test(n)) return 'countyLookup';
  if (STATUS_LOOKUP.test(n)) return 'statusLookup';
  if (STATUS.test(n)) return 'status';
  if (REFERRAL_WISH.test(n)) return 'referral';
  return undefined;
}
