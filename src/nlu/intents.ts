import type { Lang } from '../i18n';

/**
 * Commands and goals recognized before any question answering. Global commands ("menu",
 * "start over", "agent", a language name) are checked before any field validation, so they work
 * inside every question (field-lessons: escape words swallowed by validators).
 */
export type GlobalCommand =
  | { kind: 'menu' }
  | { kind: 'startOver' }
  | { kind: 'human' }
  | { kind: 'privacy' }
  | { kind: 'language'; lang: Lang };

export type Goal = 'greeting' | 'ask' | 'countyLookup' | 'referral';

/** Lowercase, accents removed, punctuation squeezed: what the patterns below match against. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
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

const GREETING = /^(hi|hii+|hello|hey|hola|buenas|buenos dias|buenas tardes|buenas noches|good (morning|afternoon|evening)|yo)( there)?$/;
const ASK = /^(ask a question|hacer una pregunta|i have a question|tengo una pregunta|question|pregunta)$/;
const COUNTY_LOOKUP = /^(find a county ccs office|oficina de ccs del condado|find my county( office)?|county office|oficina del condado)$/;
// A wish to make a referral now ("I want to refer my son", "quiero hacer una referencia"), as opposed
// to a question about referrals ("how do I make a referral?"), which the knowledge base answers.
const REFERRAL_WISH =
  /^(make a referral|hacer una referencia|refer a (patient|child)|new referral|nueva referencia|start a referral)$|\b(i|we|id|i d|i would|we would) (want|wanna|need|would like|like|d like) to (make a |start a |do a |submit a )?(refer|referral|apply)|\b(quiero|quisiera|necesito|queremos|deseo) (hacer|iniciar|mandar|enviar|llenar)? ?(una )?(referencia|referir|solicitud|aplicar|remitir)|\b(refer|referring) (my|our|a|this) (son|daughter|child|kid|baby|patient|grandson|granddaughter|nephew|niece)\b|\b(referir|inscribir|anotar) a mi (hijo|hija|nino|nina|bebe|nieto|nieta)\b/;

export function recognizeGoal(text: string): Goal | undefined {
  const n = normalize(text);
  if (GREETING.test(n)) return 'greeting';
  if (ASK.test(n)) return 'ask';
  if (COUNTY_LOOKUP.test(n)) return 'countyLookup';
  if (REFERRAL_WISH.test(n)) return 'referral';
  return undefined;
}
