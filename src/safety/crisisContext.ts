import { normalizeText } from './normalizeText';

/**
 * Context cues that decide whether a crisis phrase describes something happening now or is only
 * mentioned. All match `normalizeText` output (lowercase, no accents, no apostrophes).
 */

/** Places a mention in the past, as a habit, as resolved, or as a "what if" question. Read per sentence. */
export const NOT_CURRENT = new RegExp(
  [
    /\blast (?:year|month|week|summer|spring|fall|winter)\b|\b(?:years?|months?|weeks?) ago\b|\bat birth\b|\bin the past\b|\bhistory of\b/,
    /\bwhen (?:he|she|i|they) (?:was|were) (?:born|a baby|a toddler|little|younger)\b|\bas a (?:baby|toddler)\b/,
    /\bused to\b|\bsince then\b|\bsometimes\b|\bat times\b|\bunder control\b|\bin recovery\b|\b(?:in|en) (?:el )?(?:19|20)\d\d\b/,
    /\b(?:is|hes|shes) (?:fine|ok|okay|stable|better) now\b|\bnow stable\b/,
    /\bwhat (?:should|would|do|does) \w+ do if\b|\bwhat if\b|\bin case\b|\bque (?:hago|hacemos|debo hacer|hacer) si\b|\bpor si\b/,
    /\bel (?:ano|mes) pasado\b|\bla semana pasada\b|\bhace (?:\w+ ){0,2}(?:anos|meses|semanas|dias|tiempo)\b/,
    /\bcuando (?:nacio|era (?:bebe|chiquit\w*|pequen\w*))\b|\bde (?:bebe|chiquit\w*|pequen\w*)\b/,
    /\bdesde (?:bebe|que nacio|chiquit\w*|pequen\w*|hace)\b|\bhistorial de\b|\ba veces\b|\bahora esta bien\b|\ben caso de\b/,
    // Birth history told with how the child is since; a resolved event; a habit; "can he eat X with Y?".
    /\b(?:(?:was|were) born|born (?:with|not|blue|early|premature)|nacio)\b(?=.*\b(?:doing (?:great|well|fine|good)|fine|healthy|nicu|ucin|qualify|eligible|califica\w*|ya tiene|(?:hes|shes|is) \d+|bien|sano|sana)\b)/,
    /(?<!not |nt )\bdoing (?:great|well|fine|good) now\b|\b(?:er|doctor|they) said (?:hes|shes|he was|she was|it was) (?:fine|ok|okay)\b/,
    /\b(?:ya|ahora) (?:esta|estan) (?:super |muy )?(?:bien|sano|sana)\b(?! mal)|\besta (?:super|muy) (?:bien|sano|sana)\b(?! mal)|\bya (?:lo|la) revisaron\b/,
    /\blast time\b|\bla ultima vez\b|\b(?:usually|normally|typically|often|every time|whenever|cada vez que|siempre que|normalmente)\b/,
    /\bwhen (?:he|she|they) (?:falls|gets|has|is|eats|drinks|loses|bumps|cuts)\b|\bcuando se (?:cae|pega|golpea|corta|lastima|enferma)\b/,
    /\b(?:can|could|should|may) (?:he|she|they|i|we|my \w+)(?: \w+)? (?:drink|eat|take|have|use|chew)\b(?=.*\b(?:with|when|while|after|before|if|together)\b)/,
    /\bis it (?:safe|ok|okay|bad|normal) (?:to|if|for)\b|\b(?:se )?puede (?:tomar|comer|beber)\b(?=.*\b(?:con|cuando|despues|antes|si|junto)\b)/,
  ]
    .map((part) => part.source)
    .join('|'),
);

/** Signals that something is happening right now; it outweighs past, hypothetical or question wording. */
export const URGENT =
  /\bright now\b|\bahorita\b|\bahora mismo\b|\bhelp\b|\bayuda\w*|\bplease\b|\bpor favor\b|\bhurry\b|\bcome quick\b|\basap\b|\burgente?\b|\brapido\b|\bemergency\b|\bemergencia\b|\bwhat do i do\b(?! if)|\bque (?:hago|hacemos)\b(?! si)|\btoday\b|\btonight\b|\bhoy\b|\besta noche\b|\bjust\b|\bacaba de\b/;

/**
 * Asking about a program, a benefit, a service or paperwork, or joking: the words of contextual
 * rules are then only mentions ("does CCS cover seizure medication?", "support group for self-harm").
 */
export const INFORMATIONAL = new RegExp(
  [
    /\bcover(?:s|ed|age)?\b|\bcubren?\b|\bcobertura\b|\bpays?\b|\bpagan?\b|\beligib\w*|\bqualify\b|\bcalifica\b/,
    /\bprogram\w*|\bservices?\b|\bservicios?\b|\bprevention\b|\bprevencion\b|\bscreening\b|\bprotocol\b|\bpolicy\b/,
    /\brefill\b|\brefer\w*|\breferido\b|\bauth\w*|\bautorizacion\b|\bpharmacy\b|\bfarmacia\b|\binsurance\b/,
    /\bappointment\b|\bcita\b|\bforms?\b|\bformularios?\b|\bapplication\b|\bsolicitud\b|\bpaperwork\b|\bpapeles\b/,
    /\bsupport group\b|\bgrupo de apoyo\b|\btraining\b|\bclass(?:es)?\b|\bclases?\b|\bequipment\b|\bsupplies\b|\bwheelchair\b/,
    /\bis there\b|\bare there\b|\bhow (?:do|can) (?:i|we)\b|\bwhere (?:do|can) (?:i|we)\b|\bwho (?:do|should) (?:i|we)\b/,
    /\bwhat is\b|\bque es\b|\bnaloxone\b|\bnarcan\b|\bresources\b|\brecursos\b/,
    /\bmri\b|\bsurgery\b|\bcirugia\b|\bsedat\w*|\banestesia\b|\blol\b|\bhaha\w*|\bjaja\w*/,
  ]
    .map((part) => part.source)
    .join('|'),
);

// Laughing emoji mark a figure of speech ("I'm dying here 😂"); normalization drops emoji, so read the raw text.
const LAUGHING = /[\u{1F602}\u{1F923}\u{1F605}\u{1F606}\u{1F639}]/u;

/** A message read for context: its normalized sentences, and whether it sounds urgent or like a question about services. */
export interface MessageContext {
  sentences: string[];
  whole: string;
  urgent: boolean;
  informational: boolean;
}

export function readContext(text: string): MessageContext {
  // Time cues are read per sentence, so "He was fine last year. Now he isn't breathing" still counts.
  const sentences = text.split(/[.;!?\n]+/).map(normalizeText);
  const whole = sentences.join(' ');
  const urgent = URGENT.test(whole) || /!{2,}/.test(text);
  const informational = !urgent && (INFORMATIONAL.test(whole) || LAUGHING.test(text));
  return { sentences, whole, urgent, informational };
}

/** Whether a sentence is a past, habitual or hypothetical mention, in a message that does not sound urgent. */
export const notCurrent = (context: MessageContext, sentence: string) => !context.urgent && NOT_CURRENT.test(sentence);
