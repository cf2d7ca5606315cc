import { terms, termsIn } from './crisisVocabulary';
import type { CrisisConcept } from './schema';

/**
 * The crisis rules and the figures of speech read out of a sentence before them (withoutFiguresOfSpeech in crisisLexicon.ts),
 * composed from content/crisis-vocabulary.json. Data only: the build evaluates this module and ships its values as literals
 * (build/esbuildPlugins.cjs CRISIS_DATA_MODULES), so a cold start does not compose them.
 */

/**
 * How a crisis rule reads: cues in English and Spanish, matched per sentence against `normalizeText` output
 * (lowercase, no accents, no apostrophes: "cant", "hes", "nino", "dano").
 *
 * How context (crisisContext.ts) switches a rule off, never when the message also sounds URGENT
 * or tells a harm with a recent time (RECENT_HARM: "20 min ago", "hace rato"), which counts as urgent:
 * - `contextual` rules use words that also appear in questions about programs ("overdose",
 *   "suicide", "unconscious"): off in an INFORMATIONAL message or a NOT_CURRENT sentence.
 * - other medical and poisoning rules describe an event ("is not breathing"): off only in a
 *   NOT_CURRENT sentence, because a seizure at birth or last year is over.
 * - other behavioral rules are explicit intent or ideation ("wants to kill himself"): never off,
 *   because "sometimes I want to die" or "last week he said he'd kill us" still calls for 988.
 * - `byAPerson` rules (another person harming or threatening a child) are medical, 911 first, but
 *   read as explicit intent is: a harm told in the past with a threat to do it again still counts.
 */

export type CrisisKind = 'medical' | 'poisoning' | 'behavioral';

export interface CrisisRule {
  kind: CrisisKind;
  pattern: RegExp;
  contextual?: boolean;
  /** Tested on the whole message (its parts may sit in different sentences); otherwise per sentence. */
  wholeMessage?: boolean;
  /** A figure of speech that looks like the rule ("the wait is going to kill me"). */
  unless?: RegExp;
  /** Only when nothing else matched: a swallowed coin that chokes is a 911 call, not Poison Control; a found gun with a threat is a behavioral crisis. */
  weak?: boolean;
  /** Only right after the bot answered a crisis of this kind: "si los dos" is a poisoning after one, an intake answer otherwise. */
  afterCrisis?: CrisisKind;
  /**
   * A harm or threat by a person, read as explicit self-harm words are whatever its kind: the whole sentence, and off only in a
   * past the writer says is over ("he hit her and says hes gonna do it again" is a danger now, told in the past).
   */
  byAPerson?: boolean;
}

/** One regex from alternatives, so long lists stay readable. */
const anyOf = (...alternatives: (RegExp | string)[]) => new RegExp(alternatives.map((a) => (typeof a === 'string' ? a : a.source)).join('|'));
/** A sentence that contains every part, in any order ("pills" ... "ate some"). */
const allOf = (...parts: string[]) => new RegExp(`^${parts.map((p) => `(?=.*(?:${p}))`).join('')}`);
/** `first`, then up to `gap` words, then `second` ("the boyfriend [has been] hitting"). */
const near = (first: string, second: string, gap: number) => `(?:${first})(?: \\w+){0,${gap}} (?:${second})`;

// Swallowing any of these is a poisoning (content/crisis-vocabulary.json has the words).
// "any X cleaner", "roach spray", "ant bait": a product named by what it is for.
const PRODUCT_BY_USE =
  // Drying beads named by their shape: "las bolitas esas de gel que vienen en la caja de los zapatos", "the gel beads in the packet".
  '\\bbolitas? (?:\\w+ )?de (?:gel|silica|hidrogel)\\b|\\b(?:gel|silica) (?:beads?|balls?|packets?|pellets?)\\b|' +
  // A tablet named by where it sits: "la pastilla azul del tanque del baño", "a toilet bowl tablet", "the pool puck"; what fills a
  // radiator ("el líquido verde del radiador").
  '\\b(?:liquido|fluido|agua)(?: \\w+)? (?:del|de|para el) (?:radiador|anticongelante)\\b|\\bradiator (?:fluid|water|coolant)\\b|\\bcoolant\\b|\\banticongelante\\b|\\bpastillas? (?:\\w+ )?(?:del|de la|para el|para la) (?:tanque|inodoro|bano|escusado|excusado|taza|alberca|piscina|lavavajillas|lavaplatos)\\b|\\b(?:toilet|tank|bowl|pool|dishwasher|denture)(?: bowl| cleaner| cleaning)? (?:tablets?|tabs?|pucks?)\\b|\\b\\w+ (?:killer|poison|bait|spray|cleaner|remover|detergent|soap|trap|pods?|polish|rinse|fuel)s?\\b|\\b(?:veneno|limpiador|quita\\w+|mata ?\\w+s) (?:de|del|para)\\b|\\bliquido (?:de|del|para) (?!(?:la |el )?(?:rehidrat\\w*|suero|agua|leche|jugo))';
// Any oil that is not food, concentrated: essential oils, lamp oil, baby oil ("tea tree oil", "aceite de eucalipto").
const NOT_A_NAME = '(?:the|a|an|some|of|his|her|my|their|our|this|that|more|much|little)';
const OIL = `\\b(?!${terms('foodOil')}|${NOT_A_NAME}\\b)\\w+ oils?\\b|\\baceites? (?:de |del |de la |para |para el |para la )(?!${terms('foodOil')})\\w+|\\baceites? (?:esencial|aromatic)\\w*`;
// A fuel or oil named by what burns or runs on it, with or without an article: "el aceite de la lámpara", "the oil for the lantern",
// "fuel for the mower", "el líquido de la antorcha". With the listed fuels, the class that is breathed into the lungs.
const FUEL_BY_USE =
  '\\b(?:oil|fuel|fluid|gas|aceite|combustible|liquido|gasolina|petroleo)\\b(?: \\w+){0,2} (?:de|del|de la|para|para el|para la|for|for the|in the|from the|of the) (?:\\w+ )?(?:lamps?|lamparas?|lanterns?|linternas?|quinques?|torch\\w*|antorchas?|tiki|mowers?|podadoras?|motors?|engines?|chainsaws?|motosierras?|lighters?|encendedor\\w*|boats?|lanchas?|motorcycles?)\\b|\\b(?:lamp|lantern|torch|tiki|mower|engine|lighter|chainsaw|boat|outboard|motorcycle)s? (?:oil|fuel|fluid|gas)\\b';
const HYDROCARBON = `${terms('hydrocarbon')}|${FUEL_BY_USE}`;
const HAZARD = `${terms('householdProduct', 'plant', 'drug', 'swallowedObject')}|${PRODUCT_BY_USE}|${OIL}|${FUEL_BY_USE}`;
const ALCOHOL = terms('alcohol');
const MEDICINE = terms('medicine');
// "had" is an ingest verb before an amount: "she had like half a bottle of benadryl".
// "Se acaba de tomar", "acaba de tragarse": just swallowed, told with the infinitive.
// Through a feeding tube is swallowed too: "about 60ml went in through the pump", "i pushed his keppra AND his dads pill thru it",
// "se lo pasé por la sonda".
const THROUGH_A_TUBE =
  '\\b(?:through|thru|via|down|por) (?:the |his |her |their |its |la |el |su )?(?:g ?tube|j ?tube|gj ?tube|ng ?tube|feeding tube|peg|tube|button|mic ?key|mickey|pump|sonda|boton|tubo|bomba)\\b|\\b(?:pushed|put|gave|ran|flushed|fed)(?: \\w+){0,8} (?:thru|through) it\\b';
const INGEST = `${terms('ingest')}|${THROUGH_A_TUBE}|\\b(?:acaba|acabo|acaban|acababa|acabamos) de (?:tomar|beber|comer|tragar|chupar|lamer|morder|masticar)(?:se|selo|sela|selos|selas)?\\b|(?<!it )\\btook\\b|\\btaken\\b|\\b(?:did|took|had) (?:like |about )?(?:a|one|two|2) (?:big |huge |little |small |whole )?(?:sips?|swigs?|gulps?|chugs?|swallows?|mouthfuls?)\\b|\\bhad (?:like |about |maybe |almost )?(?:half|a whole|the whole|a bunch|a lot|a few|several|most of|all of|\\d+)\\b`;
const AMOUNT = `${terms('ingestAmount')}|\\b(?:like|maybe|about|around|como|unas?|unos|casi) \\d+|\\b\\d{2,}\\b|\\b\\d+ of\\b`;
const RELATIVE = termsIn('otherPerson', 'es');
// Medicines are swallowed every day: only an amount or someone else's medicine makes it a poisoning.
const OWNER_MEDICINE = `${termsIn('otherPerson', 'en')}(?: \\w+){0,2} ${MEDICINE}|\\b(?:de )?(?:mi|mis|su|la|el) ${RELATIVE}(?: \\w+){0,2} ${MEDICINE}|${MEDICINE}(?: \\w+){0,4} (?:de|del) (?:(?:mi|mis|su|sus|tu|la|el|los|las|nuestra|nuestro|una|un) )?${RELATIVE}`;
// Grooming: an adult, contact with the child, and a meeting, pictures or a secret asked for.
const ADULT_CONTACT = `${terms('harmer')}|\\b(?:grown|adult|older|19|20|21|grande|mayor|adulto)\\b`;
const CONTACTING =
  '\\b(?:messag\\w*|texting|texted|dm\\w*|chatting|snapchat\\w*|talking to|asking|telling|sending|sent|mandando|mando|manda|escribiendo|escribe|pidiendo|pide|diciendo|dice|hablando con|chateando con)';
const YOUNG_ONE = `(?:${terms('child')}|(?:my|our|mi|su) \\d+ ?(?:year old|yr old|yo|y o|anos)|(?:my|mi) (?:teen|teenager|preteen|adolescente))\\b`;
const GROOMING_ASK =
  '\\b(?:meet (?:him|her|them|up)|to meet|send (?:him |her )?(?:pics|pictures|photos|nudes)|(?:asking|asks|asked) (?:her |him )?for (?:pics|pictures|photos)|pidiendo\\w* fotos|pide fotos|nudes?|naked|keep (?:it )?(?:a )?secret|dont tell|verse con el|verla|verlo|encontrarse|mandar(?:le)? fotos|fotos desnud\\w*|que no (?:le |me )?diga)\\b';
// A goodbye said as if for the last time: "said bye to the dog like forever", "se despidió de su perro como para siempre".
const GOODBYE_FOREVER =
  '\\b(?:said|saying|says|say|told|telling|texted|texting) (?:\\w+ ){0,2}(?:bye|goodbye|good bye|goodbyes)\\b(?: \\w+){0,6} (?:like |as if |almost )?(?:forever|for good|for the last time|like (?:it was|its|it is|he was|she was) (?:the last time|never coming back))\\b|\\bse (?:despidio|despide|esta despidiendo)\\b(?: \\w+){0,6} (?:como )?(?:para siempre|por ultima vez|como si fuera la ultima vez|como si no (?:fuera|fueramos) a (?:volver|vernos))\\b';
// A goodbye sent, then silence or a locked door: "texted her friend goodbye and locked herself in the bathroom, not answering".
const FAREWELL_SENT =
  '\\b(?:texted|texting|said|posted|wrote|sent|left|told) (?:\\w+ ){0,3}(?:goodbye|good bye|bye|goodbyes)\\b|\\b(?:se despidio|se esta despidiendo|escribio adios|mando (?:un )?adios|puso adios)\\b';
const SILENCE_AFTER =
  '\\b(?:not answering|isnt answering|wont answer|not picking up|wont pick up|phone (?:is )?off|cant reach|locked (?:himself|herself|themselves) in|left the house|car is gone|no contesta|no responde|no (?:me )?(?:contesta|responde)|apago (?:el|su) (?:telefono|celular)|se encerro|se fue de la casa)\\b(?! (?:my|our|the|any|mis|los|las|el) (?:calls?|emails?|texts?|messages?|phone|llamadas|mensajes|correos))';
// Giving one's own things away: "gave away his xbox", "giving her stuff away", "regaló su celular".
const GIVES_THINGS_AWAY =
  '\\b(?:gave|give|gives|giving|given) (?:away )?(?:all (?:of )?)?(?:his|her|their) (?:\\w+ ){0,3}?(?:away\\b|\\w+ to (?:his|her|their) (?:friends?|brother|sister|cousin))|\\b(?:gave|give|gives|giving|given) away (?:all (?:of )?)?(?:his|her|their)\\b|\\b(?:regalo|regalando|regala|regalado|regalar) (?:todas |todos )?(?:sus|su) \\w+';
// A medicine mixed up with another: the wrong syringe, bottle or dose, "the X not the Y", "instead of", "la jeringa equivocada".
const WRONG_MEDICINE =
  '\\binstead of\\b|\\ben (?:vez|lugar) de\\b|\\bwrong (?:\\w+ ){0,2}(?:syringes?|bottles?|vials?|cups?|meds?|medicines?|medications?|pills?|doses?|tablets?|patch|inhaler|liquid)\\b|\\b(?:it|that|this) was (?:the|his|her|my) (?:\\w+ ){1,3}(?:not|instead of) (?:the|his|her|my)\\b|\\b(?:mixed up|mix up|switched|swapped|confused) (?:\\w+ ){0,2}(?:syringes|meds|medicines|medications|bottles|doses|pills)\\b|\\b(?:jeringa|medicina|medicamento|frasco|botella|dosis|pastilla)s? equivocad[oa]s?\\b|\\b(?:me equivoque|se equivoco|nos equivocamos) de (?:jeringa|medicina|medicamento|frasco|botella|dosis|pastilla)\\b|\\bconfund\\w* (?:las|los) (?:jeringas|medicinas|medicamentos|frascos|pastillas)\\b|\\b(?:era|fue) (?:el|la) (?:\\w+ ){1,3}(?:y no|en vez de|en lugar de|no) (?:el|la)\\b';
// How a medicine gets in: a syringe, a feeding tube, a port or a line, or the words for a dose.
const GIVEN_BY =
  '\\b(?:syringes?|g ?tube|gtube|ng ?tube|j ?tube|gj ?tube|feeding tube|tube|button|mic ?key|port|picc|line|jeringas?|sonda|boton|gastrostomia|meds?|medicines?|medications?|doses?|dosis|medicinas?|medicamentos?)\\b';
// A medicine mixed up but caught before any was given: "the pharmacy sent the wrong meds, we didnt give it".
const NOT_GIVEN =
  '\\bcaught it\\b|\\bbefore (?:giving|we gave|i gave|she gave|he gave)\\b|\\b(?:didnt|did not|never|havent|have not|hasnt|has not) (?:give|given|gave)\\b|\\bno (?:se )?(?:lo|la|le) (?:di|dimos|he dado|hemos dado)\\b|\\bantes de (?:darsel\\w*|darle)\\b';
// Food given for food: "we gave him almond milk instead of formula".
const FOOD_SWAP = '\\b(?:milk|formula|juice|water|food|snack|cereal|pedialyte|leche|jugo|agua|comida)s? (?:instead of|en vez de|en lugar de)\\b';
// Someone gave it, or the child got or took it: a wrong syringe in a supply order is no poisoning.
const GAVE =
  '\\b(?:gave|give|given|giving|pushed|push|put|flushed|drew up|ran|got|took|grabbed|used|dosed|administered|le di|le dio|le dimos|le dieron|le puse|le puso|le pase|le paso|le meti|le metio|se tomo|se lo tomo|se la tomo|tomo|recibio|agarre|agarro|use|uso)\\b';
// A count given as an answer: "sí las dos", "yes 2 of them", "both".
const ANSWER_WITH_COUNT =
  '^(?:(?:si|yes|yeah|yep|yup|ya) )?(?:(?:las|los|all|todas|todos) )?(?:both|two|three|dos|tres|cuatro|\\d+)\\b(?! (?:appointments?|citas?|days?|dias|weeks?|semanas|times|veces))';
// Nothing but a count, as the whole message: "si los dos", "yes 2 of them", "yes both", "sí, tres". What it counts is in the turn before.
export const BARE_COUNT_ANSWER =
  /^(?:(?:si|yes|yeah|yep|yup|ya) )?(?:(?:las|los|all|todas|todos) )?(?:both|ambos|ambas|two|three|four|dos|tres|cuatro|\d+)(?: (?:of them|de ellos|de ellas))?$/;
// Pills named by the container they came from ("las del frasco blanco", "the little white ones from the orange bottle").
const PILLS_BY_CONTAINER = `\\b(?:las|los|unas|unos|the(?: \\w+){0,2} ones)(?: \\w+){0,2} (?:del|de la|de los|de las|de su|de mi|from|out of|in)(?: \\w+){0,3} (?:${terms('medicineSource')}|frasc\\w*|botes?|botecito|botellas?|cajitas?|bottles?|containers?|pill ?box|blister)\\b`;
// A count said roughly, as one guesses how many were taken: "como 6", "like 5 of them", "unas 4"; not an amount with its unit.
const ROUGH_COUNT =
  '\\b(?:como|like|maybe|about|around|unas|unos|casi|almost|at least|al menos|por lo menos)(?: \\w+)? (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\\b(?! ?(?:ml|mls|mg|cc|units|unidades|times|veces|hours|horas|days|dias|weeks|semanas|months|meses|years|anos|am|pm)\\b)';
const FOR_WHAT =
  '(?:diabetes|presion|corazon|azucar|ansiedad|dormir|dolor|tiroides|colesterol|depresion|convulsiones|blood pressure|heart|sugar|sleep|pain|anxiety|thyroid|cholesterol|seizure)';
const MEDICINE_BY_USE_OF_ANOTHER = `\\b(?:las|los|unas|unos)(?: \\w+)? (?:de|para) (?:la |el |los |las )?${FOR_WHAT}(?: \\w+){0,2} (?:de|del) (?:mi|su|la|el|tu) ${RELATIVE}|${termsIn('otherPerson', 'en')}(?: \\w+)? ${FOR_WHAT} (?:ones|pills|meds|tablets)\\b`;
// An adult's medicine, told as theirs: "grandpa dropped his pills".
const ADULT_OWNS = `${terms('harmer')}(?: \\w+){0,4} (?:his|her|their) (?:\\w+ )?${MEDICINE}`;
// Not the child's own: "a pill that wasnt hers", "una pastilla que no es suya".
const NOT_OWN =
  '\\b(?:wasnt|isnt|not|werent|arent) (?:his|hers|theirs|for (?:him|her|them)|prescribed (?:to|for) (?:him|her|them))\\b|\\bno (?:es|era|son|eran) (?:suy[oa]s?|de (?:el|ella)|para (?:el|ella))\\b|\\bque no (?:le|les) (?:toca\\w*|recetaron)\\b';
// A pill found or not known may be anyone's medicine or a drug ("found out" is not finding one).
const UNKNOWN_MEDICINE = `(?:${terms('foundMedicine')})(?! out)`;
const GOT_INTO =
  '\\b(?:got into|gotten into|getting into|playing with|jugando con|got (?:a ?)?hold of|found (?:him|her|them|my \\w+|\\w+) with|agarro|se metio (?:en|a)|encontre a (?:mi|la|el) \\w+ con|(?:encontre|encontramos|halle|hallamos) al \\w+ con|got (?:the |a )?(?:\\w+ )?(?:cap|lid|top) off|got (?:it|the \\w+|a \\w+) open|opened (?:the|a|his|her|my) (?:\\w+ )?(?:bottle|container|package|pack|box)|abrio (?:el|la) (?:\\w+ )?(?:frasco|bote|botella|tapa|caja)|destapo)\\b';
const SOMETHING = '\\b(?:something|some of it|one of those|one of them|algo|de eso|una de esas)\\b';
// A provider's "tonic-clonic activity >5 min" reaches the rules as "activity 5 min" (normalizeText drops the sign).
const SEIZURE_DURATION =
  '\\b(?:for|over|more than|longer than|going|ongoing|lasting|lasted|been|lleva|llevamos|mas de|ya van|hace) (?:like |about |almost |over |nearly |casi |como )?\\d+ ?(?:min|mins|minute|minutes|minuto|minutos)\\b|\\b\\d+ ?(?:min|mins|minutes|minutos) (?:now|already|ya|and)\\b|\\b(?:activity|seizure|seizing|clonic|gtcs?|convulsion|convulsiones|convulsionando) \\d+ ?(?:min|mins|minutes|minutos)\\b(?! ago)';
