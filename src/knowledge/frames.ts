/**
 * The question a message frames, read by meaning rather than by word form: the age limit, how to
 * apply, the eligibility rules, or whether a condition qualifies. People say each of these many
 * ways ("stop covering", "quit covering", "no longer covers", "cut off", "too old", "only for
 * little kids", "hasta que edad"); each way belongs to a meaning class below, and a frame is a few
 * classes in a row, so a new wording of a known meaning meets the frame. Read on folded text
 * (normalize.fold); the condition a parent names beside the question is an entity
 * (entities.readCondition), read apart so its words do not outweigh the frame's.
 */

/** What follows "get ..." when it is not getting on the program ("get ccs paneled", "get my son a wheelchair"). */
const NOT_THE_PROGRAM = '(?! (?:paneled|panelled|approved|certified|paid|authorization|auth|to pay|a|an|the)\\b)';

/** Ways of saying one thing, in English and Spanish (folded: no accents, apostrophes dropped). */
const MEANS = {
  /** The program ends for someone. */
  stop: `(?:stops?|stopped|quits?|ends?|ending|cuts? (?:\\w+ )?off|no longer (?:covers?|helps?|serves?|takes?|sees?|pays?)|drops?|(?:deja|dejan|dejara|va a dejar) de|terminas?|terminan|se (?:acaba|termina|corta)|acaba|(?:lo |la |los |las )?(?:sacan|saca|corren|quitan)|(?:le |les )?dura)`,
  /** The program does its part for a child. */
  serve: `(?:cover(?:s|ing)?|help(?:s|ing)?|serv(?:e|es|ing)|tak(?:e|es|ing)|pay(?:s|ing)?(?: for)?|see(?:s|ing)?|treat(?:s|ing)?|cubr(?:e|en|ir|iendo)|atend(?:er|iendo)|atiende|ayud(?:a|ar|ando)|pag(?:a|ar|ando))`,
  /** Carrying on ("still", "keep covering", "sigue cubriendo"). */
  carryOn: `(?:still|keep(?:s)?|continue(?:s)?|todavia|aun|sigue|seguir|continua)`,
  /** An age, asked or stated. */
  age: `(?:age|edad|how old|que edad|cual edad|\\d{1,2}|(?:los|la edad de) \\d{1,2})`,
  /** A person the program is for. */
  someone: `(?:he|she|they|him|her|them|hes|shes|theyre|i|we|you|u|(?:my|our|the|a|your|mi|el|la|su) (?:son|daughter|kid|child|baby|boy|girl|teen|patient|pt|hijo|hija|nino|nina|bebe)|kids|children|lo|la|le)`,
  /** Getting the program ("get on", "sign up", "meter a mi hijo", "inscribir"). */
  getIn: `(?:apply|aply|applying|sign(?:ed)? (?:\\w+ )?up|enroll(?:ed)?|register(?:ed)?|get(?:ting)? (?:\\w+ ){0,4}?(?:on|in|into|onto|enrolled|signed up|started)${NOT_THE_PROGRAM}|get(?:ting)? (?:ccs|it|on ccs|into ccs|in ccs)${NOT_THE_PROGRAM}|(?:lo |la )?acept(?:e|en|an)|start(?:ed)?|begin|meter(?:lo|la)?|meto|inscribir(?:lo|la)?|inscribo|apunt(?:o|ar|arlo|arla)|(?:lo |la )?(?:apunto|inscribo|meto)|aplic(?:o|ar|amos)|solicit(?:o|ar|amos)|entr(?:e|a|ar)|empez(?:ar|amos)|empiezo|inici(?:ar|o))`,
  /** Rules a child must meet. */
  rules: `(?:rules|requirements|requisitos|reglas|criteria|criterios|criterion|conditions? to)`,
  /** Checking a child against them. */
  check: `(?:check|checks|look at|look for|looks at|review|require|ask for|need|revisan|revisa|checan|chequean|miran|piden|requieren|necesita|necesitan|ocupa|ocupan)`,
  /** Being accepted by the program. */
  qualify: `(?:qualify|qualifies|eligible|get in|gets in|get ccs|be on ccs|calificar|califica|entrar|ser elegible|tener ccs)`,
  /** Asked whether a condition is one CCS takes. */
  conditionAsked: `(?:cover(?:s|ed)?|qualif(?:y|ies|ied)|counts?|eligible|conditions?|tak(?:e|es)|accept(?:s|ed)?|included|on the list|cubre|cubren|cuenta|cuentan|califica|califican|condicion|condiciones|elegible|acepta|aceptan|entra)`,
};

