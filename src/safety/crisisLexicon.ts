/**
 * Crisis phrases in English and Spanish, matched against `normalizeText` output (lowercase,
 * no accents, no apostrophes: "cant", "hes", "nino", "dano").
 *
 * How context switches a rule off (never when the message also sounds URGENT):
 * - `contextual` rules use words that are also used to ask about programs ("overdose", "suicide",
 *   "unconscious"): off in an INFORMATIONAL message ("does CCS cover ...") or a NOT_CURRENT
 *   sentence ("... last year").
 * - other medical and poisoning rules describe an event ("is not breathing"): off only in a
 *   NOT_CURRENT sentence, because a seizure at birth or last year is over.
 * - other behavioral rules are explicit intent or ideation ("wants to kill himself"): never off,
 *   because "sometimes I want to die" or "last week he said he'd kill us" still calls for 988.
 */

export type CrisisKind = 'medical' | 'poisoning' | 'behavioral';

export interface CrisisRule {
  kind: CrisisKind;
  pattern: RegExp;
  contextual?: boolean;
}

const SELF = '(?:my|him|her|them|your|our)sel(?:f|ves)';
const PERSON = '(?:me|us|you|him|her|them|someone|somebody|people|everyone|everybody|his|my|our)';
const INTENT =
  '(?:going to|want to|wants to|trying to|tried to|will|threaten(?:s|ed|ing)? to|(?:says|said) (?:hes|shes|he|she)(?: is| was)? (?:going to|will|would|gonna))';
// Swallowing any of these is a poisoning.
const HAZARD =
  '(?:bleach|cloro|clorox|cloralex|lejia|detergente?|(?:laundry|tide|detergent) pods?|poison|veneno|raticida|batter(?:y|ies)|pilas?|magnets?|imanes|antifreeze|anticongelante|cleaners?|cleaning|limpiador|fabuloso|pinol|chemicals?|quimicos?|gasoline|gasolina|lighter fluid|thinner|remover|hand sanitizer|mouthwash|perfume|pesticides?|insecticida|fentanyl|fentanilo|edibles?|weed|marijuana|thc|mushrooms|nicotine|vape|alcohol|vodka)';
// Medicines are swallowed every day: only an amount or someone else's medicine makes it a poisoning.
const MEDICINE =
  '(?:pills?|pastillas?|tylenol|ibuprofen|advil|motrin|medicines?|medicinas?|medicamentos?|meds|medication|vitamins?|vitaminas?|gumm(?:y|ies))';
const INGEST = '(?:drank|drink|drinking|swallowed|swallow|ate|eaten|eating|ingested|chewed|got into|(?:se )?(?:trago|comio|bebio|tomo))';
const AMOUNT =
  '(?:a bunch|some of|a lot|all|a whole|the whole|a bottle|a handful|too many|too much|like \\d+|\\d{2,}|\\d+ of|extra|unas|unos|muchas|muchos|todas|todos|todo|un monton|varias|varios)';
const SOMEONE_ELSES = '(?:my|mis|moms|dads|grandmas|grandpas|(?:de )?(?:mi|su) (?:mama|papa|abuel[oa]))';