const STIFF_NECK =
  '\\bneck (?:is |feels |looks )?(?:\\w+ )?(?:stiff|rigid|tieso|rigido)\\b|\\bstiff (?:\\w+ )?neck\\b|\\bcuello (?:\\w+ ){0,2}(?:tieso|rigido|duro)\\b';
// Under three months old, in numbers: "3 weeks old", "de 3 semanas", "6 wk".
// A fever told only as a reading, after normalizeText turned "100.8" into "100 8": 100.4-105.9 F or 38.0-41.9 C.
const TEMPERATURE_READING = '\\b(?:100 [4-9]|10[1-5] \\d|3[89] \\d|4[01] \\d)\\b|\\b(?:10[0-5]|3[89]|4[01])(?: \\d)? ?(?:rectal|degrees|grados|f|c)\\b';
// A bare reading said of the child: "hes 102", "esta en 39", "tiene 40".
const FEVER_NUMBER = '\\b(?:hes|shes|is|at|esta en|tiene|de) (?:10[0-5]|3[89]|40)\\b';
const INFANT_AGE =
  '\\b(?:[1-9]|1[0-2]|one|two|three|four|five|six) ?(?:weeks?|wks?|semanas?)\\b|\\b(?:[12]|one|two) ?(?:months?|mos?) old\\b|\\bde (?:[12]|un|dos) mes(?:es)?\\b';
// Not responding, unless it is an office or a person not answering messages.
const NOT_RESPONDING =
  '(?<!(?:office|county|worker|manager|they|clinic|insurance|school|doctor|nurse|staff|agency|anyone|nobody|email|phone|website|app|portal|dr) )\\b(?:isnt|is not|wasnt|not|stopped|wont|doesnt|no longer|barely) (?:respond\\w*|reacting|waking)\\b(?! to (?:my|our|the|any|emails?|calls?|texts?|messages?|voicemails?))';
// The child as the one hurt, not a body part of the adult ("hurt her back" is not abuse).
const CHILD_TARGET = `(?:\\w+ )?(?:${terms('child')})(?! (?:back|knee|ankle|leg|arm|foot|hand|wrist|neck|shoulder|head|feelings|out|up|off))`;
const SELF = '(?:my|him|her|them|your|our)sel(?:f|ves)';
// Signs of a child in distress as a provider or a formal writer puts them: "sweaty, grunting and mottled", "his color is poor".
const DISTRESS_SIGN =
  '\\b(?:grunting|mottled|mottling|retractions|retracting|sweaty|dusky|lethargic|letargic[oa]|moteado|moteada|quejandose|jadeando|apneas?|(?:poor|grey|gray|bad|ashen) colou?r|colou?r (?:is |looks |seems )?(?:\\w+ )?(?:poor|grey|gray|dusky|ashen|off|bad))\\b';
const OXYGEN_RAN_OUT =
  '\\b(?:oxygen|oxigeno|o2|tank|tanque)\\b(?: \\w+){0,3} (?:ran out|run out|is empty|went empty|se acabo|se termino|se vacio|esta vacio)\\b|\\b(?:ran out of|out of|se nos acabo el|se le acabo el|no hay|sin) (?:oxygen|oxigeno|o2)\\b';
const CIRCUIT_OFF =
  '\\b(?:circuit|vent|trach|traqueo\\w*|tubing|manguera)\\b(?: \\w+){0,2} (?:disconnect\\w*|came off|came out|fell out|popped off|se salio|se desconecto|se zafo)\\b|\\b(?:accidental )?decannulat\\w*';
const OXYGEN_WANTING = `${DISTRESS_SIGN}|\\b(?:gris|gray|grey|blue|azul\\w*|morad\\w*|pale|palid\\w*|weak (?:resp|breath)\\w*|breathing (?:so |really |super )?(?:fast|hard)|respira (?:super |muy )?(?:rapido|agitad\\w*)|cant breathe|no puede respirar)\\b`;
// A ventilator, monitor or pulse oximeter sounding: "ventilator alarm keeps sounding", "la alarma del monitor".
const DEVICE_ALARM =
  '\\b(?:vent|ventilator|ventilador|monitor|pulse ox\\w*|oximeter|oximetro)\\b(?: \\w+){0,3} (?:alarm\\w*|going off|beeping|sounding|sonando|suena|pitando)\\b|\\balarma (?:del|de la) (?:ventilador|monitor|oximetro)\\b';
// A child telling an adult what happened: "she confided", "he disclosed", "told me", "me confió", "nos contó".
const DISCLOSED =
  '\\b(?:confided|confides|disclosed|discloses|disclosure|told (?:me|us|her (?:mom|mother|teacher|counselor)|his (?:mom|mother|teacher|counselor)|the (?:teacher|counselor|nurse))|opened up|(?:me|nos|le|les) (?:confio|conto|dijo|revelo|platico))\\b';
// Spanish harm told as ongoing, with its helper verb: "la ha estado tocando", "lo sigue golpeando".
const HARMING_ONGOING_ES =
  '\\b(?:la|lo|los|las) (?:ha estado|han estado|habia estado|esta|estan|sigue|siguen|anda|andan) (?:toca\\w*|manose\\w*|pega\\w*|golpea\\w*|maltrat\\w*|lastim\\w*|amenaz\\w*)\\b';
// Someone not of the family, and a child coaxed toward a vehicle: "some guy in a truck tried to get my 8 yr old to get in".
const STRANGER =
  '\\b(?:some ?(?:guy|man|one|body|lady|woman|dude)|a (?:man|guy|lady|woman|stranger|dude)|strangers?|un (?:senor|hombre|desconocido|extrano|tipo|muchacho)|una (?:senora|mujer|desconocida)|alguien|unos (?:senores|hombres|tipos))\\b';
const LURE =
  '\\b(?:tried|trying|try|tries|kept trying) to (?:get|make|lure|coax|talk|convince|pull|drag|push|put) (?:\\w+ ){1,4}?(?:to get in|get in|into|in (?:his|her|their|the|a) (?:car|truck|van|suv))\\b|\\blur\\w* (?:\\w+ ){1,3}?(?:into|to (?:get|come))\\b|\\b(?:trato|intento|quiso|queria|quiere) (?:de )?(?:llevarse|subir|meter|jalar) a (?:mi|mis|nuestr\\w*|la|el|los)\\b|\\bque (?:\\w+ ){0,2}se (?:subiera|suba|metiera) (?:a|en) (?:su|la|el|una) (?:carro|camioneta|troca|coche|van|auto)\\b';
// An adult who will be waiting for a child at school, told from the messages: "un hombre adulto que la va a esperar hoy afuera de la
// escuela", "a grown man says he'll be waiting outside her school". Not a parent picking a child up: the adult is a man not named as kin.
const UNKNOWN_ADULT =
  '\\b(?:(?:un|el) (?:hombre|senor|tipo|muchacho)(?: (?:adulto|mayor|grande))?|(?:a|an|some|the) (?:grown |adult |older )?(?:man|guy|dude)|(?:grown|adult|older) (?:man|guy)|adulto)\\b';
const MESSAGES = '\\b(?:messag\\w*|mensaje\\w*|texts?|texting|texted|dms?|chat\\w*|snap\\w*|escribe|escribiendo|le escribio)\\b';
const WAITS_AT_SCHOOL =
  '\\b(?:(?:la|lo) (?:va|iba|van) a esperar|(?:la|lo) espera|wait\\w* for (?:her|him)|be waiting|will wait)\\b(?: \\w+){0,3} (?:afuera|fuera|a la salida|outside|after|at|by)(?: de)? (?:la |su |her |his |the )?(?:escuela|secundaria|prepa|school)\\b';
// A harm done and a threat to do it again, by an adult: "moms boyfriend hit my little sister and says hes gonna do it again when he gets back".
const HARM_DONE = '\\b(?:hit|hits|punched|slapped|kicked|beat|choked|hurt|shoved|threw)\\b';
const DO_IT_AGAIN =
  '\\b(?:gonna|going to|will|ll|hell|shell|hes going to|shes going to) (?:do it|do that|hit (?:her|him|them|us|me)|hurt (?:her|him|them|us|me)|beat (?:her|him|them|us|me)|do (?:it|that) to (?:her|him|them|us|me))\\b(?: \\w+){0,2} again\\b';
// A plan made, leaving said for dying: "ya tengo todo listo para irme", "i have it all planned, im ready to go for good"; not a trip
// ("para irme a la cita", "ready to go for his surgery").
const PLANNED_TO_GO =
  '\\bya (?:lo )?tengo todo (?:listo|planeado|preparado|decidido) para irme\\b(?! (?:a|al|de viaje|con|para|manana|temprano|en)\\b)|\\bready to go for good\\b|\\b(?:have|got) (?:it all|everything) (?:planned|ready)\\b(?: \\w+){0,3} to go (?:for good|forever)\\b';
// Looking a thing up, by any means: "googled", "searched up", "asked ChatGPT", "buscó en internet".
const RESEARCHED =
  '\\b(?:googl\\w*|searched|searching|search(?:ed|es)? up|looked up|looking up|looks up|look up|researched|researching|asked (?:siri|alexa|google|chatgpt|chat gpt|ai|the ai)|asking (?:siri|alexa|google|chatgpt|ai)|busco|buscando|busca|googleo|googleando|investigo|investigando|le pregunto a (?:siri|alexa|google|chatgpt))\\b';
const PERSON = '(?:me|us|you|him|her|them|someone|somebody|people|everyone|everybody|his|my|our)';
// Where a child can be struck or fall: traffic, tracks, a height.
const TRAFFIC =
  '(?:freeway|highway|interstate|traffic|road|street|lanes?|intersection|cars|trucks|train tracks|tracks|railroad|autopista|carretera|calle|avenida|carros|coches|trocas|camiones|trafico|vias(?: del tren)?)';
const DROP = '(?:roof|rooftop|bridge|overpass|ledge|railing|balcony|cliff|parking garage|techo|azotea|puente|barandal|balcon|barranco)';
const DROP_OR_TRAFFIC = `(?:${TRAFFIC}|${DROP})`;
// Going or being there: "ran out toward the freeway", "walked into traffic", "climbed onto the roof", "se salió corriendo a la carretera".
const SELF_AT_A_DROP_OR_TRAFFIC = near(
  '\\b(?:ran|runs|running|run|walked|walks|walking|went|stepped|stepping|darted|bolted|climbed|climbing|standing|stood|sitting|sat|lying|laying|is|hes|shes|im|i am|estoy|se salio|salio|se metio|se fue|corrio|corriendo|se subio|subio|esta|parad[oa]|sentad[oa]|acostad[oa]|se acosto)',
  `(?:the |a |la |el |las |los )?${DROP_OR_TRAFFIC}\\b`,
  4,
);
// With a purpose or a refusal: to get hit, on purpose, to jump, won't come down or move; or a last word said from there, an
// apology sent to a parent or a wish to die ("tell my mom im sorry", "would rather die than go back", "dile a mi mamá que lo siento").
const PURPOSE_OR_REFUSAL =
  '\\b(?:tell|tel|telling|tellin) (?:my |his |her |mi )?(?:mom|mother|dad|father|mama|papa|parents|family|everyone|everybody)(?: \\w+){0,2} (?:im|i am|hes|shes|he is|she is|i was) sorry\\b|\\b(?:dile|diganle|digale|dales) (?:a )?(?:mi |su )?(?:mama|papa|familia|todos)(?: \\w+){0,2} que (?:lo siento|perdon|me perdone|los quiero|la quiero|lo quiero)\\b|\\b(?:sorry|perdon|perdoname|perdonenme) (?:for|por) (?:everything|todo)\\b|\\b(?:would|d|id|hed|shed) rather (?:be )?(?:die|dead)\\b|\\bprefiere?o? (?:morir|morirse|estar muert[oa])\\b|\\b(?:trying|tried|tries|wants?|wanted|going) to (?:get|be) (?:hit|run over|struck)\\b|\\bon purpose\\b|\\ba proposito\\b|\\b(?:wont|will not|refuses to) (?:come|get|step|move)(?: (?:down|off|back|away|out))?\\b|\\b(?:wont|will not) move\\b|\\b(?:says|said|saying|threaten\\w*|wants? to|going to|about to|shell|hell|she will|he will) jump\\b|\\bno se (?:quiere|va a) (?:quitar|bajar|mover|salir)\\b|\\bse (?:quiere|va a) (?:lanzar|tirar|aventar|echar)\\b|\\b(?:quiere|va a) (?:lanzarse|tirarse|aventarse|echarse)\\b|\\bque (?:lo|la) (?:atropellen|atropelle|golpee|pise)\\b';
const LIES_DOWN_IN_TRAFFIC = `\\b(?:lay|laid|lying|laying|lies|lie) (?:down )?(?:in|on|across) (?:the |a )?${TRAFFIC}\\b|\\b(?:se acosto|se echo|acostad[oa]|tirad[oa]) (?:en|sobre) (?:la |el |las |los )?${TRAFFIC}\\b`;
// A wish to be struck by a vehicle: "trying to get hit by a truck", "se quiere aventar a los carros".
const WANTS_TO_BE_STRUCK =
  '\\b(?:trying|tried|tries|wants?|wanted|going) to (?:get|be) (?:hit|run over|struck) by (?:a |the )?(?:car|truck|bus|train|cars|trucks)\\b|\\b(?:aventarse|tirarse|lanzarse|echarse|aventar|tirar|lanzar|echar) (?:a|al|enfrente de|frente a|delante de) (?:los |el |un )?(?:carros|coches|camiones|trocas|tren|trafico|carro|coche|camion)\\b';

const BREATHING_HARD =
  '\\b(?:wheezing|cant breathe|can not breathe|struggling to breathe|breathing (?:so |really |very )?(?:hard|fast|bad)|le silba (?:el pecho|al respirar)|silbando|no puede respirar|le cuesta (?:mucho )?respirar|respira (?:muy |bien |super )?(?:rapido|agitad[oa]))\\b';
const ASTHMA_RESCUE = '\\b(?:inhaler|albuterol|neb|nebulizer|breathing treatment|puffer|inhalador|nebulizador|nebulizacion|salbutamol)\\b';
const RESCUE_NOT_HELPING =
  '(?:isnt|is not|not|wont|didnt|hasnt|aint) (?:doing anything|doing nothing|working|helping|help|work)\\b|\\bno (?:relief|improvement|response)\\b|\\by nada\\b|\\bno (?:le )?(?:hace|ha hecho|hizo) nada\\b|\\bno (?:le )?(?:funciona|funciono|sirve|sirvio|ayuda|ayudo)\\b';
// A clinician's "2-word sentences", "tripoding".
const TOO_BREATHLESS_TO_TALK =
  '\\b(?:cant|can not|cannot|unable to|barely) (?:talk|speak|say a word|finish a sentence)\\b|\\bno puede (?:ni )?hablar\\b|\\b(?:1|2|one|two|single|few) word (?:sentences|phrases|answers)\\b|\\btripod\\w*';
// One pupil bigger than the other, after a fall or not: "now one pupil looks bigger", "una pupila se ve más grande".
const UNEQUAL_PUPILS =
  '\\bone (?:of (?:his|her|their) )?pupils? (?:\\w+ ){0,2}(?:bigger|larger|smaller|dilated|blown)\\b|\\bpupils? (?:are |is |look |looks )?(?:different sizes?|uneven|unequal|not the same size)\\b|\\buna (?:de (?:sus|las) )?pupilas? (?:\\w+ ){0,2}(?:mas grande|mas chica|mas pequena|dilatada)\\b|\\bpupilas? (?:de (?:diferente|distinto) tamano|desiguales|disparejas)\\b';

const INTENT =
  '(?:going to|want to|wants to|trying to|tried to|will|threaten(?:s|ed|ing)? to|(?:says|said) (?:hes|shes|he|she)(?: is| was)? (?:going to|will|would|gonna))';
// Water a child can go under ("pulled him out of the pool", "lo sacamos de la alberca").
const WATER_PLACE = terms('waterPlace');
const IN_WATER = `(?:the |a |our |his |her |el |la |los |las |del |al |de la )?(?:${WATER_PLACE}|water|agua)\\b`;
// Signs after time in water: even breathing again, a child who coughs or is not themselves needs 911.
const AFTER_WATER = `${terms('alteredMental', 'breathingDanger')}|\\b(?:cough\\w*|tos\\w*|vomit\\w*|throwing up|blue|morad\\w*|limp|aguad\\w*|not breathing|no respira\\w*|gasping|foam\\w*|espuma|face down|boca abajo|floating|flotando|hundid[oa])\\b`;
// A weapon in someone's hands, not a toy or a tool ("water gun", "pistola de agua", "gun safe").
const WEAPON = `(?<!${terms('notAWeapon')} )(?:${terms('weapon')})(?! ${terms('notAWeapon')})`;
const FIREARM = `(?<!${terms('notAWeapon')} )(?:${terms('firearm')})(?! ${terms('notAWeapon')})`;
const HOLDS =
  '\\b(?:has|had|have|got|grabbed|grabbing|took|taken|taking|pulled|pulling|holding|holds|held|with|found|finds|picked up|waving|pointing|pointed|aiming|playing with|carrying|brought|hiding|hid|bought|loaded|loading|sharpening|tiene|tenia|trae|traia|agarro|agarrando|tomo|saco|sacando|encontro|con|apuntando|apunto|jugando con|escondio|escondiendo|compro|llevo|cargando|empuno)';
// Spanish "se va a morir de hambre" and "me muero de risa" are idioms, not threats.
const NOT_IDIOM = '(?! de (?:la |el )?(?:hambre|risa|frio|calor|nervios|ganas|sueno|aburrimiento|miedo|verguenza|pena|cansancio))';
const NOT_CUTTING_SERVICES = '(?! (?:el|su|la|las|los) (?:pelo|cabello|unas|luz|llamada|linea|servicios?|horas|ayuda|seguro|beneficios))';

// Figures of speech: a thing, not a person, that "is going to kill me" ("this paperwork", "la espera",
// "lo va a matar el tráfico"); with laughter, "kill me" said of oneself ("hes going to kill me if i miss his game lol").
const SOMEONE = terms('person', 'otherPerson', 'harmer', 'child', 'youngPerson');
const THING = `(?!${SOMEONE})\\w+`;
const DETERMINER =
  '(?:this|that|these|those|the|all this|all these|all the|my|his|her|our|their|your|este|esta|estos|estas|ese|esa|esos|esas|el|la|los|las|tanto|tanta|tantos|tantas|mi|mis|su|sus|tu|tus)';
const KILLS_EN = '(?:kill|killing|be the death of) (?:me|us|him|her|them)';
const KILLS_ES = '(?:me|nos|lo|la|los|las|le|les|te) (?:(?:va|van|iba|iban) a |(?:esta|estan) )?(?:matar|matando|mata|matan)';
// Not after "how many", "how much": "how many of her insulin units would kill her" asks about a dose (a self-harm rule).
// That lookbehind follows the thing, so it runs only where a thing matched (at every position it is quadratic).
// Not after "de", "en": "las hojas de la mata" is a plant (Central American "mata"), not "it kills her".
export const THING_KILLS = new RegExp(
  `(?:\\b${DETERMINER} |^)${THING}(?<!\\b(?:how many|how much|cuant[oa]s?)\\b.*)(?: ${THING}){0,5} (?:${KILLS_EN}|(?<!\\b(?:de|del|en) )${KILLS_ES})\\b|\\b${KILLS_ES} ${DETERMINER} ${THING}`,
  'g',
);
// With laughter, a threat over a trifle is hyperbole ("gonna kill his brother for eating his pizza lol", "lo va a matar por comerse su pastel jaja").
// Never of oneself: "lol he wants to kill himself because he ate the last cookie", "se quiere matar porque..." is still 988.
export const KILLS_FOR_TRIFLE =
  /(?<!\b(?:se|me) (?:\w+ ){0,2})\b(?:kill|killing|murder|matar|matarlo|matarla|mata)(?! (?:him|her|my|them|your|our)sel)(?: \w+){0,3} (?:for|por|because|bc|cuz|cause|porque) (?:(?:he|she|they|el|ella|se|le|lo|la) )?(?:eating|taking|using|drinking|finishing|breaking|borrowing|losing|wearing|stealing|touching|reading|hiding|spoiling|ate|took|used|drank|finished|broke|borrowed|lost|wore|stole|touched|hid|comerse|comer|tomar|tomarse|agarrar|usar|romper|quitarle|ponerse|perder|esconder|comio|tomo|agarro|uso|rompio|quito|perdio|escondio)\b/g;