const FRAMES: { frame: Frame; pattern: RegExp }[] = [
  {
    frame: 'age-limit',
    pattern: new RegExp(
      [
        ` (?:too|to|2|muy|demasiado) (?:old|grande|mayor) `,
        ` (?:age (?:limit|cut ?offs?|cutoffs?|max(?:imum)?)|max(?:imum)? age|(?:cut ?off|cutoff) age|edad (?:limite|maxima)|limite de edad) `,
        ` (?:ages? out|aging out|aged out) `,
        ` (?:only|just|solo|nada mas|solamente) (?:for|para|pa) (?:(?:little|small|young|lil) (?:kids|children|ones|babies)|babies|toddlers|(?:ninos|bebes) (?:chiquitos|pequenos|chicos|chiquitas)|bebes) `,
        // "at what age does ccs quit covering", "after what age", "hasta que edad", "a que edad lo sacan".
        ` (?:at|after|until|till|up to|to|by|hasta|a|despues de) (?:what|which|que|q|cual) (?:age|edad) `,
        // "when does ccs stop covering kids", "does ccs cut kids off at 18", "ccs deja de atender a los 18", "hasta cuando le dura ccs".
        ` (?:when|what point|hasta cuando|cuando|en que momento) (?:does |will |would |do )?(?:ccs |it |coverage |ccs coverage |(?:ccs )?benefits |ccs )?(?:(?:ever|eventually|finally|actually) )?${MEANS.stop} `,
        ` ccs (?:\\w+ )?${MEANS.stop} (?:\\w+ ){0,3}?(?:at|after|a los|despues de|once|when|cuando) (?:\\w+ ){0,2}?\\d{1,2} `,
        ` ccs (?:\\w+ )?${MEANS.stop} (?:${MEANS.serve} )?(?:\\w+ ){0,2}?(?:soon|pronto|at some point|eventually|someday) `,
        // "does ccs keep covering her once shes 19", "ccs lo sigue cubriendo despues de los 18".
        ` ${MEANS.carryOn} (?:\\w+ ){0,1}?${MEANS.serve} (?:\\w+ ){0,5}?(?:once|after|when|at|past|despues de|cuando|a los) (?:\\w+ ){0,2}?\\d{1,2} `,
        // "how long can he stay on ccs", "how old can he be and still have ccs".
        ` how long (?:can|could|will|does) ${MEANS.someone} (?:stay|be|remain|keep|have|get) `,
        // "once my kid hits 18 does ccs drop him": the program stopping once a child reaches an age.
        ` (?:once|when|after|cuando|despues de que) ${MEANS.someone} (?:hits|turns|reaches|gets to|cumple|llega a) \\d{1,2} (?:\\w+ ){0,4}?${MEANS.stop} `,
        ` how old (?:can|could) ${MEANS.someone} be `,
      ].join('|'),
    ),
  },
  {
    frame: 'rules',
    pattern: new RegExp(
      [
        // "what are the rules", "requisitos pa entrar"; not the rules of another matter ("the rules when a kid is admitted in an emergency").
        ` (?:what|which|cuales|cual|que|q) (?:are |r |is |son |serian )?(?:the |las |los )?${MEANS.rules} (?:$|(?:for|to|of|pa|para|de) (?:\\w+ )?(?:ccs|qualify|qualifying|get|getting|be eligible|eligibility|entrar|calificar|tener|aplicar|apply) )`,
        ` what (?:do|does) (?:they|ccs|you|u|the county) ${MEANS.check} `,
        ` (?:what|que|q) (?:do|does|se)? ?(?:a \\w+|my \\w+|our \\w+|the \\w+|we|i|he|she|they|mi \\w+|necesita|necesitamos|ocupa|ocupamos|piden|le piden)? ?(?:${MEANS.check}|have) (?:\\w+ ){0,2}?(?:to|for|para|pa|en) (?:\\w+ ){0,1}?${MEANS.qualify} `,
        ` (?:how|como) (?:does|do|decide|deciden) (?:ccs|they|the county|el condado)? ?(?:decide|deciden|determine|choose) (?:if|who|whether|si|quien) `,
        ` (?:que|q) (?:revisan|checan|chequean|miran|ven|piden) (?:para|pa) `,
        ` (?:what|whats|what is|what s) (?:needed|required|necessary) (?:to|for) (?:\\w+ )?${MEANS.qualify} `,
      ].join('|'),
    ),
  },
  {
    frame: 'apply',
    pattern: new RegExp(
      [
        ` (?:how|where) (?:do|can|could|should|would|does) (?:i|we|you|u|one|a parent) (?:even |actually )?(?:go about )?${MEANS.getIn} `,
        ` how (?:do|can|could|should) (?:i|we|you|u) (?:even |actually )?get (?:ccs|him|her|them|my \\w+|our \\w+)(?: (?:on|in|into|onto) (?:ccs|it|the program))?${NOT_THE_PROGRAM} `,
        ` (?:first|1st) steps? | where (?:do|should|can) (?:i|we) (?:even )?(?:start|begin) `,
        ` what (?:do|should|can|would) (?:i|we) (?:\\w+ )?(?:do|need to do|have to do) (?:to|for|so) (?:\\w+ )?${MEANS.getIn} `,
        // "como le hago para meter a mi hijo", "como aplico", "que tengo que hacer para que mi hijo entre a ccs", "como empiezo el tramite".
        ` (?:como|q|que) (?:le )?(?:hago|ago|hacemos|tengo que hacer|tenemos que hacer|hay que hacer|debo hacer) (?:para|pa) (?:que |q )?(?:\\w+ ){0,3}?${MEANS.getIn} `,
        ` como (?:le |lo |la )?${MEANS.getIn} `,
        // "meter a mi niño a ccs", "que mi hija entre en ccs": the child put into the program ("si entra a ccs" supposes it, "para entrar a ccs" is what something else is for).
        `(?<! si| cuando| once| when| if| para| pa) (?:meter(?:lo|la)?|meto|mete|metemos|inscribir(?:lo|la)?|inscribo|apunt(?:o|ar|arlo|arla)|entr(?:e|a|ar|en)|qued(?:e|a|ar)) (?:(?:a )?(?:mi|nuestro|nuestra|su|el|la) \\w+ )?(?:en|a) (?:ccs|wcm) `,
        ` (?:como|donde) (?:empiezo|empezamos|inicio|comienzo) | tramite | por donde (?:empiezo|empezamos|comienzo) `,
        ` como le (?:hago|ago|hacemos) $`,
      ].join('|'),
    ),
  },
];