export const CRISIS_RULES: readonly CrisisRule[] = [
  // Poisoning, overdose, stings and bites (Poison Control handles envenomation too).
  { kind: 'poisoning', pattern: new RegExp(`\\b${INGEST}\\b(?: \\w+){0,4} ${HAZARD}\\b`) },
  { kind: 'poisoning', pattern: new RegExp(`\\b(?:${INGEST}|took|taken) ${AMOUNT}\\b(?: \\w+){0,3} ${MEDICINE}\\b|\\b(?:se )?tomo pastillas\\b`) },
  { kind: 'poisoning', pattern: new RegExp(`\\b${INGEST}\\b(?: \\w+){0,3} ${SOMEONE_ELSES}(?: \\w+)? ${MEDICINE}\\b`) },
  { kind: 'poisoning', pattern: /\b(?:double dose|extra dose|doble dosis|dosis doble|too much (?:medicine|medication|meds))\b/ },
  { kind: 'poisoning', pattern: /\b(?:overdosed|overdosing|poisoned|se intoxico|intoxicad[oa]|envenenad[oa])\b/ },
  {
    kind: 'poisoning',
    pattern:
      /\b(?:overdose|sobredosis)\b|\bcarbon monoxide\b|\bmonoxido\b|\bsnake ?bite\b|\bbitten by a (?:snake|spider|scorpion)\b|\bstung by a scorpion\b|\b(?:le|lo|la) (?:pico|mordio) (?:un|una) (?:alacran|escorpion|arana|vibora|serpiente)\b|\bpicadura de (?:alacran|escorpion)\b/,
    contextual: true,
  },

  // Medical emergencies.
  {
    kind: 'medical',
    pattern:
      /\b(?:not|isnt|aint|cant|couldnt|stopped|stop|stops|wont|barely|hardly|trouble|struggling|struggling to|difficulty|hard time)(?: \w+)? (?:breath|breathe|breathing)\b|\bgasping\b/,
  },
  {
    kind: 'medical',
    pattern:
      /\bno (?:\w+ )?(?:respira|respirando|puede respirar)\b|\bdejo de respirar\b|\b(?:le cuesta|dificultad para|problemas para) respirar\b|\ble falta el aire\b/,
  },
  {
    kind: 'medical',
    pattern:
      /\b(?:turning|turned|going|getting|is|are|look|looks|looking)(?: \w+)? (?:blue|gray|grey)\b|\bblue (?:lips|face)\b|\b(?:se (?:puso|pone|esta poniendo|ve)|esta (?:bien |muy )?|poniendo|ponerse)(?: \w+)? (?:morad|azul)\w*/,
  },
  {
    kind: 'medical',
    pattern:
      /\bseizing\b|\bconvulsing\b|\bhaving (?:a |another )?(?:\w+ )?seizures?\b|\b(?:in|having) status epilepticus\b|\beyes (?:are )?roll\w* back\b/,
  },
  { kind: 'medical', pattern: /\bseizures? (?:that |thats |which )?(?:is |it )?(?:wont|doesnt|isnt|not|keeps|lasting|lasted|longer)\b/ },
  {
    kind: 'medical',
    pattern:
      /\bconvulsionando\b|\b(?:teniendo|dando|dio|da) (?:una |un )?(?:convulsion(?:es)?|ataque)\b|\btiene (?:una|un) (?:convulsion|ataque)\b|\b(?:convulsion\w*|ataque) (?:y |que )?no (?:para|paran|se (?:le )?(?:quita|quitan|pasa|pasan|detiene))\b/,
  },
  {
    kind: 'medical',
    pattern:
      /\b(?:wont|cant|not|doesnt) (?:wake|waking)\b|\bpassed out\b|\bcollapsed\b|\bunresponsive\b|\bnot (?:responding|responsive)\b|\b(?:is|went|gone|hes|shes) limp\b|\bno (?:pulse|heartbeat)\b/,
  },
  { kind: 'medical', pattern: /\bunconscious\b|\binconsciente\b|\bcpr\b|\brcp\b/, contextual: true },
  {
    kind: 'medical',
    pattern:
      /\bno (?:se )?(?:despierta|reacciona)\b|\bno responde\b(?! (?:a |mis|los|las|el|la|mi|nuestr|cuando))|\bse desmayo\b|\bdesmayad[oa]\b|\bperdio el conocimiento\b|\bno tiene pulso\b/,
  },
  {
    kind: 'medical',
    pattern: /\bchoking\b(?! hazard)|\b(?:is|was|almost|nearly|hes|shes) drowning\b|\bdrowned\b|\b(?:fell|found \w+) in the pool\b|\bse (?:esta )?(?:ahogando|atragantando|atraganto)\b|\bahogandose\b|\bse ahogo en\b/,
  },
  {
    kind: 'medical',
    pattern:
      /\bbleeding (?:a lot|alot|heavily|badly|everywhere|nonstop)\b|\b(?:wont|doesnt|cant) stop bleeding\b|\bsangra(?:ndo)? (?:mucho|sin parar)\b|\bno (?:para|deja) de sangrar\b/,
  },
  { kind: 'medical', pattern: /\btrach\w* (?:came|fell|come|pulled) out\b|\bse le salio la traq\w*/ },
  {
    kind: 'medical',
    pattern:
      /\bhaving (?:a |an )?(?:\w+ ){0,2}asthma attack\b|\bthroat (?:is )?(?:closing|swelling)\b|\bse le (?:esta )?cerrando la garganta\b|\bhit by a car\b|\batropell\w+/,
  },
  {
    kind: 'medical',
    pattern:
      /\banaphyla\w*|\banafila\w*|\b(?:is|hes|shes|im) dying\b(?! (?:to|of|for|laughing))|\b(?:should|do) (?:i|we) call 911\b|\bcalled 911\b|\b(?:llamo|llamamos|debo llamar|llame) al 911\b/,
    contextual: true,
  },

  // Behavioral crises: suicide, self-harm, violence.
  { kind: 'behavioral', pattern: new RegExp(`\\b(?:kill|killing|hang|hanging|stab|stabbing|shoot|shooting|cut|cutting|burn|burning) ${SELF}\\b`) },
  { kind: 'behavioral', pattern: new RegExp(`\\b(?:hurt|hurting|harm|harming) ${SELF}\\b`), contextual: true },
  { kind: 'behavioral', pattern: /\bunaliv\w*|\bsewer ?slide\w*|\bself ?delet\w*/ },
  {
    kind: 'behavioral',
    pattern:
      /\b(?:want|wants|wanted|wanting|wish|wishes) to (?:die|be dead|disappear forever)\b|\bwish(?:es)? (?:i|he|she|they) (?:was|were) dead\b|\bbetter off (?:dead|without (?:me|him|her))\b|\bno reason to live\b|\b(?:dont|doesnt|do not|does not) want to (?:live|be alive|be here|exist|wake up)\b/,
  },
  {
    kind: 'behavioral',
    pattern:
      /\b(?:end|ending|take|taking) (?:it all|(?:my|his|her|their) (?:own )?life)\b|\btired of (?:living|life|being alive)\b|\b(?:not|isnt) worth living\b|\bdone with (?:life|living)\b|\bcant go on\b|\b(?:slit|slash|cut)\w* (?:my|his|her|their) wrists\b/,
  },
  { kind: 'behavioral', pattern: /\bsuicid\w*|\bhearing voices\b|\b(?:oyendo|escucha|oye) voces\b/, contextual: true },
  { kind: 'behavioral', pattern: /\bself ?(?:harm|injur)\w*|\bautolesion\w*/, contextual: true },
  { kind: 'behavioral', pattern: new RegExp(`\\b${INTENT} (?:kill|hurt|harm|stab|shoot|attack|beat|strangle|choke) ${PERSON}\\b`) },
  {
    kind: 'behavioral',
    pattern: /\bthreaten(?:s|ed|ing)? (?:people|us|me|everyone|everybody|someone|his|her|my|our|to (?:kill|hurt|harm|stab|shoot|jump|run into))\b/,
  },
  { kind: 'behavioral', pattern: /\bshoot up (?:his |her |the |a |my )?(?:school|class)\b|\brun into traffic\b|\bjump (?:off|in front)\b/ },
  { kind: 'behavioral', pattern: /\b(?:has|with|holding) (?:a |my |his |her )?(?:gun|knife)\b|\b(?:con|tiene) (?:un|una) (?:cuchillo|pistola|arma|navaja)\b/ },
  {
    kind: 'behavioral',
    pattern:
      /\b(?:is|keeps|hes|shes|been) (?:hitting|beating|punching|choking|attacking|stabbing) (?:me|us|my|the|her|him|his)\b|\b(?:hitting|punching|biting|scratching|beating) (?:him|her|my|them)sel\w*|\bbanging (?:his|her|their|my) head\b/,
  },
  { kind: 'behavioral', pattern: /\b(?:having|in|is in|going through) (?:a |an )?(?:mental health |psychiatric |behavioral )?(?:crisis|breakdown)\b/ },
  {
    kind: 'behavioral',
    pattern:
      /\b(?:quiere|quiero|queria|quieren|va a|voy a|iba a|amenaza con|amenazando con|dice que va a) (?:matar|morir|suicidar|pegar|golpear|apunalar|disparar|lastimar)\w*/,
  },
  // Bare "matarse" also reports a past attempt ("intento matarse hace dos anos").
  { kind: 'behavioral', pattern: /\b(?:matar|morir)(?:me|se)\b/, contextual: true },
  {
    kind: 'behavioral',
    pattern:
      /\b(?:no|ya no) (?:quiero|quiere) (?:vivir|seguir viviendo|estar aqui|despertar)\b|\bcansad[oa] de vivir\b|\bno vale la pena vivir\b|\b(?:quisiera|quiere|quiero|ojala) (?:estar|estuviera) muert[oa]\b|\birme de este mundo\b/,
  },
  {
    kind: 'behavioral',
    pattern:
      /\bquitar(?:se|me|le) la vida\b|\b(?:acabar|terminar) con (?:todo|mi vida|su vida)\b|\bcortar(?:se|me) las venas\b|\bahorcar(?:se|me)\b|\bcolgar(?:se|me)\b|\b(?:tirar|aventar)(?:se|me) (?:de|del|por|al)\b/,
  },
  {
    kind: 'behavioral',
    pattern: /\bhacer(?:se|me|le|les)? dano\b|\blastimar(?:se|me)\b|\b(?:se|me) (?:esta |estoy )?lastimando\b/,
  },
  { kind: 'behavioral', pattern: /\bse (?:esta )?cortando\b|\bse corta\b(?! (?:el|su) (?:pelo|cabello))/ },
  { kind: 'behavioral', pattern: /\b(?:me|nos|la|lo|le|les) (?:esta |estan )?(?:golpeando|pegando)\b|\b(?:me|nos) (?:pega|golpea)\b|\bamenazando a\b/ },
];