export const HAS_WEAPON = new RegExp(WEAPON);
// With laughter, a death foretold if something happens is hyperbole ("dice que se va a morir si le vuelven a negar la autorización
// jaja", "...cada vez que le toca la inyección jaja"); wanting to die ("se quiere morir si...") is still read.
export const DIES_IF = /\b(?:se|me) (?:va|voy) a morir (?:si|cada vez que|cuando)\b/g;
export const KILLS_ME =
  /\b(?:(?:is |are )?(?:going to|will|about to|wants to) )?kill(?:ing)? (?:me|us)\b|\b(?:me|nos) (?:(?:va|van|iba|iban|quiere|quieren) a |(?:esta|estan) )?(?:matar|matando|mata|matan)\b/g;

// "Overdosed on" something that is no medicine, drug or product: "he overdosed on screen time this weekend".
export const OVERDOSED_ON_A_THING = new RegExp(
  `\\b(?:overdosed|overdosing|od d|ods|od) on (?!(?:\\w+ ){0,3}?(?:${MEDICINE}|${HAZARD}|${ALCOHOL}|\\b(?:pills?|meds?|medicines?|medication|drugs?|something|tablets?|gummies)\\b))(?:\\w+ ?){1,3}`,
  'g',
);

// Given, by a person or a pump: "ran albuterol nebs back to back 6x", "mamá administró 10 ml", "la bomba le pasó el potasio".
// An inhaler's puffs repeated, as an asthma plan says to: "ya le di el inhalador dos veces y nada" is 911's, not a dose mistake.
const INHALER_REPEATED =
  '\\b(?:inhaler|inhalador|albuterol|salbutamol|neb|nebulizer|nebulizador|puffs?|disparos)\\b(?: \\w+){0,2} (?:twice|two times|dos veces|\\d+ ?(?:x|times|veces))\\b|\\b(?:twice|dos veces|\\d+ ?(?:x|times|veces))(?: \\w+){0,2} (?:el |the |his |her |su )?(?:inhaler|inhalador|albuterol|salbutamol|neb|nebulizer|nebulizador)\\b';
const DOSE_GIVEN =
  '\\b(?:gave|give|given|giving|dosed|ran|administered|pushed|infused|le di|le dio|le dimos|le dieron|le puse|le puso|le paso|le hemos dado|hemos dado|le han dado|administro|le administro|le administraron)';
// Several times the dose: "le hemos dado 5 veces más", "6x in the last hr", "10 times the dose".
const DOSE_MULTIPLE =
  '\\b(?:\\d+|two|three|four|five|ten|dos|tres|cuatro|cinco|diez) ?(?:x|times|veces) (?:more|mas|the (?:dose|amount)|la dosis|lo que)\\b|\\b\\d+ ?x in (?:the|an|one) (?:last )?(?:hr|hour|hora)\\b|\\b(?:units?|unidades|ml|mls|mg|cc) (?:not|instead of|no|en vez de) \\d';
// A day's feed or medicine in minutes: "le pasó el potasio de todo el día en 10 minutos".
const WHOLE_DAY_AT_ONCE =
  '\\b(?:todo el dia|(?:whole|entire) day|all day|del dia|days worth)\\b(?: \\w+){0,3} (?:in|en) (?:like |about |unos |como )?(?:\\d+|ten|five|diez|cinco) (?:min|mins|minutes|minutos)\\b|\\b(?:all at once|de golpe|todo de una vez)\\b';
// A magnet or a battery swallowed, however the verb is conjugated ("se acaba de tragar un iman"): never missed.
const SWALLOW_ANY_FORM =
  '\\b(?:swallow\\w*|swalled|ingest\\w*|ingiri\\w*|trag(?:o|a|an|ar|arse|arselo|arsela|ado|ada|ando|aron|ue|ara|aste)|comerse|tomarse)\\b';
const MAGNET_OR_BATTERY =
  '\\b(?:magnets?|magnet balls|magnetic balls|buckyballs|(?:button |coin |lithium |watch |remote )?batter(?:y|ies)|iman|imanes|pilas?|pila de boton|pila de reloj|pilita|baterias?)\\b';
// Two signs of the same harm, not one said twice: carbon monoxide in a family, a child badly dehydrated.
const twoOf = (concept: CrisisConcept) => `(?:${terms(concept)}).*(?:${terms(concept)})`;
const MANY_PEOPLE =
  '\\b(?:we all|all of us|everyone|everybody|the whole family|both (?:kids|of them|of us)|todos|toda la familia|los dos|las dos|nos (?:duele|sentimos))\\b';
// Boiling or hot liquid on the skin: a scald ("se jalo la olla de agua hirviendo encima").
const HOT_LIQUID =
  '\\b(?:agua|aceite|cafe|caldo|sopa|leche|te|atole|water|oil|grease|coffee|tea|soup|noodles) (?:\\w+ )?(?:hirviendo|hirviente|boiling|scalding)\\b|\\b(?:boiling|scalding|hot) (?:water|oil|grease|coffee|tea|soup|noodles)\\b|\\b(?:aceite|cafe|caldo|sopa) (?:muy )?caliente\\b';
// A hot surface or tool, and a burn deep enough to blister or peel ("grabbed the hot iron and her palm is all blistered").
const HOT_SURFACE =
  '\\b(?:hot|curling|flat|clothes) iron\\b|\\b(?:straightener|stove|stovetop|oven|grill|bbq|barbecue|radiator|fireplace|campfire|fire pit|muffler|exhaust pipe|hot pan|hot pot|kettle|plancha|estufa|horno|comal|sarten|chimenea|fogata|lumbre|asador|mofle)\\b';
const BURN_SIGN =
  '\\b(?:blister\\w*|ampolla\\w*|charred)\\b|\\bskin (?:\\w+ ){0,2}(?:peel\\w*|came off|coming off|white|black)\\b|\\bpiel (?:\\w+ ){0,2}(?:pelad\\w*|levantad\\w*|blanc\\w*|negr\\w*)|\\bse le (?:pelo|levanto|cayo) la piel\\b';
const ON_THE_SKIN =
  '\\b(?:piel|skin)\\b(?: \\w+){0,3} (?:pelad|levantad|despegad|peel|coming off|came off|bubbl|white|blanc)\\w*|\\b(?:ampoll|blister)\\w*|\\bse le (?:esta )?(?:pelando|levantando|cayendo) la piel\\b|\\bencima\\b|\\bon (?:him|her|them|himself|herself|his|her)\\b|\\ball over\\b|\\b(?:spill\\w*|derram\\w*|pulled|knocked|tipped|jalo|tiro|volteo|echo)\\b';
// An animal bite that tore the skin or bleeds; "a little blood" or a scratch is not this.
const BITES = '\\b(?:bit|bites|bitten|biting|attacked|mauled|mordio|mordido|mordida|ataco|atacado|atacada)\\b';
const ANIMAL_BITE = `${near(terms('biteAnimal'), BITES, 3)}|${near(BITES, terms('biteAnimal'), 2)}|\\b(?:bitten|mordid[oa]|atacad[oa]) (?:by|por) (?:a |an |the |un |una |el |la )?(?:\\w+ )?${terms('biteAnimal')}|\\b(?:dog|perro) bite\\b|\\bmordida de (?:un |una )?${terms('biteAnimal')}`;
const TORN_OR_BLEEDING = `${terms('bleeding')}|\\b(?:torn|ripped|gash\\w*|deep|gaping|hanging|desgarr\\w*|abiert[oa]|profund[oa]|colgando|arranc\\w*)\\b`;
// Standing or sitting on a high edge, or up high and not coming down.
const ON_AN_EDGE = `\\b(?:standing|sitting|climbed|climbing|stood|sat|hanging|leaning|perched|parad[oa]|sentad[oa]|subid[oa]|trepad[oa]|colgad[oa]|se (?:subio|trepo|paro|sento))(?: \\w+){0,3} (?:on|onto|over|off|at|up on|en|al|a la|sobre|arriba del?|encima del?)(?: \\w+){0,2} ${terms('highEdge')}`;
const WONT_COME_DOWN = `(?:${terms('highEdge')}|\\b(?:roof|rooftop|techo|azotea)\\b)(?: \\w+){0,6} (?:wont|will not|refuses to|refusing to|no (?:se )?quiere) (?:come down|get down|bajar\\w*)\\b`;

// A fuel or oily solvent with a cough: breathed into the lungs, even when nobody saw a swallow.
const COUGHS = '\\b(?:cough\\w*|gag\\w*|chok\\w*|tos|tose|tosiendo|tosio|ahogando|atragant\\w*|arcadas)\\b';
// A central line or port pulled, broken or bleeding: blood loss or air in the vein.
const CENTRAL_LINE =
  '\\b(?:central line|picc line|picc|broviac|hickman|cvc|(?:his|her|their|the|my) port|linea central|cateter central|cateter|(?:su|el) puerto)\\b';
const LINE_TROUBLE =
  '\\b(?:pulled|got pulled|pulled out|came out|fell out|ripped|yanked|broke|broken|cracked|split|bleeding|bleeds|leaking|se (?:le )?(?:salio|jalo|zafo|arranco|rompio|quebro)|sangra\\w*|rot[oa])\\b';
// A car crash with the neck or back hurt: a spine injury until shown otherwise.
const VEHICLE_CRASH =
  '\\b(?:rear ended|t boned|car (?:crash|accident|wreck)|crashed|wreck|collision|hit us|ran into us|got hit by a (?:car|truck)|(?:accidente|choque) (?:de|en) (?:carro|coche|auto|camioneta|trafico|la autopista|el freeway)|nos (?:chocaron|pegaron por (?:atras|detras))|chocamos|choco|se volco|volcadura)\\b';
const SPINE_HURT = `${near('\\b(?:neck|back|spine|cuello|espalda|columna)', '(?:hurts?|hurting|pain|sore|injur\\w*|le duele|duele|dolor)\\b', 3)}|${near('\\b(?:hurts?|hurting|pain|dolor|duele|le duele)', '(?:neck|back|spine|cuello|espalda|columna)\\b', 3)}|\\b(?:cant|cannot|no puede) (?:move|feel|mover|sentir) (?:his|her|their|las|los|sus)? ?(?:legs|arms|feet|piernas|brazos|pies)\\b`;
// Heat stroke: hot after sun or heat, with no sweat or a mind that is off.
const HEAT_EXPOSURE =
  '\\b(?:sun|heat|hot car|hot day|outside all day|in the car|sol|calor|campo|field|fields|todo el dia afuera|afuera todo el dia|al rayo del sol)\\b';
const HOT_BODY = '\\b(?:burning up|(?:very|really|so|super|bien|muy) (?:hot|caliente)|hot to the touch|skin is hot|hot and dry|ardiendo|hirviendo)\\b';
const NO_SWEAT = '\\b(?:not sweating|isnt sweating|stopped sweating|no sweat|no suda|dejo de sudar|ya no suda|no esta sudando)\\b';
const HEAT_SIGN = `${terms('alteredMental')}|\\b(?:dizzy|mareado|mareada|fainted|passed out|se desmayo|desmayad[oa]|vomit\\w*|throwing up|seiz\\w*|convuls\\w*)\\b`;

// Cutting oneself, told any way: "he's cutting himself", "says shes cutting and wont stop", "ya me corté muy hondo".
// With heavy bleeding the medical rules win (911 first), as everywhere in the set.
const SELF_CUT = `\\b(?:cut|cutting|cuts|slit|slashed|slashing) ${SELF}|\\b(?:hes|shes|is|been|keeps|started|says (?:hes|shes)) cutting\\b|\\b(?:se|me) (?:esta|estoy) cortando\\b|\\bme corte\\b(?! (?:con|el|la|un|una|mi|los|las)\\b)`;

const SHUNT = '\\b(?:shunt|valvula)\\b';
const SHUNT_FAILING = `\\b(?:vomit\\w*|throw\\w* up|threw up|headache|head hurts|sleepy|drowsy|lethargic|irritable|swollen|swelling|seiz\\w*|looking down|malfunction\\w*|fail\\w*|not working|isnt working|broke\\w*|dolor de cabeza|le duele (?:mucho )?la cabeza|dormid[oa]|somnolient[oa]|hinchad[oa]|convuls\\w*|no funciona|fall[oa]\\w*|emesis|projectile|bulging|sunset\\w*|abultad[oa]|mollera (?:hinchada|levantada|saltada))\\b|${terms('alteredMental')}`;

// The skin between or under the ribs, or at the neck, pulled in with each breath, told in lay words.
const RETRACTING =
  '\\b(?:chest|ribs?|rib cage|belly|stomach|tummy|neck|throat)(?: \\w+){0,3} (?:suck|sink|cav|pull|tug)\\w* in\\b|\\b(?:sucking|sinking|caving|pulling) in (?:under|between|at|around|below) (?:the|his|her|their) (?:ribs|neck|collarbones?)\\b|\\bse le (?:hunde|hunden|sume|sumen|mete|meten|marcan|jala|jalan)\\w* (?:las costillas|el pecho|la panza|el estomago|la pancita|el cuello|la garganta)\\b|\\b(?:las costillas|el pecho|la panza|la pancita) se le (?:hunde|hunden|sume|sumen|mete|meten)\\b';
// A child's heart in trouble: two of pale or grey, a cold sweat, chest pain ("esta bien pálido, sudando frío y le duele el pecho").
const PALE_OR_GREY = '\\b(?:pale|palid[oa]|ashen|grey|gray|gris|blanc[oa] como (?:un )?papel)\\b';
const COLD_SWEAT = '\\bcold sweats?\\b|\\bsweating cold\\b|\\bclammy\\b|\\bsud(?:ando|a|o|or|ores|ada|ado)? fri[oa]s?\\b';
const CHEST_PAIN =
  '\\bchest (?:pain|pains|hurts?|hurting|pressure|tight\\w*)\\b|\\b(?:pain|hurts?|hurting|pressure|tightness) (?:in )?(?:his|her|their|the|my) chest\\b|\\bdolor (?:de|en el) pecho\\b|\\b(?:le|me|les) duele (?:mucho )?el pecho\\b|\\b(?:el )?pecho (?:le|me) duele\\b|\\bopresion en el pecho\\b';

// An attempt told as under way, in any request around it ("can the mobile crisis team come NOW hes trying to jump out the 2nd floor
// window", "se quiere aventar por la ventana", "está intentando ahorcarse"): a method with its place or the self, not "trying to jump
// on the trampoline" or "quiere tirar la ropa por la ventana".
const TRYING = '(?:trying|tried|tries|try|attempting|attempted|attempts|keeps trying|kept trying)';
const JUMP_PLACE =
  '(?:windows?|roof|rooftop|balcony|bridge|overpass|ledge|railing|stairwell|building|deck|cliff|(?:moving )?car|ventanas?|techo|azotea|balcon|puente|barandal|segundo piso|tercer piso|escaleras?|edificio|carro|coche)';
const ATTEMPT_UNDER_WAY = anyOf(
  `\\b${TRYING} to (?:jump|leap|climb|throw (?:him|her|them|my)sel(?:f|ves)) (?:out|off|from|out of|off of|over)(?: \\w+){0,3} ${JUMP_PLACE}\\b`,
  `\\b(?:trying|attempting|keeps trying) to (?:hang|strangle|choke|suffocate|smother|drown|stab|shoot|cut|burn|poison|hurt|kill|harm|overdose) ${SELF}\\b`,
  `\\b${TRYING} to (?:run|walk|jump|get|throw (?:him|her|them)sel(?:f|ves)) (?:into|in front of|onto|out into|in) (?:the |a |oncoming )?(?:${TRAFFIC}|car|truck|bus|train)\\b`,
  `\\bse (?:quiere|quiso|esta queriendo|intenta|intento|trata de|trato de|va a|esta intentando|esta tratando de) (?:aventar|tirar|lanzar|echar)(?: \\w+){0,2} (?:por|de|desde|del|de la|al) (?:la |el )?(?:\\w+ )?${JUMP_PLACE}\\b`,
  `\\b(?:quiere|quiso|intenta|intento|intentando|trata de|trato de|tratando de|va a) (?:aventarse|tirarse|lanzarse|echarse)(?: \\w+){0,2} (?:por|de|desde|del|de la|al) (?:la |el )?(?:\\w+ )?${JUMP_PLACE}\\b`,
  '\\b(?:esta |estaba )?(?:intentando|tratando de|intento|trato de) (?:ahorcarse|colgarse|matarse|ahogarse|asfixiarse|envenenarse|apunalarse|dispararse|quemarse|cortarse las venas|cortarse (?:las|los) (?:munecas|brazos|piernas))\\b',
);
// Cutting oneself told as an act, by the part cut: "mi hija se cortó las muñecas", "se está cortando los brazos", "she cut her
// wrists", "been cutting his arms". Not an accident to one arm ("se cortó el brazo con un vidrio") or legs shaved.
const SELF_CUT_BY_PART = anyOf(
  '\\bse (?:corto|corta|cortaron|cortan|esta cortando|estan cortando|estuvo cortando|ha cortado|han cortado|ha estado cortando|sigue cortando) (?:las|los|sus) (?:munecas|brazos|piernas|venas|muslos)\\b',
  '\\bse (?:corto|corta|cortaron|esta cortando|ha cortado) (?:la|su) (?:muneca|vena)\\b',
  '\\b(?:cut|cuts|cutting|cutted|slit|slits|slitting|slash|slashes|slashed|slashing|sliced|slicing|carved|carving) (?:up )?(?:his|her|their|my) (?:own )?(?:wrists?|arms|legs|thighs|veins)\\b(?!(?: \\w+){0,3} (?:shaving|shave|on the|on a|with the can))',
);
// A clinician's shorthand for an ingestion: "15yo pt reports taking ~30 acetaminophen 2 hrs ago", "pt admits ingesting a handful of
// her mothers sertraline", "paciente refiere ingesta de 20 tabletas". A count with no dose unit, or an amount no dose has.
const REPORTED_INGESTION =
  '\\b(?:reports?|reported|reporting|admits?|admitted|endorses|endorsed|states?|stated|disclosed|denies? not) (?:\\w+ )?(?:taking|having taken|ingesting|having ingested|swallowing|ingestion of)\\b|\\b(?:reports?|reported|admits?|admitted|endorses|endorsed|states?|stated|disclosed) (?:about |approx\\w* |around |like |~ ?)?\\d+ (?:tabs|tablets?|pills|caps|capsules|tabletas|pastillas)\\b|\\bs ?p (?:an )?ingestion\\b|\\bingestion of\\b|\\b(?:refiere|reporta|admite) (?:haber )?(?:tomado|ingerido|ingesta de|tragado)\\b|\\bingesta de\\b';
const INGESTED_AMOUNT =
  '\\b\\d{2,}\\b(?! ?(?:mg|mgs|mcg|ml|mls|cc|units?|unidades|%|min|mins|minutes|minutos|hours?|hrs?|horas|days?|dias|weeks?|semanas|years?|anos|yo|y o)\\b)|\\b(?:a handful|a bottle|half (?:a|the) bottle|the whole|an entire|a whole|unknown (?:amount|quantity|number)|multiple|too many|un punado|todo el frasco|cantidad desconocida|varias|muchas)\\b';
// Diabetic ketoacidosis: a diabetic child with its breathing or fruity breath (or high ketones, or a meter past its range: "BG HI"),
// and vomiting or drowsiness (a provider's "altered").
const DIABETIC =
  '\\b(?:diabetic|diabetes|t1d|t1dm|tidm|dm1|iddm|type 1|type one|insulin|insulina|diabetic[oa]|dexcom|cgm|omnipod|tandem pump|bomba de insulina)\\b';
const KETOACIDOTIC_BREATHING =
  '\\bkussmaul\\b|\\bdeep (?:and )?(?:rapid|fast|heavy|labored) (?:breath\\w*|respirations)\\b|\\bbreathing (?:very |really |so )?(?:deep|deeply) (?:and )?(?:fast|rapid|quick\\w*)?\\b|\\b(?:rapid|fast) (?:and )?deep (?:breath\\w*|respirations)\\b|\\brespira (?:muy )?(?:hondo|profundo)\\b|\\brespiracion (?:profunda|honda)\\b';