const STOPS_FOR_SOMEONE = new RegExp(` ccs (?:\\w+ ){0,2}?${MEANS.stop} (?:${MEANS.serve} )?${MEANS.someone} `);

export type Frame = 'age-limit' | 'apply' | 'rules' | 'condition';

/**
 * The entry each frame is answered by (content/faq.json), and the entries of the same question the
 * words may choose instead when they are sure ("what happens when he turns 21 and ages out" is the
 * transition; "how do i get my kid referred, do i need a doctor to do it" is who may refer).
 */
export const FRAME_ANSWER: Record<Frame, { entry: string; kin: string[] }> = {
  'age-limit': { entry: 'ccs-age-limit', kin: ['cm-transition'] },
  apply: { entry: 'refer-how', kin: ['refer-who', 'refer-records', 'refer-new-condition', 'refer-unsure'] },
  rules: { entry: 'ccs-eligibility', kin: ['ccs-financial', 'eligible-conditions', 'not-eligible'] },
  condition: { entry: 'eligible-conditions', kin: [] },
};

/**
 * The question `folded` (without the condition's own words: "a heart condition" asks nothing) frames, given the age and
 * the condition the message names. Without any other frame, a message that names a condition and asks whether it is
 * covered, counts or qualifies asks about the condition ("does ccs cover cerebral palsy", "el labio leporino es una
 * condicion de ccs?").
 */
export function readFrame(folded: string, said: { condition?: string; age?: number } = {}): Frame | undefined {
  const framed = FRAMES.find(({ pattern }) => pattern.test(folded))?.frame;
  if (framed) return framed;
  // "she turns 20 soon, will ccs quit covering her": the program stopping for a child whose age is given.
  if (said.age !== undefined && STOPS_FOR_SOMEONE.test(folded)) return 'age-limit';
  const { condition } = said;
  return condition !== undefined && new RegExp(` ${MEANS.conditionAsked} `).test(folded) ? 'condition' : undefined;
}