/** Places a mention in the past, as a habit, as resolved, or as a "what if" question. Applied per sentence. */
export const NOT_CURRENT =
  /\blast (?:year|month|week|summer|spring|fall|winter)\b|\bago\b|\bat birth\b|\bwhen (?:he|she|i|they) (?:was|were) (?:born|a baby|little|younger)\b|\bin the past\b|\bhistory of\b|\bused to\b|\bsince then\b|\bsometimes\b|\bat times\b|\b(?:is|hes|shes) (?:fine|ok|okay|stable|better) now\b|\bnow stable\b|\bwhat (?:should|would|do|does) \w+ do if\b|\bwhat if\b|\bin case\b|\bel (?:ano|mes) pasado\b|\bla semana pasada\b|\bhace (?:\w+ ){0,2}(?:anos|meses|semanas|dias|tiempo)\b|\bcuando nacio\b|\bcuando era (?:bebe|chiquit\w*|pequen\w*)\b|\bdesde (?:bebe|que nacio|chiquit\w*|pequen\w*|hace)\b|\bhistorial de\b|\ba veces\b|\bahora esta bien\b|\ben caso de\b/;

/** Signals that something is happening right now, which outweighs past or hypothetical wording. */
export const URGENT =
  /\bright now\b|\bahorita\b|\bahora mismo\b|\bhelp\b|\bayuda\w*|\bplease\b|\bpor favor\b|\bhurry\b|\bemergency\b|\bemergencia\b|\bwhat do i do\b|\bque hago\b|\btoday\b|\btonight\b|\bhoy\b|\besta noche\b|\bjust\b|\bacaba de\b/;

/** Asking about a program, a benefit or a topic, where contextual words are only mentions. */
export const INFORMATIONAL =
  /\bcover(?:s|ed|age)?\b|\bcubren?\b|\bcobertura\b|\bpays?\b|\bpagan?\b|\beligib\w*|\bqualify\b|\bcalifica\b|\bprogram\w*|\bprevention\b|\bprevencion\b|\bscreening\b|\bprotocol\b|\bpolicy\b|\brefill\b|\breferral\b|\breferido\b|\bwhat is\b|\bque es\b|\bnaloxone\b|\bnarcan\b|\bresources\b|\brecursos\b|\btraining\b|\bclass(?:es)?\b|\bclases?\b|\bmri\b|\bsurgery\b|\bcirugia\b|\bsedat\w*|\banestesia\b|\blol\b|\bhaha\w*|\bjaja\w*/;