const FRUITY_OR_KETONES =
  '\\bfruity\\b|\\b(?:breath\\w*|aliento) (?:\\w+ ){0,2}(?:sweet|dulce|acetone|acetona|nail polish)\\b|\\baliento (?:a fruta|afrutado)\\b|\\bhuele a (?:fruta|acetona)\\b|\\b(?:large|lg|lrg|high|moderate|mod|very high) (?:urine |blood |serum )?ketones\\b|\\bketones (?:are |were )?(?:large|lg|high|moderate|very high|off the chart)\\b|\\b(?:bg|bgl|bs|glucose|glucosa|blood sugar|sugar|azucar|meter|glucometer|glucometro)(?: \\w+){0,2} (?:hi|reads hi|says hi|dice hi|marca hi)\\b|\\bcetonas (?:altas|muy altas|elevadas)\\b';
const VOMITING_OR_DROWSY = `\\b(?:vomit\\w*|throwing up|threw up|emesis|puking|vomita\\w*|drowsy|lethargic|sleepy|somnolient\\w*|dormid[oa]|altered|ams)\\b|${terms('alteredMental')}`;
// Something smoked, vaped or inhaled, and a child who does not respond as before: "mi chamaco se fumó algo que le dieron en la
// escuela ... no me responde bien", "vaped something a friend gave him, now hes out of it and barely answers".
const SMOKED =
  '\\b(?:smoked|smoking|vaped|vaping|hit (?:a|his|her|someones) (?:vape|pen|cart)|took (?:a )?hits? (?:of|from|off)|inhaled|se fumo|fumo|fumando|se vapeo|vapeo|vapeando|le dio (?:un |unos )?(?:jalon|jalones|toque|toques)|inhalo)\\b';
const SMOKED_WHAT = `${SOMETHING}|\\b(?:a vape|someones vape|a pen|a cart|a dab|weed|a joint|a blunt|thc|vape|pen|de un vape|el vape|del vape|mota|marihuana|un porro|lo que le dieron|what (?:they|someone|a friend|his friend|her friend) gave)\\b`;
const RESPONDS_POORLY = `${terms('alteredMental', 'afterIngestion')}|\\bno (?:me |nos |le )?(?:responde|contesta|reacciona) (?:bien|normal|como siempre)\\b|\\b(?:not|isnt|wont|barely|hardly) (?:responding|answering|reacting|respond|answer)(?: to (?:me|us))? (?:right|normally|normal|well|like (?:usual|normal))?\\b`;

/** The whole bottle still to come ("me voy a tomar todo el frasco cuando se duerman mis papas"). */
const WHOLE_BOTTLE_TO_COME =
  /\b(?:me|se) (?:voy|va) a (?:tomar|tragar)(?:me|se)? (?:todo el frasco|todo el bote|todas las pastillas|todas mis pastillas|todas sus pastillas)\b/;
/** A plan for someone's pills ("she plans to take her moms pills tonight"). */
const PLAN_FOR_PILLS =
  /\bplans? (?:to|on) tak(?:e|ing) (?:all )?(?:of )?(?:her|his|my|their|the|a bunch of)(?: \w+){0,2} (?:pills|meds|medicines?|medications?|pastillas)\b/;
/**
 * An overdose planned or threatened and not yet taken ("SI w/ plan to OD on stored meds", "todavía no se tomó nada pero dice que
 * se las va a tomar todas"): a behavioral crisis first (988, 911 if in danger), Poison Control after it for the pills at hand.
 */
export const OVERDOSE_TO_COME = anyOf(
  WHOLE_BOTTLE_TO_COME,
  /\bplans? (?:to|of|on) (?:od|overdos\w*|take all|taking all)\b/,
  PLAN_FOR_PILLS,
  /\b(?:going to|gonna|wants? to|threaten\w* to) (?:od|overdose|take all)\b|\b(?:todavia|aun) no se (?:tomo|trago|ha tomado) nada\b|\b(?:se|me) (?:las|los) (?:va|voy) a (?:tomar|tragar) tod[oa]s\b|\b(?:quiere|va a|amenaza con) (?:tomarse|tragarse) (?:todas|todos|el frasco)\b/,
);
// A product splashed, sprayed or rubbed into the eyes or onto the skin, with what it does now: Poison Control
// answers eye and skin exposures ("bleach water splashed in his eyes and he won't open them", "le salpicó ácido muriático
// en la pierna, la piel se puso blanca"). Products only, not plants or drugs ("poison ivy rash on his arm").
const PRODUCT = `${terms('householdProduct')}|${PRODUCT_BY_USE}|${FUEL_BY_USE}`;
const SPLASHED = '\\b(?:splash\\w*|spray\\w*|squirt\\w*|spill\\w*|spilt|got|went|put|salpic\\w*|cayo|cae|entro|metio|echo|puso|roci\\w*)';
// Landing on the body in the same clause ("sprayed febreze on the couch, her eyes are red from crying" is two things).
const ON_BODY = '(?:in|on|into|onto|en) (?:\\w+ ){0,2}(?:eyes?|ojos?|face|cara|skin|piel|arms?|brazos?|legs?|piernas?|hands?|manos?|cheeks?|mejillas?)\\b';
const SPLASHED_ON_BODY = `${near(SPLASHED, ON_BODY, 8)}|\\brubbed (?:his|her|their|my|your|its) eyes?\\b`;
const EXPOSURE_SIGN =
  '\\b(?:burn\\w*|sting\\w*|arde\\w*|ardor|quema\\w*|scream\\w*|grit\\w*|cry\\w*|llor\\w*|(?:cant|wont|cannot|can not|will not|doesnt|no (?:los |lo |la )?(?:puede|quiere)) (?:open|abrir)\\w*|swollen|swelling|hinchad\\w*|red|roj[oa]s?|blister\\w*|ampolla\\w*|peel\\w*|white|blanc[oa]|bubbl\\w*)\\b';

// Another adult named as the one acting: the harmer vocabulary, or a parent told as such ("a parent has their teenager by the neck").
// Not a person asked for ("I need someone to come out tonight", "que venga alguien"), nor the one threatened or the owner of a thing
// ("va a matar a su maestra", "la pistola de su papá", "threatened his dad").
const ANOTHER_ADULT = `(?<!\\b(?:need|needs|send|want|get|call|venga|mande|manden|al|kill|hurt|stab|shoot|threatened|threatening|threatens|at|de|a)(?: (?:su|mi|sus|mis|la|el|his|her|my|the))? )(?:${terms('harmer')}|\\b(?:a|the|one|his|her|their|(?:my |our )?(?:sons|daughters|kids|babys|childs)) (?:parent|mom|dad|mother|father)\\b|\\bmi (?:hermano|hermana)\\b|\\b(?:boyfriends|girlfriends|husbands|wifes|partners|moms|dads|exs|stepdads|stepmoms) (?:brother|sister|friend|friends|cousin|dad|father|mom|uncle|son|roommate)\\b)(?! to\\b| que\\b)`;
const AT_THE_DOOR =
  '\\b(?:outside|at the door|at our door|broke in|on (?:his|her|their) way|coming (?:over|here|to (?:get|find))|afuera|en la puerta|se metio|viene (?:para aca|en camino)|ya (?:esta|viene) en camino|(?:la|lo|los) va a ir a buscar)\\b';
// A harm being done to someone now, told by the act: a hold, a blow, a drag, a threat said aloud, a door forced, a way out barred.
const HARM_BEING_DONE = [
  '\\b(?:is|are|keeps|kept|hes|shes|been|started|still|now|just|was)(?: \\w+)? (?:hitting|beating|punching|kicking|slapping|choking|strangling|shaking|dragging|yanking|throwing|pinning|smothering|stomping|twisting|squeezing) (?:me|us|him|her|them|my|our|the|his|her)\\b|\\b(?:hitting|beating|kicking|yanking|tugging|stomping) on\\b',
  '\\b(?:grabbing|grabbed|got|has|holding|pulling|dragging) (?:\\w+ ){1,3}by (?:the|his|her|their) (?:neck|throat|hair|collar|arm|shirt)\\b',
  '\\b(?:saying|says|said|yelling|screaming|texted|texting|threatening|threatens)(?: that)? (?:hes|he is|hell|he will|shes|she is|shell|she will|he|she)? ?(?:going to|gonna|will|is going to) (?:\\w+ ){0,2}(?:kill|hurt|shoot|stab|take|crash|beat)\\b',
  '\\b(?:saying|says|said|yelling|screaming|texted|texting|threatening)(?: that)? (?:hell|he will|hes going to|hes gonna|shell|she will|shes going to|shes gonna) finish (?:the|my|her|his|our) (?:kid|baby|child|son|daughter)\\b',
  '\\b(?:saying|yelling|screaming) (?:hes|he is|shes|she is|theyre) (?:taking|coming for|going to take) (?:my|our|the|her|his)\\b',
  '\\b(?:trying to (?:break|get|force (?:his|her|their) way) in|breaking in|(?:pounding|banging|kicking) (?:on |in )?(?:the|our) (?:door|window)s?)\\b',
  '\\b(?:wont let (?:me|us) (?:in|out|leave|take (?:him|her|them))|(?:wont|not) let(?:ting)? (?:her|him|them|me|us) (?:out|leave)(?! of)|locked (?:me|us|her|him|them) in|cornered)\\b',
  // Held out of a window, a head slammed, a thing thrown at the child, a child kept from the parent.
  '\\bholding (?:him|her|them|the baby|my \\w+) (?:out|over) (?:the |a )?(?:\\w+ ){0,2}(?:window|balcony|railing|ledge|edge)\\b|\\b(?:la|lo) va a (?:soltar|aventar|tirar)\\b',
  '\\bslam\\w* (?:my|our|his|her|the) (?:\\w+ ){0,2}head\\b|\\b(?:threw|throwing|le avento|le tiro) (?:a |una |un )?(?:chair|silla|plato|botella|bottle)\\b',
  '\\b(?:wont|will not|refuses to) give (?:me )?(?:my|our|the) \\w+ back\\b|\\bno me (?:quiere )?(?:dar|regresar|devolver|entregar) a (?:mi|mis)\\b',
  '\\b(?:le |la |lo |los |las )?(?:esta|estan|sigue|anda) (?:pegando|golpeando|ahorcando|jalando|arrastrando|pateando|dando (?:patadas|cachetadas|golpes)|sacudiendo|zarandeando|quemando|amenazando|apuntando|lastimando)\\b',
  '\\b(?:le|la|lo) (?:dio|da) (?:una |un )?(?:cachetada|bofetada|patada|golpe|punetazo|madrazo)\\b',
  '\\b(?:gritando|grita|dice|dijo|diciendo|amenaza\\w*)(?: \\w+){0,2} que (?:se )?(?:(?:los|las|la|lo|le|les) )?(?:va|van) a (?:matar|llevar|lastimar|pegar|chocar|quemar|disparar)\\w*',
  '\\bno (?:la|lo|los|las|me|nos) deja (?:salir|entrar|ir)\\b|\\b(?:tratando|trata|intenta\\w*) de (?:meterse|entrar|abrir la puerta)\\b',
  '\\b(?:de los pelos|del pelo|del cuello|de la camisa)\\b|\\b(?:poniendo|puso|pone) la plancha\\b',
  '\\b(?:le )?(?:puso|pone|esta poniendo|held|holding|put|pressed) (?:la mano|las manos|el brazo|his hand|her hand|his hands|her hands|his arm|her arm)(?: \\w+){0,3} (?:en|sobre|on|against) (?:la|el|the) (?:estufa|plancha|comal|fuego|horno|stove|burner|iron|fire|oven)\\b',
  '\\b(?:scooped|picked) up (?:my|our|the|her|his) (?:\\w+ ){0,2}and (?:is |was )?(?:walking|running|driving|took off|left|ran)\\b',
  // A child taken, followed, shut in or kept from leaving.
  '\\b(?:following|followed|chasing|circling) (?:my|our|the|her|his) (?:\\w+ ){0,2}(?:home|around)\\b',
  '\\b(?:grabbed|snatched|pulled|dragged|took|taking|has|have|got) (?:my|our|the|her|his) (?:\\w+ ){0,2}(?:into|in (?:his|her|a|the) (?:car|truck|van)|and (?:drove|ran|took) off|at (?:a|the|his|her))\\b',
  '\\b(?:se (?:la|lo|los|las) llevo|se llevo a (?:mi|mis|la|el|los|las|nuestr\\w*)|(?:la|lo|los|las) (?:tiene|tienen) (?:encerrad|agarrad)\\w*|(?:la|lo|los|las) (?:esta|anda) siguiendo|(?:la|lo) siguio)\\b',
  `\\b(?:threaten\\w*|amenaz\\w*)(?: \\w+){0,3} (?:to |con )?(?:kill|hurt|shoot|stab|matar|lastimar|disparar|llevarse)\\w*|\\b${INTENT} (?:kill|hurt|harm|stab|shoot|beat) ${PERSON}\\b`,
].join('|');

const VENOMOUS =
  '\\b(?:scorpions?|alacran\\w*|escorpion\\w*|black widow|brown recluse|recluse|spiders?|aran(?:a|ita)s?|viuda negra|rattlers?|rattlesnakes?|snakes?|viboras?|serpientes?|culebras?|cascabel|jellyfish|medusas?|aguamalas?)\\b';
const STINGING_INSECTS = '\\b(?:bees?|abejas?|wasps?|avispas?|avispones?|yellow ?jackets?|hornets?|fire ants|hormigas (?:rojas|de fuego|bravas))\\b';
const MANY_STINGS =
  '\\b(?:(?:like |about |over |more than )?\\d+ ?\\+? ?(?:times|stings|piquetes|picaduras|veces)|a bunch of|a swarm|swarm\\w*|un monton|un enjambre|muchas|like \\d+|\\d+ ?\\+)\\b';
// Signs going away, or a sting seen to: "the swelling is going down", "a little swelling, he's fine", "ya se le bajó".
// "A little" swelling, not "a little brown spider".
const VENOM_SETTLED =
  '\\b(?:going down|went down|a little(?! (?:\\w+ )?(?:spiders?|snakes?|scorpions?|bees?|wasps?)\\b)|a lil|poquit\\w*|tantito|hes fine|shes fine|was fine|esta bien|ya se (?:le )?(?:bajo|quito)|ya paso|yesterday|ayer|last (?:week|month|year))\\b';
const STUNG_OR_BITTEN =
  '\\b(?:two|2|little|tiny|dos) (?:\\w+ )?(?:holes|punctures?|puncture marks|fang marks|agujeritos|hoyitos|puntitos)\\b|\\b(?:stung|stings?|stinging|bit|bitten|bites?|got (?:her|him|them|my \\w+)|pico|picaron|picado|picada|picadura\\w*|piquetes?|mordio|mordida|mordido)\\b';
const VENOM_SIGN =
  '\\b(?:numb\\w*|tingl\\w*|swell\\w*|swollen|huge|puff\\w*|hinch\\w*|sweat\\w*|sud\\w*|hurts (?:all the way|up to)|duele hasta|dolor|purple|morad\\w*|black|negr[oa]|drool\\w*|babe\\w*|twitch\\w*|mueve los ojos|eyes (?:moving|rolling)|vomit\\w*|scream\\w*|grit\\w*|llor\\w*|burn\\w*|arde\\w*|quema\\w*|red ring|\\d+ times|\\d+ (?:stings|piquetes|picaduras)|un monton)\\b';
const IN_THE_EYES = '(?:in|into|en) (?:\\w+ ){0,2}(?:eyes?|ojos?)\\b';
// Products that burn the eye: a rinse and a call, even before a sign (soap or sunscreen in the eyes is not one).
const CAUSTIC =
  '\\b(?:bleach|clorox|cloro|lejia|blanqueador|\\w+ cleaner|limpiador\\w*|destapa\\w*|lye|sosa caustica|ammonia|amoniaco|acid|acido|chlorine|pool (?:chemicals?|shock)|quimicos?|chemicals?|pepper spray|gas pimienta|mace|tear gas|gas lacrimogeno|paint thinner|thinner|aguarras|cement|cemento|cal viva|cal|superglue|super glue|nail glue|pegamento(?: \\w+){0,2}|kola loca)\\b';
const BREATHED =
  '\\b(?:breathed|breathing in|breathed in|inhaled|inhaling|huffed|huffing|sniffed|sniffing|respiro|respiraron|inhalo|inhalaron|aspiro|olio|oliendo|estuvo oliendo)';
const FUMES =
  '(?:\\w+ ){0,2}(?:gas|gases|fumes|smoke|humo|humos|vapores|liquido para limpiar|limpiador\\w*|cleaner|propane|propano|butane|butano|aerosol|thinner|solvente|pegamento|glue|fogger|bug bomb|insecticid\\w*|fumigante|spray)\\b';
const COUGHS_AFTER_FUMES =
  '\\b(?:cough\\w*|wheez\\w*|tos|tose|toser|tosiendo|silb\\w*|cant breathe|no puede respirar|burning|arde\\w*|ojos rojos|red eyes|lips)\\b';

export const CRISIS_RULES: readonly CrisisRule[] = [
  // Poisoning, overdose, stings and bites (Poison Control handles envenomation too).
  // Any ingest verb with any product, plant, drug or object; alcohol only for a child.
  { kind: 'poisoning', pattern: allOf(INGEST, HAZARD) },
  { kind: 'poisoning', pattern: allOf(SPLASHED_ON_BODY, PRODUCT, EXPOSURE_SIGN) },
  // A venomous sting or bite with a sign after, told by the animal: "we think a scorpion ... foot is numb n tingly", "una araña negra
  // lo picó ... está sudando mucho", "stung like 6 times by yellow jackets, arms swelling".
  { kind: 'poisoning', pattern: allOf(VENOMOUS, STUNG_OR_BITTEN, VENOM_SIGN), wholeMessage: true, unless: new RegExp(VENOM_SETTLED) },
  // Stinging insects only by the swarm ("6 times", "un montón"); a swelling face, lips or throat is the allergy rule's 911.
  {
    kind: 'poisoning',
    pattern: allOf(STINGING_INSECTS, MANY_STINGS, STUNG_OR_BITTEN),
    wholeMessage: true,
    unless: new RegExp(
      `${terms('allergyDanger')}|${VENOM_SETTLED}|\\b(?:face|cara|lips|labios|tongue|lengua|throat|garganta|wheez\\w*|breath\\w*|respir\\w*|hives|ronchas)\\b`,
    ),
  },
  // A caustic product in the eyes needs no sign told: "got bleach in her eye helping me mop", "le cayó cloro en los ojos".
  { kind: 'poisoning', pattern: allOf(near(SPLASHED, IN_THE_EYES, 8), CAUSTIC) },
  // Fumes, gas or smoke breathed, with a sign after: "respiró mucho gas, está mareado y vomitó", "breathed in the fumes, coughing".
  {
    kind: 'poisoning',
    pattern: allOf(`${near(BREATHED, FUMES, 4)}|${near(FUMES, BREATHED, 8)}`, `${terms('coSymptom')}|${COUGHS_AFTER_FUMES}`),
    wholeMessage: true,
  },
  // A tube eaten, whatever was in it (an ointment, a cream, toothpaste): "he literally just ate like half the tube".
  {
    kind: 'poisoning',
    pattern: allOf(INGEST, '\\b(?:(?:half|most|all) (?:of )?(?:the|a|his|her|that) tube|the whole tube|medio tubo|todo el tubo|casi todo el tubo)\\b'),
  },
  { kind: 'poisoning', pattern: allOf(INGEST, ALCOHOL, `${terms('youngPerson')}|${terms('afterIngestion')}`), wholeMessage: true },
  // A medicine: an amount, someone else's, one found or not known, or signs after it.
  { kind: 'poisoning', pattern: allOf(INGEST, MEDICINE, `${AMOUNT}|${OWNER_MEDICINE}|${ADULT_OWNS}|${NOT_OWN}|${UNKNOWN_MEDICINE}`) },
  { kind: 'poisoning', pattern: allOf(INGEST, MEDICINE, terms('afterIngestion')), wholeMessage: true },
  {
    kind: 'poisoning',
    pattern: allOf(near(GOT_INTO, `(?:${MEDICINE}|${terms('medicineSource')})`, 3), `${MEDICINE}|${terms('afterIngestion')}|${AMOUNT}`),
    wholeMessage: true,
  },
  // Something unnamed, then signs: "think he ate something, now hes super drowsy"; smoked or vaped, and a child who does not respond
  // as before ("se fumó algo que le dieron en la escuela ... no me responde bien").
  { kind: 'poisoning', pattern: allOf(INGEST, SOMETHING, terms('afterIngestion')), wholeMessage: true },
  // A drug or a plant named beside signs after a swallow, with no swallow verb: "got an edible out of my purse, the thc gummy kind,
  // shes super floppy and sleepy now". Not any product: "poison control said its not toxic", "la pila" (a basin), "the nasal
  // spray" for a seizure name one beside other causes of the same signs. Off in a question or a mention.
  { kind: 'poisoning', pattern: allOf(terms('drug', 'plant'), terms('afterIngestion')), wholeMessage: true, contextual: true },
  { kind: 'poisoning', pattern: allOf(SMOKED, SMOKED_WHAT, RESPONDS_POORLY), wholeMessage: true },
  // A clinician's report of an ingestion, with a count or an amount no dose has ("pt reports taking ~30 acetaminophen").
  { kind: 'poisoning', pattern: allOf(REPORTED_INGESTION, `${MEDICINE}|${terms('drug')}|\\b(?:tabs|tablets?|tabletas?|pastillas)\\b`, INGESTED_AMOUNT) },
  { kind: 'poisoning', pattern: allOf(`${INGEST}|\\bpopped\\b`, terms('mistakenForFood')), wholeMessage: true },
  // A medication error: given twice, doubled, the wrong one.
  {
    kind: 'poisoning',
    pattern: anyOf(
      near(DOSE_GIVEN, `${terms('doseMistake')}|${DOSE_MULTIPLE}|${WHOLE_DAY_AT_ONCE}`, 6),
      // A second person gave the same dose: "I gave him his clonidine and then my mom gave it again", "...then my daughter came home and
      // gave it too".
      allOf(
        '\\b(?:then|and|y|luego|despues) (?:\\w+ ){0,5}(?:gave|gives|given|le dio|le volvio a dar|le dieron)(?: \\w+){0,3} (?:again|too|also|as well|otra vez|de nuevo|tambien)\\b',
        `${MEDICINE}|\\b(?:dose|dosis|meds)\\b`,
      ),
      // Two people each gave it, told with the count: "got his seizure med twice tonight, me and my husband both gave it".
      allOf(
        '\\b(?:both|each|los dos|ambos) (?:of us )?(?:gave|dosed|le dimos|le dieron|se la dimos|se lo dimos)\\b',
        '\\b(?:twice|two times|2 times|two doses|2 doses|dos veces|2 veces|dos dosis)\\b',
        `${MEDICINE}|\\b(?:dose|dosis|meds?)\\b`,
      ),
      /\bdouble dosed\b|\bdoubled (?:his|her|their|the) (?:dose|meds|medicine)\b|\bdos dosis\b/,
      // The wrong medicine, by any route: "grabbed the wrong syringe for his g-tube, it was the methadone not the reflux med".
      allOf(WRONG_MEDICINE, `${MEDICINE}|${GIVEN_BY}`, GAVE),
    ),
    // The schedule, not a mistake ("twice a day"); a mistake caught before any was given; an inhaler repeated (INHALER_REPEATED).
    unless: new RegExp(
      `\\b(?:twice|two times|2 times|dos veces|2 veces) (?:a|per|al|por|each) (?:day|dia|night|noche)\\b|\\btwice daily\\b|\\bas (?:ordered|prescribed)\\b|${FOOD_SWAP}|${NOT_GIVEN}|${INHALER_REPEATED}`,
    ),
  },
  // Cleaners mixed into fumes, or a product found open, with signs now: "mixed bleach with the toilet cleaner and now she cant stop
  // coughing", "hes foaming at the mouth, there was a tide pod open on the floor". Nobody saw a swallow; Poison Control still first.
  {
    kind: 'poisoning',
    pattern: anyOf(
      // Mixed told as "together" or by what bleach meets: "limpiando con vinagre y cloro juntos ... no para de toser".
      allOf(
        '\\b(?:mix(?:ed|ing|es)?|mezcl\\w*|combin\\w*|juntos|together)\\b|\\b(?:con|with) (?:el |la )?(?:vinagre|vinegar|amoniaco|ammonia)\\b|\\b(?:vinagre|vinegar|amoniaco|ammonia) (?:y|and|con|with)\\b',
        terms('householdProduct'),
        `${COUGHS}|${COUGHS_AFTER_FUMES}|${terms('afterIngestion')}|\\b(?:fumes|vapores|chest|pecho|breath\\w*|respir\\w*)\\b`,
      ),
      allOf(HAZARD, '\\b(?:open|opened|torn open|ripped open|broken open|busted open|abiert[oa]|rot[oa]|destapad[oa])\\b', terms('afterIngestion')),
    ),
    wholeMessage: true,
  },
  // Other swallowed objects: Poison Control or a doctor, unless a 911 sign also matched.
  { kind: 'poisoning', pattern: allOf(INGEST, terms('foreignObject')), weak: true },
  { kind: 'poisoning', pattern: /\b(?:se )?tomo pastillas\b/ },
  // An answer to "what did he take?" naming the pills by their container and a rough count: "si fueron las del frasco blanco, como 6",
  // "the ones from grandma's pill box, maybe 8". Not a dose on its schedule ("las del frasco blanco, 5 ml cada 8 horas").
  {
    kind: 'poisoning',
    pattern: allOf(PILLS_BY_CONTAINER, ROUGH_COUNT),
    unless: /\b(?:a|per|al|por) (?:day|dia|night|noche)\b|\b(?:cada|every) \d+\b|\bdaily\b|\bdiari[oa]s?\b/,
    wholeMessage: true,
    contextual: true,
  },
  // An answer to "how many did she take?" naming someone else's medicine by what it is for: "sí las dos, las de la diabetes de mi suegro".
  { kind: 'poisoning', pattern: allOf(ANSWER_WITH_COUNT, MEDICINE_BY_USE_OF_ANOTHER), wholeMessage: true, contextual: true },
  // A bare count, the whole message, right after a poisoning was answered: the reply to "did both of them swallow some?" ("si los dos",
  // "sí, las dos", "yes 2 of them"). Without one before it, the same words answer an intake question ("does she have Medi-Cal and
  // private insurance?"). Naming the medicine ("sí las dos, las de la diabetes de mi suegro", above) stands alone.
  { kind: 'poisoning', pattern: BARE_COUNT_ANSWER, wholeMessage: true, afterCrisis: 'poisoning' },
  {
    kind: 'poisoning',
    pattern: anyOf(
      /\b(?:double dose|extra dose|doble dosis|dosis doble|too much (?:medicine|medication|meds))\b/,
      /\bgave (?:him|her|them) (?:the wrong|someone elses|too much)\b|\b(?:both|each) (?:of us )?gave (?:him|her|them)\b|\bwithout telling each other\b|\b(?:los dos|ambos) le (?:dimos|dieron)\b|\ble di (?:de mas|la medicina equivocada)\b/,
      /\b\d+ ?(?:ml|mg|cc|tabs?|pills?) instead of\b|\b\d+ ?(?:ml|mg) en vez de\b|\bwrong (?:medicine|medication|meds|dose)\b/,
      // A dose multiplied or its units mixed up: "gave him 10x his morphine", "mixed up ml and mg", "confundí los ml con los mg".
      /\b(?:gave|given|le di|le dimos|le dio)(?: \w+){0,2} \d+ ?(?:x|times|veces) (?:(?:his|her|their|the|su|la|el|lo) )?\w+/,
      /\b(?:mixed up|mix up|confused|confundi\w*) (?:the |los |las )?(?:ml|mls|mg|mgs|cc|units|unidades|teaspoons?|tablespoons?|cucharadas?|cucharaditas?) (?:and|with|for|y|con) (?:the |los |las )?(?:ml|mls|mg|mgs|cc|units|unidades|teaspoons?|tablespoons?|cucharadas?|cucharaditas?)\b/,
      /\b(?:overdosed|overdosing|poisoned|se intoxico|intoxicad[oa]|envenenad[oa]|se envenen\w*)\b/,
      /\bhuffing\b|\bsniffing (?:glue|gas|paint|markers)\b|\bduster\b|\binhalando (?:pegamento|thinner|gasolina|pintura)\b/,
    ),
    unless: new RegExp(`${NOT_GIVEN}|${INHALER_REPEATED}`),
  },
  {
    kind: 'poisoning',
    pattern: anyOf(
      /\b(?:overdose|sobredosis)\b|\bcarbon monoxide\b|\bmonoxido\b|\bempty (?:pill )?bottle\b|\b(?:frasco|bote) vacio\b/,
      /\bsnake ?bite\b|\b(?:bitten|bit) by a (?:snake|spider|scorpion)\b|\bstung by a scorpion\b/,
      /\b(?:le|lo|la|me) (?:pico|mordio) (?:un|una) (?:alacran|escorpion|arana|vibora|serpiente)\b|\bpicadura de (?:alacran|escorpion)\b/,
    ),
    // A plan to overdose, not yet carried out, is a behavioral crisis (988; the plan rule above).
    unless:
      /\b(?:plan(?:s|ning|ned)? (?:to|of)|wants? to|going to|gonna|threaten\w* to|thinking (?:of|about)|talking about|quiere|planea\w*|va a|amenaza\w* con) (?:\w+ ){0,2}(?:overdos\w*|od|sobredosis)\b/,
    contextual: true,
  },

  // Medical emergencies.
  {
    kind: 'medical',
    pattern: anyOf(
      // Not a comparison: "not breathing any better with the new nebulizer", "no respira mejor con el inhalador".
      /\b(?:not|isnt|aint|cant|couldnt|stopped|stop|stops|wont|barely|hardly|trouble|struggling|struggling to|difficulty|hard time)(?: \w+)? (?:breath|breathe|breathing)\b(?! (?:any |much |a lot |way |that much )?(?:better|easier)\b)/,
      /\bno (?:\w+ )?(?:respira|respiraba|respirando|puede respirar)\b(?! (?:nada |mucho |tanto )?mejor\b)|\bsin respirar\b|\bdejo de respirar\b|\b(?:le cuesta|dificultad para|problemas para) (?:\w+ )?respirar\b|\ble falta el aire\b/,
      /\bchest (?:is )?(?:sinking|caving)\b|\bretractions\b|\bse le hunden? (?:las costillas|el pecho)\b/,
      // Retractions in lay words, which no question around them hides: "his chest is sucking in under the ribs", "se le hunde la panza".
      RETRACTING,
      /\binhaler (?:is )?(?:not|isnt) (?:helping|working)\b|\bel inhalador no (?:le )?(?:ayuda|funciona|sirve)\b/,
    ),
  },
  // Pauses in breathing that go on for seconds: "keeps pausing her breathing for like 20 seconds", "deja de respirar por ratos".
  {
    kind: 'medical',
    pattern: anyOf(
      near('\\b(?:paus\\w*|stops|stopping|quits)', '(?:breath|breathing)\\b', 2),
      near('\\bbreathing', '(?:pauses|stops|stopping)(?: \\w+){0,3} (?:for )?(?:like |about |a few |\\d+ )?(?:seconds|secs|sec)\\b', 2),
      '\\bdeja de respirar (?:por|unos|varios|a ratos|ratitos)\\b|\\bpausas? (?:al|en la|para) respira\\w*',
    ),
    contextual: true,
  },
  {
    kind: 'medical',
    pattern: anyOf(
      /\bgasping\b|\bgurgling\b|\bwheezing\b|\bbreathing (?:\w+ )?(?:weird|funny|strange|shallow|fast|hard|heavy|loud|slow)\b/,
      /\brespira (?:muy )?(?:raro|feo|rapido|con dificultad)\b|\b(?:turning|going|looks|is) (?:\w+ )?pale\b|\bse (?:esta )?(?:puso|poniendo) (?:\w+ )?palid\w*/,
    ),
    contextual: true,
  },
  {
    kind: 'medical',
    pattern: anyOf(
      /\b(?:turning|turned|going|getting|is|are|was|were|been|went|look|looks|looking|hes|shes|theyre|its)(?: \w+)? (?:blue|purple|gray|grey|dusky)\b/,
      /\b(?:blue|purple|gray|grey|dusky|morad[oa]|azul) (?:around|on|in|alrededor de) (?:the |his |her |los |la )?(?:lips|mouth|face|labios|boca)\b/,
      /\b(?:lips|face|skin|labios|cara|boca)(?: \w+){0,2} (?:blue|purple|gray|grey|morad\w*|azul\w*)/,
      /\b(?:se (?:puso|pone|esta poniendo|ve)|esta(?: bien| muy)?|poniendo|ponerse)(?: \w+)? (?:morad|azul)\w*/,
    ),
    // Blue as a mood: "feeling blue", "so blue after losing the game", "blue all night, dodgers lost"; purple with anger, "morado del coraje".
    unless:
      /\bmorad[oa] (?:del|de) (?:coraje|berrinche|llorar|llanto|risa)\b|\bblue all (?:night|day|week|weekend)\b|\b(?:dodgers|giants|lakers|cubs|sox|bears|bulls|niners|rams|chargers|padres|team)\b(?: \w+)? lost\b|\bfe(?:el|els|eling|lt) (?:\w+ )?blue\b|\bblue (?:about|after losing|because (?:he|she|they|we) lost)\b|\bblue in the face (?:from|with|of) (?:screaming|yelling|crying|arguing|talking|asking|explaining)\b/,
  },
  {
    kind: 'medical',
    pattern: anyOf(
      /\bseizing\b|\bconvulsing\b|\bhaving (?:a |another )?(?:\w+ )?seizures?\b|\b(?:in|having) status epilepticus\b/,
      /\bseizures? (?:that |thats |which )?(?:is |it )?(?:wont|doesnt|isnt|not|keeps|lasting|lasted|longer|for (?:like |over |more than )?\d+)\b/,
      /\beyes (?:are )?(?:\w+ )?roll\w* back\b|\bshaking (?:all over|uncontrollably|and not)\b|\b(?:wont|cant|doesnt) stop (?:shaking|jerking|twitching)\b/,
      /\b(?:convulsionando|convulsionado|combustionando)\b|\b(?:teniendo|dando|dio|da) (?:una |un )?(?:convulsion(?:es)?|ataque)\b|\btiene (?:una|un) (?:convulsion|ataque)\b/,
      /\b(?:convulsion\w*|ataque) (?:y |que )?no (?:para|paran|se (?:le )?(?:quita|quitan|pasa|pasan|detiene))\b/,
      /\bojos (?:para|hacia) atras\b|\bojos en blanco\b|\bse le (?:fueron|voltearon) los ojos\b|\bno (?:para|deja) de temblar\b/,
    ),
  },
  {
    kind: 'medical',
    pattern: anyOf(
      /\b(?:wont|cant|not|isnt|doesnt) (?:wake|waking)\b(?<!\b(?:wish\w*|want\w*|wanna|hop\w*) (?:\w+ ){0,6}(?:and )?not wak\w*)(?<!\bto not wak\w*)(?<!\bmake sure (?:\w+ ){0,2}(?:doesnt|wont|not) wak\w*)|\bpassed out\b|\bcollapsed\b|\bunresponsive\b|\bnot (?:responding|responsive)\b/,
      /\b(?:he|she|hes|shes|baby|son|daughter|kid|child)(?: \w+){0,2} (?:wont|doesnt|isnt|not) respond\w*/,
      /\b(?:is|went|gone|hes|shes|was|and|got|going) (?:(?:totally|completely|all|really|so|super|suddenly|just|kind of|kinda) )?(?:limp|floppy)\b|\bno (?:pulse|heartbeat)\b|\b(?:not|isnt|wont|stopped) moving\b|\bwont open (?:his|her) eyes\b/,
      /\bno (?:se )?(?:despierta|reacciona|mueve)\b|\bno se esta moviendo\b|\bno abre los ojos\b|\bse desmayo\b|\bdesmayad[oa]\b/,
      /\bno responde\b(?! (?:a |mis|los|las|el|la|mi|nuestr|cuando))|\bperdio el conocimiento\b|\bno tiene pulso\b/,
    ),
  },
  {
    kind: 'medical',
    pattern: anyOf(
      /(?<!\b(?:without|no|sin) )\bchoking\b(?! hazard| down| back)|\b(?:is|was|almost|nearly|hes|shes) drowning\b(?! in (?!(?:the |a |our |his |her )?(?:water|pool|tub|bathtub|bath|lake|river|ocean|sea|pond|canal)\b))|\bdrowned\b(?! (?:(?:his|her|their|my|our|the) \w+|it|them) in\b)|\b(?:fell|found \w+) in the (?:pool|bathtub|tub)\b|\bface down in\b|\bboca abajo en (?:la )?(?:alberca|piscina|tina|agua)\b/,
      /\bse (?:esta )?(?:ahogando|atragantando|atraganto)\b|\bahogandose\b|\bse ahogo en\b/,
      /\bbleeding (?:a lot|alot|heavily|badly|bad|everywhere|nonstop)\b|\b(?:wont|doesnt|cant) stop bleeding\b/,
      /\b(?:a lot of|lots of|so much) blood\b|\bblood everywhere\b|\bmucha sangre\b|\bsangre por todos lados\b/,
      /\bsangra(?:ndo)? (?:mucho|sin parar)\b|\bno (?:para|deja) de sangrar\b/,
      /\b(?:trach\w*|traqueostomia) (?:came|fell|come|pulled|is) out\b|\bse le salio la traq\w*/,
      /\b(?:trach\w*|tube) (?:is )?(?:blocked|clogged|plugged)\b|\bse le tapo la (?:traq\w*|canula)\b/,
      /\bstuck in (?:his|her|my|their) throat\b|\b(?:atorad[oa] en la garganta|se le atoro)\b/,
      /\bhaving (?:a |an )?(?:\w+ ){0,2}(?:asthma attack|allergic reaction)\b|\bthroat (?:is )?(?:closing|swelling)\b/,
      allOf(
        '\\b(?:cara|labios?|lengua|boca|garganta|face|lips?|tongue|eyes) (?:\\w+ )?(?:hinchad|inflamad|swollen|swelling|puffy|puffing)\\w*|\\b(?:hinch\\w*|swollen|puffy) (?:la |los |las |el |his |her )?(?:cara|labios|lengua|boca|garganta|face|lips|tongue)\\b',
        '\\b(?:despues de|after) (?:\\w+ ){0,2}(?:comer|tomar|eating|ate|eat|sting|picadura|pico)|\\b(?:comio|comer|ate|eating|picadura|pico|sting|stung|alergi\\w*|allerg\\w*|reaccion|reaction|cacahuate|nuez|nueces|mani|mariscos|camaron|peanut|nut|nuts|shellfish|shrimp|bee|abeja)\\b',
      ),
      /\b(?:face|lips?|tongue|throat) (?:is |are )?(?:swelling|swollen)\b|\bse le (?:esta )?(?:hinchando|cerrando) la (?:cara|garganta|lengua|boca)\b/,
      // Not one sought ("trying to get hit by a truck" is 988's).
      /(?<!\b(?:get|gets|getting|be) )\bhit by a (?:car|truck|van|bus)\b|\batropell\w+|\b(?:a|the) (?:car|truck|van|suv|bus|carro|coche|camioneta) (?:just )?(?:hit|ran over|struck)\b/,
    ),
  },
  {
    kind: 'medical',
    pattern: allOf('\\b(?:vomit\\w*|throwing up|vomita\\w*)\\b', '\\b(?:drowsy|lethargic|hard to wake|wont wake|somnolient\\w*|no (?:se )?despierta)\\b'),
  },
  // Signs of the heart, two together, however the message asks around them.
  { kind: 'medical', pattern: anyOf(allOf(PALE_OR_GREY, COLD_SWEAT), allOf(PALE_OR_GREY, CHEST_PAIN), allOf(COLD_SWEAT, CHEST_PAIN)), wholeMessage: true },
  // Ketoacidosis: a diabetic child's deep, fast breathing or fruity breath (or high ketones), with vomiting or drowsiness, or both signs.
  {
    kind: 'medical',
    pattern: allOf(
      DIABETIC,
      anyOf(allOf(`${KETOACIDOTIC_BREATHING}|${FRUITY_OR_KETONES}`, VOMITING_OR_DROWSY), allOf(KETOACIDOTIC_BREATHING, FRUITY_OR_KETONES)).source,
    ),
    wholeMessage: true,
  },
  // Breathing done for the child now ("9mo apneic episode in clinic, bagging now"); a baby gone limp as a rag ("se quedó como trapito").
  {
    kind: 'medical',
    pattern:
      /\bbagging (?:now|him|her|them|the baby|pt|patient)\b|\b(?:started|starting|giving|doing|performing) (?:cpr|rcp|rescue breaths|chest compressions|compressions)\b|\bcpr in progress\b|\bapneic\b(?=.*\b(?:now|just|in clinic|right now|ahorita|ahora)\b)|\bse (?:quedo|puso|esta) como (?:un )?trap(?:ito|o)\b/,
  },
  // A provider's wording for a child who cannot be woken: "now difficult to arouse", "obtunded".
  {
    kind: 'medical',
    pattern: /\b(?:difficult|hard) to (?:a)?rouse\b|\bnot arousable\b|\bunarousable\b|\bobtunded\b|\bdificil de despertar\b/,
    contextual: true,
  },
  // Two signs of distress together ("grunting and mottled x1 hr"), or a device alarming with a sign in the child.
  { kind: 'medical', pattern: new RegExp(near(DISTRESS_SIGN, DISTRESS_SIGN, 6)), contextual: true },
  {
    kind: 'medical',
    pattern: allOf(DEVICE_ALARM, `${DISTRESS_SIGN}|\\b(?:blue|purple|pale|morad\\w*|azul\\w*|palid\\w*|not breathing|no respira)\\b`),
    wholeMessage: true,
    contextual: true,
  },
  // Oxygen run out, or a vent circuit or trach off, with a sign in the child: "el oxygen se acabó, la niña respira súper rápido y
  // está gris", "circuit disconnect found by parent, pt pale, weak resp effort".
  { kind: 'medical', pattern: allOf(`${OXYGEN_RAN_OUT}|${CIRCUIT_OFF}`, OXYGEN_WANTING), wholeMessage: true },
  {
    kind: 'medical',
    pattern: allOf(
      '\\b(?:fell(?! asleep| behind| in love| for)|falls(?! asleep)|se cayo|hit (?:his|her|their) head|hit (?:in|on) the head|got hit|was hit|struck|bumped (?:his|her|their) head|se pego|se golpeo|le pegaron|golpe en la cabeza|head injury|crash|accident|accidente|choque)\\b',
      `\\b(?:vomit\\w*|throwing up|threw up|sleepy|drowsy|vomita\\w*|dormid\\w*|somnolient\\w*)\\b|${terms('alteredMental')}`,
    ),
    // The fall and its signs are often told in separate sentences ("fell off the bunk. She has vomited twice").
    wholeMessage: true,
  },
  {
    kind: 'medical',
    pattern: anyOf(
      /\bunconscious\b|\binconsciente\b|\bcpr\b|\brcp\b|\banaphyla\w*|\banafila\w*|\ballergic reaction\b|\breaccion alergica\b/,
      /\bcant swallow\b(?! (?:\w+ )?(?:pills?|tablets?|capsules?|meds|medicine))|\bno puede tragar\b(?! (?:las |sus )?(?:pastillas|tabletas|capsulas|pildoras))|\bcar accident\b|\baccidente de (?:carro|coche)\b/,
      /\b(?:hes|shes|he is|she is|baby is|son is|daughter is|kid is|child is|im|i am) dying\b(?! (?:to|of|for|laughing|here|waiting|over))/,
      /\b(?:should|do) (?:i|we) call 911\b|\bcalled 911\b|\b(?:llamo|llamamos|debo llamar|llame) al 911\b/,
      allOf(
        '\\b(?:sats?|o2|oxygen|oxigeno|saturacion|pulse ox\\w*|oximetro|oximeter|spo2|sp02|o2 sats?)\\b',
        // A reading, not a setting ("the alarm is set at 88").
        '\\b(?:dropping|falling|low|bajando|baja|(?<!\\b(?:set|alarm) (?:at|to|en|a) )(?:[2-8]\\d|[2-8]0s))\\b',
      ),
      /\b(?:monitor|vent|ventilator|ventilador) (?:\w+ )?(?:going off|beeping|alarming|sonando)\b|\bstaring off\b/,
    ),
    contextual: true,
  },

  // Behavioral crises: suicide, self-harm, violence.
  {
    kind: 'behavioral',
    pattern: anyOf(
      `\\b(?:kill|killing|hang|hanging|stab|stabbing|shoot|shooting|cut|cutting|burn|burning|strangle|drown|starve) ${SELF}\\b`,
      /\bunaliv\w*|\bsewer ?slide\w*|\bself ?delet\w*/,
      /\b(?:want|wants|wanted|wanting|wish|wishes) to (?:die(?! of (?:embarrassment|shame|boredom|laughter|laughing|cringe))|be dead|disappear forever|not exist|not be here)\b/,
      /\bwish(?:es)? (?:i|he|she|they) (?:was|were) dead\b|\bbetter off (?:dead|without (?:me|him|her))\b|\bno reason to live\b/,
      /\b(?:dont|doesnt|do not|does not) want to (?:live|be alive|be here|exist|wake up)\b/,
      /\b(?:go to |fall )?a?sleep and (?:never|not) wake up\b|\bnever wake up again\b|\bwant (?:it all|everything) to (?:stop|end)\b|\b(?:whats the|no) point (?:of |in )?(?:living|life)\b/,
      /\b(?:end|ending|take|taking) (?:it all|(?:my|his|her|their) (?:own )?life)\b|\btired of (?:living|life|being alive)\b/,
      /\b(?:not|isnt) worth living\b|\bdone with (?:life|living)\b|\bcant go on\b/,
      // An attempt under way, inside any request; cutting told by the part cut ("se cortó las muñecas", "cut her wrists").
      ATTEMPT_UNDER_WAY,
      SELF_CUT_BY_PART,
      /\b(?:thinking|thought|thinks) (?:of|about) (?:dying|killing|ending|suicide|overdosing|jumping|hanging|taking all)\b/,
      /\b(?:taking|take) all (?:of )?(?:my|his|her|the) (?:pills|meds)\b|\b(?:tomar\w*) todas (?:mis|sus|las) pastillas\b|\b(?:se|me) (?:las|los) (?:va|voy) a (?:tomar|tragar) tod[oa]s\b/,
      /\bgoodbye (?:forever|letter|note|texts?|message)\b|\bsuicide note\b|\bcarta de despedida\b|\bse despidio de (?:todos|nosotros)\b/,
      /\b(?:is|im|hes|shes|been|feeling|feel|feels|gets|getting) suicidal\b|\bhaving suicidal\b|\bthreaten\w* suicide\b/,
      /\b(?:going to|wants? to|gonna|will|threaten\w* to) commit suicide\b/,
      // Clinicians' shorthand: "disclosed active SI with intent", "endorses HI with a plan".
      /\b(?:active|passive|current|reports|reported|disclosed|endorses|endorsed|endorsing|having) (?:si|hi)\b|\b(?:si|hi) (?:with|w) (?:a )?(?:plan|intent)\b/,
      /\b(?:just|going to|want to|wants to|try to|trying to|gonna|will) end (?:it|things)\b|\bsleep forever\b|\b(?:no|dont see a) way out\b/,
      // Researching a method, any method: "he googled how many of his seizure pills it would take", "buscó cuántas pastillas se necesitan para morir".
      `${RESEARCHED}(?: \\w+){0,4} (?:how many|how much|what dose|how long|how high|how far|how deep|how to|ways to|the best way to|cuant[oa]s?|como|formas de|maneras de)\\b(?: \\w+){0,8} (?:it would take|would it take|it takes|does it take|would kill|it would kill|to die|to kill|to overdose|to od|to end it|to not wake up|to never wake up|is lethal|is fatal|is deadly|is an overdose|lethal|fatal|deadly|to hang|hang (?:himself|herself|themselves|yourself)|to jump|ahorcarse|colgarse|matarse|suicidarse|tirarse|aventarse|para morir|para matarse|para suicidarse|para no despertar|se necesitan|se necesitarian|harian falta|hacen falta|serian mortales|es mortal|es letal|son mortales|son letales)\\b`,
      `${RESEARCHED}(?: \\w+){0,4} (?:lethal|fatal|deadly) (?:dose|amount)s?\\b|${RESEARCHED}(?: \\w+){0,4} (?:dosis|cantidad) (?:letal|mortal)\\b`,
      // Asking someone how much it would take, with the purpose said: "keeps asking how many of her pills it would take to not wake up".
      `\\b(?:ask|asks|asked|asking|pregunta|pregunto|preguntando|preguntandome)(?: \\w+){0,4} (?:how many|how much|cuant[oa]s?)\\b(?: \\w+){0,8} (?:to not wake up|to never wake up|to die|to kill (?:himself|herself|myself|themselves)|para no despertar(?:se)?|para (?:ya )?no despertar(?:se)? nunca|para morir(?:se)?|para matarse)\\b`,
      // A plan to finish what a self-harm began, or a jump told as the writer's own plan: "cut deep last night and plans to
      // 'finish it' this weekend", "ya tengo el plan, el viernes me aviento al tren".
      allOf(
        '\\bplan(?:s|ning|ned)? (?:to|on) (?:finish|end) (?:it|things|(?:his|her|my|their) life)\\b',
        `${SELF_CUT}|\\bcut (?:deep|again|bad|badly)\\b|\\bsuicid\\w*|\\bself ?harm\\w*|\\b(?:si|overdos\\w*|od)\\b`,
      ),
      /\b(?:me|se) (?:aviento|avienta|voy a aventar|va a aventar|tiro|tira|voy a tirar|va a tirar) (?:al|a la|del|de la|desde el|desde la) (?:tren|metro|vias|puente|edificio|azotea|freeway|autopista)\b/,
      // Pills kept back and a time to take them: "tengo pastillas guardadas y hoy en la noche me las tomo".
      allOf(
        '\\b(?:pastillas|pildoras|medicinas|pills|meds)(?: \\w+){0,2} (?:guardad|escondid|juntad|ahorrad|saved|stashed|hidden)\\w*',
        '\\b(?:me|se) (?:las|los) (?:tomo|tomare|voy a tomar|va a tomar|trago|voy a tragar|va a tragar)\\b|\\btomar(?:se|me)(?:las|los) tod[oa]s\\b|\\b(?:take|taking) (?:them|all of them)\\b',
        '\\b(?:hoy|esta noche|en la noche|tonight|ahorita|todas|all of them)\\b',
      ),
      // A plan with a method, as clinicians report it: "disclosed a plan to jump from the overpass tonight".
      /\bplans? (?:to|of|on) (?:jump\w*|kill\w*|end\w*|hang\w*|overdos\w*|shoot\w*|cut\w*|die|take all|taking all)\b|\b(?:plan|planea|planeando|plan de) (?:para )?(?:tirarse|aventarse|matarse|ahorcarse|suicidarse|quitarse la vida|brincar|saltar)\b/,
      PLAN_FOR_PILLS,
      /\b(?:mcr|mobile crisis(?: response| team)?|crisis team) (?:dispatched|sent out|to come out|out (?:here|now|tonight))\b|\bdispatch (?:mcr|mobile crisis|the crisis team)\b|\b(?:manden|mandar|envien) (?:a )?(?:crisis movil|el equipo de crisis)\b/,
      /\b(?:saying|said|says|say) goodbye to (?:everyone|everybody|us|me|all)\b|\b(?:wants?|going|gonna|threaten\w*) to jump\b/,
      /\bdespidiendose\b|\bdespedida\b|\bdormir para siempre\b|\bno veo (?:salida|otra salida)\b|\b(?:quiere|va a) (?:saltar|brincar|tirarse|aventarse)\b/,
      /\b(?:no|ya no) (?:quiero|quiere) seguir(?: aqui| viviendo| en este mundo)?$|\b(?:want|wants|wanna) (?:to )?disappear\b/,
      /\b(?:if|when) (?:i|im|he|she) (?:was|were|am|is) gone\b|\bnobody would (?:even )?(?:notice|care|miss)\b/,
      /\bnot planning (?:on being|to be) (?:here|around)(?: \w+){0,2} (?:by the time|much longer|anymore|any more|after (?:tonight|today)|by (?:tomorrow|morning|then))\b|\bnot planning (?:on being|to be) alive\b|\b(?:wont|will not|not going to|isnt going to|is not going to|not gonna) be (?:here|around|alive)(?: \w+)? (?:anymore|tomorrow|much longer|for long|next week|after (?:tonight|today)|past tonight|by (?:tomorrow|morning))\b|\b(?:tomorrow|manana) (?:\w+ )?(?:wont|will not|not going to) be (?:here|around|alive)\b/,
      // Will not be a problem, a burden, around much longer: "he says he wont be a problem much longer".
      /\b(?:i|im|ill|he|hes|she|shes)\b(?: \w+){0,3} (?:wont|will not|not going to|isnt going to|is not going to|not gonna) be (?:a |your |anyones |the )?(?:problem|burden|bother|trouble|pain)(?: \w+){0,3} (?:much |for much |any |for )?(?:longer|long)\b|\b(?:ya )?no (?:voy|va) a (?:ser|estar) (?:un |una )?(?:problema|carga|molestia|estorbo)(?: \w+){0,3} (?:por )?mucho tiempo\b|\bpronto ya no (?:voy|va) a (?:ser|estar|molestar)\b/,
      // Going to join someone who died: "she'll go to heaven with grandma", "ya se va a ir con su abuelita al cielo".
      /\b(?:going to|gonna|will|ll|wants? to|wanna|ready to|about to|is going|im going|hes going|shes going) (?:go )?(?:to )?(?:go to|be in|be with \w+ in) heaven\b|\b(?:go|going|be) (?:to heaven )?with (?:\w+ ){0,2}(?:in heaven|up in heaven)\b|\bse (?:va|quiere|iba) a ir (?:con (?:su |mi )?\w+ )?al cielo\b|\b(?:se va|se quiere ir|quiere irse|se iba|voy|me voy|quiero irme) (?:a ir )?con (?:su |mi )?\w+ al cielo\b|\b(?:quiere|quiero|va a|voy a) (?:estar|reunirse|reunirme|irse|irme) con (?:su |mi )?\w+ (?:al|en el) cielo\b/,
      // Not alive for what comes: "i wont be alive for them", "no voy a estar viva para eso".
      /\b(?:i|ill|im)\b(?: \w+){0,2} (?:wont|will not|not going to|am not going to|not gonna|might not|probably wont|prob wont) be alive\b|\b(?:ya )?no (?:voy|va) a (?:estar|seguir) viv[oa]\b/,
      /\bya no (?:va|voy) a estar (?:aqui|manana|con (?:ustedes|nosotros))\b|\bmanana ya no (?:va|voy) a estar\b|\b(?:diciendo|dijo|dice) adios a todos\b|\badios (?:a todos|para siempre)\b/,
      // A psychotic break under way; flying from a height: "in a full psychotic break", "says he can fly and wants to prove it off the deck".
      /\b(?:is in|is having|having|in a|esta en|tiene un|le dio un|le esta dando un) (?:full |full blown |complete |total )?(?:psychotic (?:break|episode)|brote psicotico)\b/,
      `\\b(?:says|saying|said|thinks|believes|dice|cree|piensa)(?: \\w+){0,4} (?:can|puede) (?:fly|volar)\\b.*\\b(?:${DROP}|deck|window|ventana|prove|probar|jump\\w*|off|brincar|aventarse|tirarse)\\b|\\b(?:${DROP}|deck|window|ventana)\\b.*\\b(?:can|puede) (?:fly|volar)\\b`,
      // A last time, a last day, nothing mattering after tonight: "this is the last time you'll see me", "hoy es su último día".
      /\blast time (?:you|youll|you will|u|ull) (?:ever )?(?:see|hear from|talk to) me\b|\b(?:said|says|saying|told (?:me|us|him|her))(?: it| that| nothing)? (?:doesnt|wont|does not|will not) matter (?:after|by|past) (?:tonight|tomorrow|today)\b/,
      /\b(?:hoy|today|tonight|esta noche|esta|this) (?:es|is) (?:su|mi|my|his|her) (?:ultimo|ultima|last) (?:dia|noche|day|night)\b(?! (?:de|del|of|en|at|in|on|for|con|with|before|antes|here|aqui|home|sin|without)\b)/,
      // Not making it to a day, with nothing left to bear or "doing it" today: "me dijo que no va a llegar al jueves, que ya no aguanta
      // y que lo va a hacer hoy".
      /\bno (?:va|voy) a llegar (?:al|a|hasta el|hasta) \w+\b.*\b(?:ya no (?:aguanta|aguanto|puede mas|puedo mas)|(?:lo|la) (?:va|voy) a hacer (?:hoy|esta noche|ahorita|ya))\b|\bya no (?:aguanta|aguanto|puede mas|puedo mas)\b.*\b(?:lo|la) (?:va|voy) a hacer (?:hoy|esta noche|ahorita|ya)\b/,
      /\b(?:wont|will not|isnt going to|is not going to|not going to) make it (?:to|till|until|through) \w+\b.*\b(?:cant take (?:it|this) anymore|going to do it (?:tonight|today|now))\b|\bcant take (?:it|this) anymore\b.*\bgoing to do it (?:tonight|today|now)\b/,
      // Making sure not to wake, a goodbye and then silence: "he'll make sure he doesn't wake up", "texted me im sorry for everything
      // tell grandma i love her and now she isnt picking up".
      /\bmake sure (?:\w+ ){0,2}(?:doesnt|dont|wont|never|not) (?:wake up|wakes up|wake|live)\b|\basegurar(?:se|me)? de no (?:despertar|amanecer)\b/,
      /\b(?:sorry for everything|perdon por todo|perdoname por todo|tell (?:\w+ ){0,3}i love (?:her|him|them|you)|diles? (?:a \w+ )?que (?:los|las|la|lo|te) quiero)\b.*\b(?:(?:isnt|not|wont|doesnt|stopped) (?:picking up|answering|responding|replying)|no (?:me )?(?:contesta|responde))\b/,
      // "Ending it" as soon as he is home; possessions given away with a goodbye or a forgiveness asked for.
      /\b(?:hes|shes|im|i am|he is|she is|is|going to be) ending it\b(?! (?:with|w)\b)|\bend(?:ing)? it (?:all )?(?:as soon as|when (?:i|he|she) gets? home|tonight|today)\b/,
      /\b(?:regalo|regalando|regalado|repartio|repartiendo|gave away|giving away|given away)\b(?: \w+){0,2} (?:todas? )?(?:sus|his|her|all (?:his|her)|all of (?:his|her)) (?:cosas|stuff|things|pertenencias|belongings|juegos|ropa)\b.*\b(?:perdon\w*|forgive|sorry|no (?:lo|la) encuentro|cant find|goodbye|adios|despid\w*)\b/,
      // The whole bottle to come, a plan tonight with nothing left worth it, everything ready after "ya no quiero seguir": "me voy a
      // tomar todo el frasco cuando se duerman mis papas", "siento q ya nada vale la pena y tengo un plan pa esta noche".
      WHOLE_BOTTLE_TO_COME,
      /\bya nada vale la pena\b.*\b(?:un plan|todo listo|lo voy a hacer)\b|\bya no (?:quiero|quiere) seguir\b.*\b(?:un plan|todo listo|lo voy a hacer)\b/,
      /\b(?:me|se) (?:rasgun\w*|aran\w*)(?: \w+){0,5} hasta (?:que )?(?:me |le )?(?:salio|sacar\w*|sangr\w*)\b/,
      // Treatment stopped to die: "I'm going to skip insulin until I die", "dice que ya no se va a poner la insulina hasta morirse".
      /\b(?:skip|skipping|stop|stopping|not take|not taking|quit|quitting|refuse|refusing|dejar de|no (?:me |se )?(?:voy a|va a|quiero|quiere) (?:poner|tomar|inyectar))\b(?: \w+){0,4} (?:until|till|til|hasta que) (?:i|he|she|me|se) (?:die|dies|muera|muere)\b|\b(?:insulin|insulina|meds|medicine|medicina|pastillas)(?: \w+){0,3} hasta morir(?:me|se)?\b/,
      /\bya no (?:va|voy|vas) a despertar(?:se|me)?\b|\b(?:mejor|que) (?:me|se) (?:mato|mata)\b(?! (?:trabajando|estudiando|de|por|con)\b)|\bmejor (?:me|se) (?:muero|muere)\b(?! (?:de|del)\b)/,
      /\bextranari\w* si (?:ya no|no) (?:estuviera|existiera|estuviese)\b/,
      // Wanting to disappear, in Spanish as in English; the how already thought out ("tiene una cuerda en su closet y ya pensó cómo").
      /\b(?:quiero|quiere|quisiera|lo mejor es|lo mejor seria|mejor) desaparecer(?:me|se)?\b(?! (?:las|los|el|la|esas?|esos?|unas?|unos|su|sus|mis?)\b)/,
      /\bya (?:penso|pense|tiene pensado|planeo|sabe) (?:como|cuando)\b(?! (?:le|lo|la|les|vamos|va a pagar|llegar|ir)\b)|\b(?:already|has) (?:thought|figured|planned) (?:out )?how\b(?! (?:to (?:pay|get|tell)))/,
    ),
  },
  {
    kind: 'behavioral',
    pattern: anyOf(
      `\\b(?:hurt|hurting|harm|harming) ${SELF}\\b`,
      /\bsuicid\w*|\bself ?(?:harm|injur)\w*|\bautolesion\w*|\bhearing voices\b|\b(?:oyendo|escucha|oye) voces\b/,
      /\b(?:is|hes|shes|been|keeps|started) cutting\b(?! (?:his|her|the|our|my) (?:hours|nursing|services|benefits|budget))/,
      /\bout of control\b|\bfuera de control\b|\b(?:raging|violent|agresiv[oa])\b|\bbreaking things\b|\bran away\b|\bse escapo de (?:la )?casa\b/,
      /\bpsychotic\b|\bpsicosis\b|\bbrote psicotico\b|\bcant do this anymore\b|\bya no puedo mas\b/,
      // Self-injury by blows, told as the act: "se está pegando la cabeza contra la pared" (a habit asked about is a mention).
      /\bse (?:esta |estaba )?(?:pegando|golpeando|pega|golpea|pego|golpeo) (?:la cabeza|contra)\b/,
      /\b(?:rope|noose|soga)\b|\bhate (?:my|his|her) life\b|\bodio mi vida\b/,
      `\\b(?:matar|morir)(?:me|se)\\b${NOT_IDIOM}`,
    ),
    contextual: true,
  },
  { kind: 'behavioral', pattern: new RegExp(`\\b${INTENT} (?:kill|hurt|harm|stab|shoot|attack|beat|strangle|choke|punch|hit) ${PERSON}\\b`) },
  {
    kind: 'behavioral',
    pattern: anyOf(
      /\bthreaten(?:s|ed|ing)? (?:people|us|me|everyone|everybody|someone|his|her|my|our|to (?:kill|hurt|harm|stab|shoot|jump|run into))\b/,
      /\bshoot up (?:his |her |the |a |my )?(?:school|class)\b|\brun into traffic\b|\bjump (?:off|in front)\b(?! (?:of )?(?:the |a |his |her )?(?:couch|sofa|bed|trampoline|diving board|swings?|slide|monkey bars|playground|furniture|coffee table|chair|step)s?\b)/,
      `\\b(?:has|with|holding|grabbed|got) (?:a |my |his |her )?(?:gun|knife|weapon)\\b(?! ${terms('notAWeapon')})|\\bknife to (?:his|her|my) (?:own )?(?:throat|wrist|neck)\\b`,
      `\\b(?:con|tiene|agarro) (?:un|una|el|la) (?:cuchillo|pistola|arma|navaja)\\b(?! ${terms('notAWeapon')})`,
      /\b(?:is|keeps|hes|shes|been) (?:hitting|beating|punching|choking|attacking|stabbing) (?:me|us|my|the|her|him|his)\b/,
      /\b(?:hitting|punching|biting|scratching|beating) (?:him|her|my|them)sel\w*|\bbanging (?:his|her|their|my) head\b/,
      // A ligature put on one's own neck: "se amarró algo en el cuello", "tied a belt around his neck".
      /\b(?:se amarro|se ato|se puso|se enredo) (?:\w+ ){0,3}(?:en el|en su|al|alrededor del|alrededor de su) cuello\b|\b(?:tied|wrapped|put) (?:a |an |the |some )?\w+ (?:\w+ )?around (?:his|her|their) (?:own )?neck\b/,
      /\b(?:having|in|is in|going through) (?:a |an )?(?:mental health |psychiatric |behavioral )?(?:crisis|breakdown)\b/,
      /\bvoices? (?:are |is )?(?:telling|tell|told|say|saying)\b|\bvoces le (?:dicen|estan diciendo)\b/,
    ),
  },
  {
    kind: 'behavioral',
    pattern: anyOf(
      // Not a death feared unless something is done ("se va a morir si no lo bautizamos"), nor a thing stuck up ("lo quiero pegar en el refri").
      `\\b(?:quiere|quiero|queria|quieren|va a|voy a|iba a|vas a|amenaza con|amenazando con|dice que va a) (?:matar|morir(?!\\w* si no\\b)|suicidar|pegar(?!\\w* (?:en|al|con) (?:el |la |los |las |mi |su )?(?:refri\\w*|nevera|pared|puerta|cuaderno|carpeta|libreta|espejo|cinta|pegamento|resistol)\\b)|golpear|apunalar|disparar|lastimar|ahorcar|aventar)\\w*\\b${NOT_IDIOM}`,
      `\\b(?:quiere|quiero|va a|voy a|amenaza con) cortar(?:se|me|la|lo)?\\b${NOT_CUTTING_SERVICES}`,
      /\b(?:piensa|pienso|pensando|pensado) en (?:matar|morir|suicid|quitar)\w*/,
      /\b(?:no|ya no) (?:quiero|quiere) (?:vivir|seguir viviendo|estar aqui|despertar)\b|\bcansad[oa] de vivir\b/,
      /\bno vale la pena (?:vivir|seguir)\b|\b(?:quisiera|quiere|quiero|ojala) (?:estar|estuviera) muert[oa]\b|\birme de este mundo\b/,
      PLANNED_TO_GO,
      /\bdesaparecer para siempre\b|\bsentido a (?:la|mi|su) vida\b|\bno tiene sentido (?:vivir|la vida|seguir)\b/,
      /\bquiero que todo (?:termine|se acabe)\b|\bdormir(?:me)? y no despertar\b/,
      /\bquitar(?:se|me|le)? la vida\b|\b(?:acabar|terminar) con (?:todo|mi vida|su vida)\b|\bcortar(?:se|me) las venas\b/,
      /\bahorcar(?:se|me)\b|\bcolgar(?:se|me)\b|\b(?:tirar|aventar)(?:se|me) (?:de|del|por|al)\b/,
      /\bhacer(?:se|me|le|les)? dano\b|\blastimar(?:se|me)\b|\b(?:se|me) (?:esta |estoy )?lastimando\b/,
      `\\bse (?:esta )?cortando\\b|\\bse corta\\b${NOT_CUTTING_SERVICES}`,
      /\b(?:se|me) (?:hace|hago|esta haciendo|estoy haciendo) (?:cortadas|cortes|heridas|quemaduras)\b/,
      /\b(?:me|nos|la|lo|le|les) (?:esta |estan )?(?:golpeando|pegando)\b|\b(?:me|nos) (?:pega|golpea)\b|\bamenazando a\b/,
    ),
  },
  // Self-harm by a method told as acts: a child who puts himself in traffic or at a height's edge, with the purpose or a refusal
  // to come away ("he ran out toward the freeway, hes trying to get hit", "está en el puente y se quiere lanzar", "on the roof,
  // standing at the edge saying she'll jump"), or who lies down in a road. The parts may sit in different sentences.
  {
    kind: 'behavioral',
    pattern: anyOf(allOf(SELF_AT_A_DROP_OR_TRAFFIC, PURPOSE_OR_REFUSAL), LIES_DOWN_IN_TRAFFIC, WANTS_TO_BE_STRUCK),
    wholeMessage: true,
  },
  // Near-drowning: pulled out of, found in or under water. Even breathing again, it is 911.
  {
    kind: 'medical',
    pattern: anyOf(
      near('\\b(?:pulled|pull|fished|dragged|yanked|rescued|saved)', `out (?:of )?${IN_WATER}`, 3),
      near('\\b(?:fell|fallen|falls|slipped|wandered|toppled|rolled|tumbled)(?! asleep)', `(?:in|into|in to) ${IN_WATER}`, 2),
      `\\b(?:face|head|cara|cabeza) (?:was |is |estaba |esta |down )?(?:in|under|en|bajo|dentro del?) (?:the |el |la )?(?:water|agua|${WATER_PLACE})`,
      `\\b(?:found|saw|spotted) (?:him|her|them|my \\w+|our \\w+|the baby)(?: \\w+){0,2} (?:floating|face down|face first|at the bottom|under the water|underwater)\\b`,
      '\\bfloating face (?:down|first)\\b|\\b(?:lo|la|los|las) (?:encontre|encontramos|encontraron|vi|vimos)(?: \\w+){0,2} (?:flotando|boca abajo|en el fondo)\\b|\\b(?:estaba|esta|estuvo) flotando\\b',
      '\\b(?:was|been|went|stayed|got|stuck|estuvo|estaba|quedo|se quedo|se hundio)(?: \\w+){0,2} (?:underwater|under water|under the water|bajo el agua|debajo del agua|abajo del agua)\\b',
      '\\bhow long (?:he|she|they|the baby|my \\w+) (?:was|were|had been|has been) under\\b|\\bcuanto tiempo (?:estuvo|paso|duro) (?:bajo|debajo|abajo)\\b',
      `\\bse (?:cayo|callo|resbalo|hundio)(?: \\w+){0,2} (?:a|al|en|dentro de) ${IN_WATER}`,
      // Held under by someone: "lo está metiendo abajo del agua", "holding his brother under the water".
      '\\b(?:holding|held|pushing|pushed|dunking|dunked) (?:him|her|them|the baby|my \\w+|his \\w+|her \\w+)(?: \\w+)? (?:under|underwater)\\b|\\b(?:lo|la) (?:esta )?(?:metiendo|mete|metio|hundiendo|hunde|hundio) (?:abajo|debajo|bajo) del? agua\\b',
    ),
  },
  {
    kind: 'medical',
    pattern: anyOf(
      // Out of the water, said plainly, with a sign after it: "we got him out and hes coughing".
      allOf(
        `${near('\\b(?:got|get|lifted|took|grabbed|carried|brought)', 'out', 3)}|\\b(?:lo|la|los|las) (?:saque|sacamos|sacaron|saco|sacaste|jale|jalamos|rescatamos|rescataron)\\b`,
        `${WATER_PLACE}|\\b(?:the water|el agua|del agua)\\b`,
        AFTER_WATER,
      ),
      allOf(
        '\\b(?:went|go|gone|goes|was|been) under\\b(?! (?:anesthesia|anesthetic|general|sedation|the knife))|\\b(?:didnt|did not|wasnt) (?:come|coming) (?:back )?up\\b|\\bno (?:salia|salio)\\b',
        `${WATER_PLACE}|\\b(?:swimming|swim|water|nadando|nadar|agua)\\b`,
      ),
    ),
    wholeMessage: true,
  },
  {
    kind: 'medical',
    pattern: allOf(
      near(
        '\\b(?:swallowed|inhaled|breathed in|trago|inhalo)',
        '(?:a lot of|so much|too much|tons of|lots of|mucha|bastante|demasiada)(?: \\w+)? (?:water|agua)\\b',
        2,
      ),
      WATER_PLACE,
    ),
    wholeMessage: true,
    contextual: true,
  },
  { kind: 'medical', pattern: /\b(?:almost|nearly|near) drown\w*|\bcasi se (?:ahoga|ahogo)\b/, contextual: true },
  {
    kind: 'medical',
    pattern: anyOf(
      // Hard to wake, a life-support machine that stopped, a car running in a closed garage.
      '\\b(?:hard|trouble|difficult\\w*|struggling) (?:time )?(?:to )?wak\\w*|\\bcant (?:get|keep) (?:him|her|them) (?:to wake|awake)\\b|\\bno (?:lo|la) (?:puedo|podemos) despertar\\b|\\ble cuesta (?:mucho )?despertar\\b',
      `\\b(?:vent|ventilator|ventilador|oxygen|oxigeno|concentrator|concentrador|bipap|trilogy)\\b(?: \\w+){0,3} (?:stopped|quit|died|isnt working|not working|broke|failed|dejo de funcionar|se apago|no funciona|no sirve)\\b`,
    ),
    contextual: true,
    unless: /\b(?:new|replace\w*|order\w*|repair\w*|company|dme|vendor|reemplaz\w*|nuevo|compania|cambiar)\b/,
  },
  {
    kind: 'medical',
    pattern: anyOf(
      // A wound that gushes; choking with no air or voice; a purple rash; a child with diabetes who is not making sense.
      /\bno puede (?:hablar|respirar|llorar) ni (?:toser|respirar|hablar)\b|\b(?:cant|can not|cannot) (?:talk|speak|breathe|cry) (?:or|and|n|nor) (?:cough|breathe|talk)\b/,
      allOf(
        '\\b(?:cut|cuts|sliced|gash|wound|laceration|stoma|corto|cortada|cortadura|herida)\\b',
        '\\b(?:gushing|spurting|squirting|pouring|soaking|soaked|a chorros|chorreando)\\b',
      ),
      // A bad burn: blisters, fire, boiling water or oil, a large area or the face.
      near(
        '\\b(?:burn|burns|burned|burnt|scald\\w*|quem\\w*)',
        '(?:bad|badly|severe|deep|big|large|serious|all over|blister\\w*|ampolla\\w*|face|cara|fire|boiling|hot oil|aceite caliente|fuego|grave\\w*)\\b',
        4,
      ),
      // A fall from a height: a roof, a balcony, a window, an upper floor.
      '\\b(?:fell|falls|fallen|se cayo|cayo|se avento)(?: \\w+){0,2} (?:off|from|out of|out|de|del|desde) (?:the |a |el |la |una |un |his |her |our )?(?:\\w+ )?(?:roof|balcony|window|second story|second floor|2nd floor|third floor|3rd floor|cliff|bridge|ledge|deck|azotea|techo|balcon|ventana|segundo piso|tercer piso|barranco|puente|barda)\\b',
      // A finger or toe cut off or hanging.
      near(
        '\\b(?:finger|fingertip|toe|ear|dedo|dedito|oreja|tip|punta)',
        '(?:hanging|cut off|came off|ripped off|colgando|cortad[oa]|se (?:le )?(?:cayo|desprendio|arranco))\\b',
        5,
      ),
      allOf(
        '\\b(?:choked on|choking on|chokes on|something stuck|stuck in|ahogo con|ahogando con|atraganto|atragantando|atoro|atorado|atorada)\\b',
        '\\b(?:cant|cannot|unable to|no puede) (?:talk|speak|breathe|cough|cry|make a sound|hablar|respirar|toser|llorar)\\b|\\b(?:blue|turning|morad\\w*|azul\\w*)\\b|\\bno (?:le )?sale (?:la )?voz\\b|\\bno le sale (?:nada|ni tos|ni aire)\\b|\\bni (?:tos|tose|toser)\\b|\\bno (?:le )?(?:salen|sale) (?:las )?palabras\\b',
      ),
      near('\\b(?:purple|purplish|dark red|morad\\w*|purpura)', '(?:spots?|dots?|rash|marks|bruises|manchas|manchitas|puntitos|puntos|ronchas)\\b', 3),
      near('\\b(?:spots?|dots?|rash|marks|manchas|manchitas|puntitos|puntos|ronchas)', '(?:purple|purplish|morad\\w*|purpura)\\b', 3),
      allOf(
        '\\b(?:diabet\\w*|type 1|t1d|insulin|insulina|blood sugar|glucose|glucosa|azucar|bg)\\b',
        `${terms('alteredMental')}|${NOT_RESPONDING}|\\b(?:wont|doesnt|cant|not|isnt) (?:answer|talk|make sense|respond)\\w*|\\bpassed out\\b|\\bseiz\\w*|\\bconvuls\\w*|\\bno (?:me |nos |le )?(?:contesta|habla|reacciona|responde)\\b`,
      ),
    ),
    wholeMessage: true,
  },
  // A fever in a child on chemo, with a port or without a spleen, told as a word, a reading or chills ("hes 102 with chills, he had chemo tuesday").
  {
    kind: 'medical',
    pattern: allOf(`${terms('fever')}|${TEMPERATURE_READING}|${FEVER_NUMBER}|\\b(?:chills|escalofrios)\\b`, terms('highRiskFever')),
    wholeMessage: true,
    contextual: true,
  },
  // A shunt with signs it may be failing; "spina bifida with a shunt" alone is a diagnosis. Two
  // signs are an emergency even inside a question ("...throwing up, how do i reach his neurosurgeon").
  { kind: 'medical', pattern: allOf(SHUNT, SHUNT_FAILING), wholeMessage: true, contextual: true },
  { kind: 'medical', pattern: allOf(SHUNT, `(?:${SHUNT_FAILING}).*(?:${SHUNT_FAILING})`), wholeMessage: true },
  {
    kind: 'behavioral',
    pattern: anyOf(
      // Violence by a child or an adult happening now: a blow, then fear or screaming.
      allOf(
        // Not a car's or a ball's hit ("a car just hit my son in the crosswalk"), nor a medicine or a feed pushed through a tube
        // ("pushed his keppra thru it").
        `(?<!\\b(?:car|truck|van|suv|bus|ball|carro|coche|camioneta|pelota)(?: just)? )\\b(?:punched|hit|kicked|attacked|choked|stabbed|strangled|bit|shoved|pushed|beat up|slapped|golpeo|pego|pateo|ataco|ahorco|empujo|mordio|cacheteo) (?:me|us|my|his|her|their|our|him|her|them|a mi|a su|a mi|me|nos)\\b(?! (?:own )?(?:head|forehead|knee|elbow|arm|leg|foot|toe|hand|finger|chin|nose|lip|mouth|face|back|shoulder|eye|cabeza|frente|rodilla|codo|brazo|pierna|pie|mano|dedo|barbilla|nariz|labio|boca|cara|espalda)s? (?:on|against|into|in|off|contra|con|en)\\b)(?!(?: \\w+)? (?:${MEDICINE}|feeds?|formula|meds|leche))`,
        '\\b(?:scared|afraid|terrified|miedo|asustad\\w*|help|ayuda|just|acaba de|police|policia|911|screaming|yelling|gritando|out of control|fuera de control|threat\\w*|amenaz\\w*|raging|wont stop)\\b',
      ),
      // Something over the face or around the neck.
      '\\b(?:plastic )?bag (?:over|on|around) (?:his|her|their|my) (?:head|face)\\b|\\b(?:bolsa|cuerda|cinturon|cable|cordon|soga|mecate) (?:en|alrededor de|sobre|amarrad[oa] a) (?:la|su|el) (?:cabeza|cara|cuello)\\b|\\b(?:belt|cord|rope|cable|scarf|string|sheet) (?:tied )?(?:around|on) (?:his|her|their|my) neck\\b',
      '\\b(?:se |le )?(?:amarro|ato|puso|enredo|apreto|amarraron|pusieron) (?:un |una |el |la |su )?(?:cable|cuerda|cinturon|cordon|soga|mecate|bufanda|lazo|cinta|agujeta)(?: de (?:la |el )?\\w+)? (?:al|en el|alrededor del|sobre el) cuello\\b|\\b(?:tied|wrapped|put|pulled) (?:a |the |his |her )?(?:belt|cord|rope|cable|scarf|string|sheet|charger) (?:tight )?(?:around|on) (?:his|her|their|my) (?:own )?neck\\b',
      // Threatening to hurt themselves another way: drive into a tree, run away, jump.
      '\\bthreaten\\w* to (?:\\w+ ){0,2}(?:drive|crash|run|jump|burn|shoot|cut|overdose|take all|end|kill|hurt|stab|harm|leave and never)\\b|\\bamenaza\\w* con (?:\\w+ ){0,2}(?:estrellar|manejar|aventarse|tirarse|irse|cortarse|tomarse|matar|lastimar|quemar)\\w*',
      // Threatening to set a fire or destroy the house.
      '\\b(?:going to|gonna|will|threaten\\w* to|wants? to|trying to) (?:burn|set fire to|blow up|torch) (?:down )?(?:the|our|his|her|my|this) (?:house|home|school|apartment|place|car|room)\\b|\\b(?:va a|quiere|amenaza con) (?:quemar|incendiar|prender fuego a) (?:la|el|nuestra|su) (?:casa|escuela|departamento|cuarto|carro)\\b',
      // A car left running in a garage; a threat to kill, however far the words sit apart.
      allOf(
        '\\b(?:car|engine|motor|truck|carro|coche|camioneta)\\b(?: \\w+){0,2} (?:running|on|prendido|encendido|andando)\\b',
        '\\b(?:garage|cochera|garaje|locked|encerr\\w*)\\b',
      ),
      near('\\b(?:threaten\\w*|amenaz\\w*)', '(?:to |con )?(?:kill|hurt|shoot|stab|matar|lastimar|disparar|apunalar)\\w*', 6),
      /\b(?:cuts|cortadas|cortes|heridas)\b(?: \w+)? (?:frescas|nuevas|recientes|profundas)\b|\b(?:fresh|new|deep) (?:\w+ )?(?:cuts|slashes|scratches)\b/,
    ),
  },
  // An adult reaching a child online or by text to meet or for pictures: "a grown man messaging my 12 year old ... to meet him at the
  // park"; an unknown adult in the child's messages who will wait for the child at school.
  {
    kind: 'medical',
    pattern: anyOf(allOf(ADULT_CONTACT, near(CONTACTING, YOUNG_ONE, 3), GROOMING_ASK), allOf(MESSAGES, UNKNOWN_ADULT, WAITS_AT_SCHOOL)),
    wholeMessage: true,
    byAPerson: true,
  },
  // A weapon in someone's hands with a locked door, a threat or anger; a young child who finds a gun.
  { kind: 'behavioral', pattern: allOf(near(HOLDS, WEAPON, 4), terms('weaponDanger')), wholeMessage: true, contextual: true },
  {
    kind: 'medical',
    pattern: allOf(
      terms('youngPerson'),
      near('\\b(?:found|finds|playing with|picked up|is holding|holding|got (?:a ?)?hold of|encontro|jugando con|agarro)', FIREARM, 5),
    ),
    wholeMessage: true,
    contextual: true,
    // A threat with it is a behavioral crisis (988 and 911): this is for a child who only found it.
    weak: true,
  },
  // Harm categories composed from the vocabulary: new wordings of the same emergencies.
  {
    kind: 'medical',
    pattern: anyOf(
      allOf(terms('seizure'), `${terms('stillSeizing')}|${SEIZURE_DURATION}`),
      allOf(terms('rescueMedicine'), terms('rescueFailed')),
      near('\\b(?:gave|give|used|given|giving|le di|le puse|le pusimos|le dimos)', terms('rescueMedicine'), 3),
      terms('severeInjury'),
      terms('allergyDanger'),
      terms('breathingDanger'),
      terms('missingChild'),
      NOT_RESPONDING,
      near(`${terms('youngPerson')}|${terms('child')}`, '(?:is|went|has gone|esta) (?:missing|desaparecid[oa])\\b', 3),
    ),
  },
  // Asthma past its rescue: wheezing or hard breathing with the inhaler doing nothing, or too breathless to talk ("wheezing so bad he
  // cant talk and the inhaler isnt doing anything", "le silba el pecho y el inhalador no le hace nada"). Unequal pupils, any cause.
  {
    kind: 'medical',
    pattern: anyOf(
      allOf(BREATHING_HARD, `${near(ASTHMA_RESCUE, RESCUE_NOT_HELPING, 3)}|${TOO_BREATHLESS_TO_TALK}`),
      allOf(near(ASTHMA_RESCUE, RESCUE_NOT_HELPING, 3), TOO_BREATHLESS_TO_TALK),
    ),
    wholeMessage: true,
  },
  { kind: 'medical', pattern: new RegExp(UNEQUAL_PUPILS) },
  // Heavy bleeding: the sign next to the blood ("sangra mucho", "soaking through"), not anywhere ("cuando hace mucho calor").
  {
    kind: 'medical',
    pattern: anyOf(near(terms('bleeding'), terms('severeBleeding'), 4), near(terms('severeBleeding'), terms('bleeding'), 3)),
    unless: new RegExp(terms('bloodTest')),
  },
  {
    kind: 'medical',
    pattern: anyOf(
      allOf(terms('fever'), `${terms('feverDanger')}|${STIFF_NECK}`),
      allOf(
        '\\b(?:hives|welts|ronchas)\\b',
        '\\b(?:throat|breath\\w*|wheez\\w*|lips|tongue|swell\\w*|vomit\\w*|garganta|respir\\w*|labios|lengua|hinch\\w*)\\b',
      ),
    ),
    wholeMessage: true,
  },
  {
    kind: 'medical',
    pattern: allOf(`${terms('fever')}|${TEMPERATURE_READING}`, `${terms('youngInfant')}|${INFANT_AGE}`),
    wholeMessage: true,
    contextual: true,
    // A reading below a fever: "temp 99.5", "temperatura de 37.2".
    unless:
      /\b(?:temp|temperature|temperatura)(?: (?:is|of|was|de|es|was only))? (?:9[5-9]|100 [0-3]|3[67])(?: \d)?\b|\b(?:9[5-9]|100 [0-3]|3[67])(?: \d)? (?:de )?(?:temp|temperature|temperatura|grados|degrees|f)\b/,
  },
  { kind: 'poisoning', pattern: allOf(SWALLOW_ANY_FORM, MAGNET_OR_BATTERY) },
  // A battery or magnet seen in the mouth and now not found: "had one of those little round batteries in her mouth i cant find it".
  {
    kind: 'poisoning',
    pattern: allOf(
      MAGNET_OR_BATTERY,
      '\\b(?:in|en) (?:his|her|their|the babys|su|la) (?:mouth|boca)\\b',
      '\\b(?:cant|can not|cannot|couldnt) find (?:it|them|the)\\b|\\bno (?:la|lo|las|los) (?:encuentro|encontramos|hallo)\\b|\\b(?:is|are|esta) (?:missing|perdid[oa])\\b|\\bfalta una\\b',
    ),
    wholeMessage: true,
  },
  // Carbon monoxide, named or not: a fuel burner with two of its signs, or one sign in several people.
  {
    kind: 'poisoning',
    pattern: anyOf(allOf(terms('fuelBurner'), twoOf('coSymptom')), allOf(terms('fuelBurner'), terms('coSymptom'), MANY_PEOPLE)),
    wholeMessage: true,
    contextual: true,
  },
  {
    kind: 'medical',
    pattern: anyOf(twoOf('dehydrationSign'), allOf(HOT_LIQUID, ON_THE_SKIN), allOf(HOT_SURFACE, BURN_SIGN), allOf(ANIMAL_BITE, TORN_OR_BLEEDING)),
    wholeMessage: true,
    unless: /\b(?:a little|a bit of|poquit[oa]|un poco de) (?:blood|bleeding|sangre)\b|\bjust a scratch\b|\bsolo un rasguno\b/,
  },
  {
    kind: 'poisoning',
    pattern: anyOf(allOf(HYDROCARBON, COUGHS), allOf(GOT_INTO, HAZARD, terms('afterIngestion'))),
    wholeMessage: true,
    // A fuel burner is carbon monoxide (its own rule); "cough syrup" is a medicine.
    unless: new RegExp(`${terms('fuelBurner')}|\\bcough (?:syrup|medicine|drops)\\b|\\bjarabe para la tos\\b`),
  },
  {
    kind: 'medical',
    pattern: anyOf(
      near(CENTRAL_LINE, LINE_TROUBLE, 4),
      near(LINE_TROUBLE, CENTRAL_LINE, 3),
      allOf(VEHICLE_CRASH, SPINE_HURT),
      allOf(NO_SWEAT, `${HOT_BODY}|${HEAT_SIGN}`),
      allOf(HEAT_EXPOSURE, HOT_BODY, HEAT_SIGN),
    ),
    wholeMessage: true,
  },
  // A drunk or high adult driving off with a child now: "my ex showed up drunk and drove off with my son" (not a story of last year).
  {
    kind: 'medical',
    pattern: allOf(
      terms('harmer'),
      '\\b(?:drunk|high|wasted|intoxicated|borracho|borracha|tomado|tomada|drogado|drogada)\\b',
      `\\b(?:took|drove off with|drove away with|left with|grabbed|se llevo a|se llevo)(?: \\w+){0,2} (?:${terms('child')}|\\d+ ?(?:yr|year|yo|y o|anos)\\b)`,
    ),
    wholeMessage: true,
    byAPerson: true,
    unless:
      /\blast (?:year|month|week|time)\b|\b(?:years?|months?|weeks?) ago\b|\bel (?:ano|mes) pasado\b|\bhace (?:\w+ )?(?:anos|meses|semanas)\b|\bcustody\b|\bcustodia\b/,
  },
  // A teen's warning signs: a goodbye "like forever", or things given away with a goodbye, a safety question or a sign of
  // despair ("today he gave away his xbox and said bye to the dog like forever"). Not a move, a trip or outgrown things.
  {
    kind: 'behavioral',
    pattern: anyOf(
      GOODBYE_FOREVER,
      allOf(FAREWELL_SENT, SILENCE_AFTER),
      allOf(
        GIVES_THINGS_AWAY,
        `${GOODBYE_FOREVER}|\\b(?:bye|goodbye|good bye|adios|se despidio|forever|para siempre|last time|ultima vez|safe|segur[oa]|suicid\\w*|hopeless|sin esperanza|burden|carga|not answering|isnt answering|no contesta|not home|wrote (?:\\w+ )?(?:letters|notes)|cartas|(?:wont|doesnt|not going to) need (?:it|them|those)|ya no (?:lo|la|los|las) va a necesitar|sad|triste|depress\\w*|deprimid\\w*|nobody|nadie|hurt (?:himself|herself)|lastimarse)\\b`,
      ),
    ),
    wholeMessage: true,
    unless:
      /\b(?:mov(?:e|ed|ing)|moves|mudamos|nos mudamos|mudanza|trip|vacation|viaje|vacaciones|graduat\w*|outgr\w*|too small|ya no le queda\w*|donat\w*|goodwill|charity|yard sale|garage sale|camp|campamento)\b/,
  },
  {
    kind: 'behavioral',
    pattern: anyOf(
      ON_AN_EDGE,
      WONT_COME_DOWN,
      // A goodbye note: "you wont have to deal with me anymore", "ya no van a tener que preocuparse por mi".
      /\b(?:wont|will not|dont|never|no longer) (?:have to|need to|gonna have to) (?:deal with|worry about|put up with|see|take care of|bother with|hear from) me (?:anymore|again|ever again|no more)\b/,
      /\bya no (?:van|vas|tendran|tendras|tienen|tienes) (?:a tener )?que (?:preocupar\w*|aguantar\w*|soportar\w*|lidiar|cuidar\w*|ver\w*)(?: \w+){0,2} (?:por mi|conmigo|de mi|a mi)\b/,
      // An apology or farewell with a goodbye, a silence or a last wish ("take care of the cat for me", "ya no aguanto, adios").
      allOf(
        '\\b(?:sorry for everything|im sorry for all|forgive me(?! for being late)|thank you for everything|i love you all|perdon(?:en|ame)? por todo|perdon(?:ame|enme)\\b|lo siento por todo|gracias por todo|los quiero a todos|ya no (?:aguanto|puedo mas)|i cant (?:take|do) (?:it|this) anymore)\\b',
        '\\b(?:not answering|isnt answering|wont answer|not picking up|wont pick up|phone (?:is )?off|cant reach|no contesta|no responde|no (?:me )?(?:contesta|responde)|apago (?:el|su) (?:telefono|celular)|goodbye|good bye|bye forever|adios)\\b|\\btake care of (?:\\w+ ){1,3}for me\\b|\\bcuid(?:a|en|ame|enme)(?: a| al)? (?:\\w+ ){1,3}por mi\\b',
      ),
    ),
    wholeMessage: true,
  },
  // A child in danger from another person is a 911 call, not 988: the line for someone hurt now (PRIORITY puts it first).
  {
    kind: 'medical',
    pattern: anyOf(
      // Someone else hurting or abusing a child: "my ex's boyfriend has been hitting my son"; a harm done with a threat to do it
      // again ("moms boyfriend hit my little sister and says hes gonna do it again").
      near(terms('harmer'), `(?<!\\bse )${terms('harmingPerson')} ${CHILD_TARGET}`, 6),
      allOf(terms('harmer'), HARM_DONE, DO_IT_AGAIN),
      // Spanish puts the child before the verb: "el tío de mi hija la toca", "su novio lo golpea".
      near(
        terms('harmer'),
        `\\b(?:la|lo|los|las) (?:toca|tocaba|toco|tocan|manosea\\w*|pega|pegaba|golpea\\w*|maltrata\\w*|lastima\\w*|encierra\\w*|quema|quemo|amenaza\\w*|ahorca\\w*)\\b|${HARMING_ONGOING_ES}`,
        6,
      ),
      allOf(`${terms('harmingPerson')} ${CHILD_TARGET}`, terms('abuseSign')),
      // The child told someone, formally or not: "she has confided that a man at her program has been touching her", "me confió que
      // un señor de su programa la ha estado tocando". Who it is may sit any distance from what they did.
      allOf(DISCLOSED, terms('harmer'), `(?<!\\bse )${terms('harmingPerson')} ${CHILD_TARGET}|${HARMING_ONGOING_ES}`),
      // A child taken or held with a threat never to be seen again: "hes got the baby ... saying if i call anybody ill never see her again".
      allOf(
        '\\b(?:i(?:ll| will)|youll|you will|u will) never see (?:her|him|them|the (?:baby|kids?)|my \\w+) again\\b|\\bno (?:la|lo|los|las) (?:voy|vas|va) a volver a ver\\b',
        '\\b(?:got|has|took|grabbed|locked|drove off|se llevo|se (?:la|lo|los|las) llevo|tiene a|agarro)\\b',
      ),
    ),
    wholeMessage: true,
    byAPerson: true,
  },
  // Another adult doing harm now, however it is told: "hes got my son by the collar up against the fridge", "my ex is outside with a
  // gun", "some guy in a van is following my daughter home". The adult is told before the act ("he threatened his teacher" is not
  // it); a writer turning a weapon on themself is 988's (the rules above), but "locked himself in with my son" is not that.
  {
    kind: 'medical',
    pattern: anyOf(
      `(?:${ANOTHER_ADULT}).*(?:${HARM_BEING_DONE})`,
      // A weapon in hand, with a threat, anger or the adult at the door ("my husband hunts and has guns" is not it).
      allOf(`(?:${ANOTHER_ADULT}).*(?:${near(HOLDS, WEAPON, 3)})`, `${terms('weaponDanger')}|${AT_THE_DOOR}`),
    ),
    wholeMessage: true,
    unless: new RegExp(
      `\\bse (?:esta |estaba )?(?:cortando|quemando|lastimando|pegando|ahorcando|golpeando)\\b|\\b(?:kill|hurt|harm|cut|shoot|stab|hang|burn)\\w* ${SELF}\\b|\\b(?:on|at|to|against) ${SELF}\\b|\\bsuicid\\w*|\\b(?:matar|cortar|lastimar|quitar)(?:me|se)\\b|\\b(?:me|se) (?:va|voy|quiere|quiero|iba) a (?:matar|cortar|lastimar|suicidar|quitar la vida)\\b|\\bse (?:lo|la) (?:va|quiere|iba) a (?:enterrar|clavar|encajar)\\b`,
    ),
  },
  { kind: 'behavioral', pattern: new RegExp(terms('selfHarmSign')), wholeMessage: true },
  // A flame held to the skin: "keeps holding a lighter to her arm and says it's the only thing that helps".
  {
    kind: 'behavioral',
    pattern:
      /\b(?:holding|held|holds|puts?|putting|pressing|pressed|burning) (?:a |the |her |his |my )?(?:lighter|flame|match|matches|lit match|encendedor|cerillo|cerillos)\b(?: \w+){0,2} (?:to|against|on|a|en|contra) (?:her|his|their|my|su|sus|el|la) (?:own )?(?:arms?|skin|legs?|wrists?|hands?|thighs?|brazos?|piel|piernas?|munecas?|manos?)\b/,
  },
  {
    kind: 'medical',
    pattern: anyOf(
      /\b(?:was|is being|being|got|been|were) (?:sexually )?(?:molested|abused|raped|assaulted|groomed)\b/,
      /\b(?:abusaron|abusan|abusa|abusando|abuso sexual) (?:de|a)\b|\b(?:la|lo) (?:violaron|violo|manosea\w*)\b|\b(?:la|lo) esta tocando\b/,
    ),
    contextual: true,
  },
  {
    kind: 'medical',
    pattern: anyOf(
      // A wound deep enough to see into: "I can see inside her cheek", "se le ve el hueso".
      /\b(?:can|could) see (?:inside|in|into) (?:his|her|their|the)\b|\b(?:can|could) see (?:the )?(?:bone|fat|muscle)\b|\bse (?:le )?ve (?:el hueso|la grasa|el musculo|por dentro|adentro)\b/,
      // A glucose meter past its range: "el azucar marca LO", "meter says LO".
      /\b(?:sugar|azucar|glucos\w*|glucometer|meter|bg|dexcom|cgm|libre)(?: \w+){0,3} (?:says|reads|read|shows|showing|marca|marcaba|dice|salio|sale) lo\b(?! (?:que|mismo|de|del|normal|usual|bien)\b)/,
    ),
  },
  {
    kind: 'poisoning',
    // A medicine given or put by mistake: "i gave her the adult one 3 times today by mistake", "le di la medicina por error".
    pattern: allOf(
      MEDICINE,
      // Put in the wrong place too: "le eché las gotas del oído en los ojos por equivocación".
      '\\b(?:gave|given|give|got|received|le di|le dimos|le dio|le dieron|took|tomo|recibio|put|used|le eche|le echamos|le puse|le pusimos|le aplique)\\b',
      '\\b(?:by mistake|por error|por equivocacion|accidentally|accidentalmente|sin querer|on accident|mistakenly)\\b',
    ),
    wholeMessage: true,
  },
  {
    kind: 'medical',
    pattern: anyOf(
      // Someone barred by a court is here or threatening: "gritando que se va a llevar a mi hija, tiene orden de restriccion".
      allOf(
        '\\b(?:restraining order|protective order|protection order|no contact order|orden de restriccion|orden de proteccion|orden de alejamiento)\\b',
        '\\b(?:take|taking|took|grab\\w*|here|outside|at the door|showed up|shows up|banging|yelling|screaming|threat\\w*|llevar\\w*|afuera|aqui|en la puerta|llego|aparecio|gritando|golpeando|amenaz\\w*)\\b',
      ),
      /\b(?:going to|gonna|threaten\w* to|trying to|tried to|wants to) (?:kidnap|snatch|grab) (?:my|the|our) \w+\b|\b(?:se (?:la|lo|los|las) )?(?:quiere|va a|trata de|intento) (?:robar|secuestrar)(?:se|la|lo|los|las)?\b|\bse (?:la|lo) (?:quiere|va a) llevar a la fuerza\b/,
      // A stranger coaxing a child toward a vehicle: "some guy in a truck tried to get my 8 yr old to get in".
      allOf(STRANGER, LURE),
    ),
    wholeMessage: true,
    contextual: true,
  },
  // Pills set out and the child ready: "she has pills lined up on her desk and shes ready".
  {
    kind: 'behavioral',
    pattern: allOf(
      '\\b(?:pills|pastillas|meds|medicinas|pildoras)\\b(?: \\w+){0,4} (?:lined up|laid out|counted out|alineadas|formadas|contadas)\\b',
      '\\b(?:shes|hes|she is|he is|im|i am|esta|estoy) (?:ready|lista|listo)\\b(?! (?:for|to go to|para)\\b)',
    ),
    wholeMessage: true,
  },
  // A deep or bleeding cut of one's own: "ya me corté muy hondo y no para de sangrar".
  { kind: 'behavioral', pattern: allOf(SELF_CUT, `${terms('bleeding')}|\\b(?:deep|hondo|honda|profund[oa]|wont stop|no para)\\b`), wholeMessage: true },
  {
    kind: 'poisoning',
    // A medicine patch stuck on, chewed or sucked: "grandma's pain patch was stuck on his back".
    pattern: allOf(
      '\\b(?:pain|fentanyl|fentanil|nicotine|nicotina|clonidine|lidocaine|medicine|medicated|opioid|morphine|buprenorphine|butrans) patch\\w*|\\bparches?\\b(?: \\w+){0,8} (?:de|para el|para la) (?:dolor|fentanil|nicotina|medicina|morfina)\\b',
      '\\b(?:stuck|on (?:his|her|the baby)|chew\\w*|suck\\w*|in (?:his|her) mouth|pegad[oa]|se (?:le )?pego|mastic\\w*|chup\\w*|en la boca)\\b',
    ),
    wholeMessage: true,
  },
];
