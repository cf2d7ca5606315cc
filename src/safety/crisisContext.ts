import { normalizeText } from './normalizeText';

/**
 * Context cues that decide whether a crisis phrase describes something happening now or is only
 * mentioned. All match `normalizeText` output (lowercase, no accents, no apostrophes).
 */

/** Places a mention in the past, as a habit, as resolved, or as a "what if" question. Read per sentence. */
export const NOT_CURRENT = new RegExp(
  [
    /\blast (?:year|month|week|weekend|summer|spring|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:years?|months?|weeks?) ago\b|\bat birth\b|\bin the past\b|\bhistory of\b|\bhx\b|\bpmh\b/,
    // Said as a hypothesis: "hypothetically if my son ate a magnet, would the ER be covered?".
    /\bhypothetical\w*|\bhipotetic\w*|\bin theory\b|\ben teoria\b|\bsupongamos\b|\bpongamos que\b/,
    /\bwhen (?:he|she|i|they) (?:was|were) (?:born|a baby|a toddler|little|younger)\b|\bas a (?:baby|toddler)\b/,
    // A named month is not now: "the ER visit in march", "la visita de marzo".
    /\b(?:in|back in|since|during|last) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/,
    /\b(?:en|desde|de|del mes de) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/,
    /\bused to\b|\bsince then\b|\bsometimes\b|\bat times\b|\bunder control\b|\bin recovery\b|\b(?:in|en) (?:el )?(?:19|20)\d\d\b/,
    /\bwhat (?:should|would|do|does) \w+ do if\b|\bwhat if\b|\bwhat (?:would|will|could|might) happen if\b|\bwhat happens if\b|\bque (?:pasaria|pasa|puede pasar) si\b|\bin case\b|\bque (?:hago|hacemos|debo hacer|hacer) si\b|\bpor si\b/,
    // A "what if" told as a plan: "if my son ever has a seizure...", "teach her what to do if he stops breathing".
    /\bif (?:\w+ ){0,3}ever\b|\bsi (?:\w+ ){0,3}alguna vez\b|\bsi (?:\w+ ){0,2}algun dia\b|\bif (?:\w+ ){0,3}(?:someday|one day)\b|\bwhat to do (?:if|when|in case)\b|\bque hacer (?:cuando|en caso)\b|\bhow to (?:help|respond|react|handle it) (?:if|when)\b/,
    /\b(?:el|la) (?:ano|mes|semana|verano|invierno|otono|primavera|lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana|vez) pasad[oa]\b|\bhace (?:\w+ ){0,2}(?:anos|ano|meses|mes|semanas|dias|tiempo)\b|\bel otro ano\b|\bthe other year\b/,
    /\bcuando (?:nacio|era (?:bebe|chiquit\w*|pequen\w*))\b|(?<!(?:aceite|jabon|crema|shampoo|champu|talco|toallitas|comida|leche|formula|ropa|silla|asiento|cuna|botella|biberon|mamila|tylenol|medicina|jarabe|gotas|vitaminas) )\bde (?:bebe|chiquit\w*|pequen\w*)\b/,
    /\bdesde (?:bebe|que nacio|chiquit\w*|pequen\w*)\b|\bdesde hace\b(?! (?:\w+ )?(?:minutos?|mins?|horas?|segundos|rato|ratito|un rato))|\bhistorial de\b|\ba veces\b|\bahora esta bien\b|\ben caso de\b/,
    // Birth history told with how the child is since; a resolved event; a habit; "can he eat X with Y?".
    /\b(?:(?:was|were) born|born (?:with|not|blue|early|premature)|nacio)\b(?=.*\b(?:doing (?:great|well|fine|good)|fine|healthy|nicu|ucin|qualify|eligible|califica\w*|ya tiene|(?:hes|shes|is) \d+|bien|sano|sana)\b)/,
    /\b(?:er|doctor|they) said (?:hes|shes|he was|she was|it was) (?:fine|ok|okay)\b/,
    /\bya (?:lo|la) revisaron\b/,
    // A pet, not a child, ate it: "our dog got into the trash"; not "the dog bit his arm".
    /\b(?:our|my|the|el|mi|nuestro|nuestra|la) (?:dog|cat|puppy|kitten|pet|perro|perrita|perrito|gato|gatito|mascota)\b(?: \w+){0,3} (?:ate|got into|drank|swallowed|chewed|licked|bit|bites|se comio|se trago|se tomo|comio|mordio)\b(?! (?:him|her|me|us|them|a)\b| (?:my|his|her|their|our|the|la|el|su) (?:\w+ )?(?:face|arm|leg|hand|cheek|neck|finger|head|lip|ear|nose|foot|baby|son|daughter|kid|child|brother|sister|cara|brazo|mano|pierna|cachete|mejilla|cuello|dedo|cabeza|labio|oreja|nariz|pie|bebe|nino|nina|hijo|hija)s?\b)/,
    /\blast time\b|\bla ultima vez\b|\b(?:usually|typically|often|every time|whenever|cada vez que|siempre que)\b|(?<!(?:not|breathing|breathe|acting|eating|talking|walking|moving|responding|sleeping|respira|respirando|come|habla|camina) )\b(?:normally|normalmente)\b/,
    /\bwhen (?:he|she|they) (?:falls|gets|has|is|eats|drinks|loses|bumps|cuts)\b|\bcuando se (?:cae|pega|golpea|corta|lastima|enferma)\b|\bcuando (?:toma|come|bebe|llora|tose|juega|duerme)\b/,
    /\b(?:can|could|should|may) (?:he|she|they|i|we|my \w+)(?: \w+)? (?:drink|eat|take|have|use|chew)\b(?=.*\b(?:with|when|while|after|before|if|together)\b)/,
    /\bis it (?:safe|ok|okay|bad|normal) (?:to|if|for)\b|\b(?:se )?puede (?:tomar|comer|beber)\b(?=.*\b(?:con|cuando|despues|antes|si|junto)\b)/,
  ]
    .map((part) => part.source)
    .join('|'),
);

/**
 * A past visit or a bill for care already given: "we got a bill from the ER visit in march when she
 * drank the hand sanitizer", "me llegó la cuenta de emergencias". Read per sentence, like NOT_CURRENT.
 */
export const PAST_CARE = new RegExp(
  [
    /\b(?:bills?|invoice|statement|eobs?|charges|claim|facturas?|cuenta|cobros?|recibo)\b (?:\w+ ){0,4}(?:from|for|of|de|del|por)\b (?:\w+ ){0,3}(?:er|emergency room|hospital|urgent care|ambulance|visit|stay|ride|trip|admission|poison control|emergencias|urgencias|ambulancia|visita|hospitalizacion|consulta)\b/,
    /\b(?:er|emergency room|hospital|urgent care|ambulance|ambulancia|emergencias|urgencias) (?:bills?|invoice|charges|facturas?|cuenta|cobros?)\b/,
    /\b(?:got|received|get|sent (?:us|me)) (?:a|the|this|an|another) (?:\w+ )?(?:bill|invoice|statement|eob)\b|\b(?:me|nos) (?:llego|llegaron|mandaron|cobraron) (?:la|el|una|un) (?:cuenta|factura|cobro|recibo)\b/,
    /\b(?:er|emergency room|hospital|urgent care|ambulance) (?:visit|trip|stay|ride|admission) (?:\w+ ){0,3}(?:when|after|because|for)\b/,
    /\bvisita (?:a|al|en) (?:emergencias|urgencias|(?:el )?hospital) (?:\w+ ){0,3}(?:cuando|porque|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))\b/,
  ]
    .map((part) => part.source)
    .join('|'),
);

/**
 * Someone who can tell has said it is harmless: "poison control said the bit of toothpaste she ate was
 * fine", "el neurologo dice que la valvula esta funcionando bien". It settles a poisoning too.
 */
const REASSURED =
  /\b(?:poison control|control de envenenamientos|(?:the |el |la |our |his |her |su |mi |nuestro |nuestra )?(?:doctor|doctora|dr|nurse|enfermera|pediatra|pediatrician|er|urgencias|neurologo|neurologa|neurologist|nurse line|advice nurse|linea de enfermeras|pharmacist|farmaceutico))\b (?:said|says|told (?:us|me)|dijo|dice|nos dijo|me dijo|confirmo|checked and said)\b(?: \w+){0,10}? (?:is |was |its |it was |will be |es |era |esta |estaba |va a estar |(?<!not |no )(?:working|functioning|funcionando|funciona) )?(?:fine|ok|okay|safe|harmless|not dangerous|nothing to worry about|bien|normal|sin peligro|no es peligros[oa]|no pasa nada|no hay problema|inofensiv[oa])\b/;

// "Bien" before a sign is "very", not "fine": "no despierta y está bien frío", "esta bien palida".
const FINE = `(?:bien|sano|sana)\\b(?! (?:mal|malo|mala|frio|fria|helad[oa]|caliente|ardiendo|palid[oa]|morad[oa]|raro|rara|dormid[oa]|ties[oa]|aguad[oa]|grave|pesad[oa]|hinchad[oa]|roj[oa]|amarill[oa]|debil|decaid[oa]|sudad[oa]|asustad[oa]|dificil|feo|fea)\\b)`;

/**
 * The danger is over: an outcome ("went well", "back to normal", "coughed it out"), a stopped
 * sign ("the nosebleed stopped", "ya no le sale"). What came before it in the sentence is then a
 * mention for medical rules. Not for poisoning: a child who seems fine after swallowing something
 * still needs Poison Control.
 */
const OUTCOME_OK = new RegExp(
  [
    /\b(?:went|go|gone|going) (?:really |very |super |so |pretty |totally )?(?:well|great|fine|good|smooth\w*|ok|okay|perfect\w*)\b/,
    /\b(?:was|were) (?:a )?success\w*|\bsuccessful\b|\b(?:healing|healed|recovering|recovered) (?:really |very |so )?(?:well|fine|nicely|great)\b/,
    /\b(?:todo )?(?:salio|salieron|le fue|nos fue) (?:muy |super |todo )?(?:bien|perfecto|excelente)\b|\bfue un exito\b/,
    /(?<!(?:cant|couldnt|cannot|not|wont) )\b(?:put|got|popped|slid) (?:it|them|the \w+) back in\b|\bput (?:it|them|the \w+) back (?:fine|ok|okay|easily|right away)\b|\bse (?:la|lo) (?:volvimos|volvieron) a (?:poner|meter)\b/,
    /\bback to (?:normal|himself|herself|baseline|his usual|her usual)\b|\bnormal again\b|\bcomo si nada\b|\bya esta normal\b/,
    /\b(?:just|only|solo|nada mas|puro) (?:a |an |un |una )?(?:tantrum|meltdown|berrinche|pataleta|rabieta)\b/,
    // Better than before: "breathing better since the new inhaler", "ya respira mejor".
    /(?<!not |no |isnt |wasnt )\b(?:breathing|sleeping|eating|doing|walking|respira|duerme|come) (?:so |much |a lot |way |muchisimo |mucho )?(?:better|easier|mejor)\b/,
    // A device or a shunt that works: "la valvula esta funcionando bien", "the shunt is working fine".
    /(?<!not |no |isnt |wasnt )\b(?:working|functioning|funcionando|funciona) (?:just |muy |super |perfectly |really )?(?:fine|well|great|normally|ok|okay|bien|perfecto|perfectamente|normal)\b/,
    REASSURED,
    /\b(?:coughed|spit|spat) (?:it|them) (?:right |back )?(?:out|up)\b|\bpopped (?:right )?(?:back )?up\b|\blo (?:escupio|tosio)\b/,
    /\b(?:is|hes|shes|was|and) (?:totally|completely|perfectly|doing) (?:fine|ok|okay|normal|great)\b|\b(?:is|hes|shes) (?:fine|ok|okay|good|stable|better) now\b|\bnow stable\b/,
    // Stable now, told after a past event: "en el 2021 intentó hacerse daño, ahora está estable", "ahorita ya no se corta".
    /\b(?:ahora|ahorita|now|ya|today|hoy) (?:(?:esta|is|hes|shes|he is|she is|theyre|estan) )?(?:muy |mucho |super |much |very |really )?(?:estable|stable)\b|\b(?:(?:ahora|ahorita|now) )?(?:ya no (?:se )?(?:corta|lastima|hace dano|lo hace)|no longer (?:cuts|self harms|hurts (?:him|her|them)self))\b/,
    `(?<!not |nt )\\bdoing (?:great|well|fine|good) now\\b|\\b(?:ya|ahora) (?:esta|estan) (?:super |muy )?${FINE}|\\besta (?:super|muy) ${FINE}`,
    `\\b(?:and|but) (?:hes|shes|theyre|he is|she is|they are|he was|she was|they were) (?:fine|ok|okay|good|normal)\\b|\\by (?:ya )?(?:esta|estan) (?:${FINE}|normal\\b)`,
    `\\b(?:is|and|hes|shes) laughing\\b|\\bse (?:esta )?riendo\\b|\\bya esta (?:${FINE}|mejor\\b|tranquil[oa]\\b)|\\b(?:queda|quedo) ${FINE}`,
    /\b(?:bleeding|nosebleed|nose bleed|seizure|shaking|vomiting|fever|swelling|rash|it) (?:has |had |already |finally )?(?:stopped|went away|went down|is gone)\b/,
    /\bstopped (?:bleeding|on its own|by itself)\b|\bno longer bleeding\b|\bno harm done\b|\bnothing happened\b|\bno (?:le )?paso nada\b/,
    // Not "ya pasó una hora": time going by is not the danger passing.
    /\bya (?:no )?(?:se )?(?:le )?(?:paro|quito|paso(?! (?:como |mas de |casi )?(?:una|un|media|\d+|dos|tres|cuatro|cinco|diez|quince|veinte|mucho|rato)\b)|bajo)\b|\bya no (?:le )?(?:sale|sangra|duele|vomita|convulsiona|tiene (?:fiebre|calentura))\b/,
  ]
    .map((part) => (typeof part === 'string' ? part : part.source))
    .join('|'),
  'g',
);

/**
 * Nothing was swallowed after all: "pero lo encontramos en el sillón", "but it was under the couch",
 * "the cap was still sealed", "caught it before he took any". What came before it is a mention.
 * Only what we found: "se comió una pastilla que encontró en el piso" is a poisoning.
 */
// "I thought he swallowed a coin but we found it": the scare comes first, then what we found.
const FEARED =
  '\\b(?:thought|worried|scared|afraid|feared|panicked|susto|miedo|asustamos|asuste|penso|pense|pensamos|pensaba|crei|creimos|creia|creyo|parecia)\\b(?: \\w+){0,20}?';
const NOT_SWALLOWED = new RegExp(
  [
    `${FEARED} (?:but|pero) (?:then |luego |ya )?(?:i |we |(?:lo|la|los|las) )?(?:found|counted|encontre|encontramos|hallamos|halle|contamos)\\b(?: (?:it|them|all|both|every))?`,
    `${FEARED} (?:but|pero) (?:it|they|estaba|estaban)(?: (?:was|were))? (?:still |just )?(?:under|in|on|behind|inside|there|sealed|closed|full|en|debajo|bajo|detras|dentro|ahi|alli)\\b`,
    // "...but it was just water", "pero la botella estaba cerrada".
    `${FEARED} (?:but|pero) (?:it|they|era|eran|fue)(?: (?:was|were))? (?:just|only|solo|nada mas|puro|pura)\\b`,
    `${FEARED} (?:but|pero) (?:the \\w+ |la \\w+ |el \\w+ |it |they )?(?:was|were|estaba|estaban|seguia|seguian) (?:still |todavia )?(?:sealed|closed|full|unopened|cerrad[oa]s?|llen[oa]s?|sellad[oa]s?|intact[oa]s?)\\b`,
    REASSURED.source,
    /\bturned out\b|\bresulto que\b|\bfalse alarm\b|\bfalsa alarma\b|\b(?:cap|lid|seal|tapa|tapon) (?:was|were|estaba|seguia) (?:still )?(?:on|sealed|closed|cerrad[oa]|puest[oa])\b/
      .source,
    /\b(?:caught|stopped|grabbed) (?:it|him|her|them) before\b|\bbefore (?:he|she|they) (?:could )?(?:took|take|ate|eat|swallowed|swallow|drank|drink)\b/
      .source,
    // Their own medicine taken as meant: "se tomó su medicina sin problema", "took her meds like a champ".
    /\b(?:took|swallowed|drank|tomo|trago)(?: \w+){0,2} (?:his|her|their|su|sus) (?:(?!all\b|todas?\b|\d)\w+ )?(?:meds?|medicines?|medications?|pills?|medicinas?|medicamentos?|pastillas?|jarabe)\b(?: \w+){0,2} (?:fine|ok|okay|without (?:a |any )?(?:problem|fuss|issue|trouble)s?|like a (?:champ|pro|big boy|big girl)|sin (?:ningun )?problemas?|sin (?:llorar|batallar)|bien|solit[oa])\b/
      .source,
    /\b(?:didnt|did not|never) (?:take|eat|swallow|drink) (?:any|anything|it)\b|\bno se (?:tomo|comio|trago) nada\b|\b(?:nobody|no one|none of (?:them|the kids|us)) (?:ate|drank|swallowed|took|touched|tasted) (?:any|anything|it|them|some)\b|\bnadie (?:se )?(?:comio|tomo|trago|probo|toco)\b|\bantes de que se (?:lo |la |los |las )?(?:tomara|comiera|tragara)\b/
      .source,
  ].join('|'),
  'g',
);

// After the last sign that it is over, a "but", "now" or "still" says it is not: read the whole sentence.
const STILL_GOING = /\b(?:but|pero|now|ahora|then|luego|still|sigue|todavia|aun|except|until|hasta que)\b/;

/** The part of a sentence after the last `cue`, or the whole sentence when there is none or something follows it. */
function after(sentence: string, cue: RegExp): string {
  const last = [...sentence.matchAll(cue)].pop();
  if (last?.index === undefined) return sentence;
  const rest = sentence.slice(last.index + last[0].length).replace(/^ ?(?:now|ahora|already|ya|again)\b/, '');
  return STILL_GOING.test(rest) ? sentence : rest;
}

/** Each sentence after the last `cue` of the message: the sentences before it are settled too. */
function settle(sentences: string[], cue: RegExp): string[] {
  const parts = sentences.map((sentence) => after(sentence, cue));
  const last = parts.reduce((found, part, i) => (part !== sentences[i] ? i : found), -1);
  return parts.map((part, i) => (i < last ? '' : part));
}

/**
 * The writer says it is not an emergency ("not an emergency rn", "no es urgente"): their own
 * "right now" or "emergency" then says nothing about danger. Removed before urgency is read.
 */
export const NOT_AN_EMERGENCY =
  /\b(?:(?:its|it is|this is|this isnt|its not|it isnt|not|no|nothing|isnt) (?:an? )?(?:emergency|urgent|life threatening)|no (?:es|hay) (?:una |ninguna )?(?:emergencia|urgencia|urgente|nada urgente)|not an emergency|non emergency)\b(?: (?:right now|rn|ahorita|ahora|yet|todavia|at all|para nada))?/g;

/** Signals that something is happening right now; it outweighs past, hypothetical or question wording. */
export const URGENT =
  /\bright now\b|\b(?:lo|la|los|las) necesito ya\b|\bneed (?:it|them|help|someone|this) now\b|\bahorita\b|\bahora mismo\b|(?<!(?:can|could|does|do|will|would|to) (?:you|ccs|someone|anyone|they|u|it|somebody|the county) )\bhelp\b(?! (?:me |us )?(?:with|write|find|get|understand|fill\w*|apply|pay|set|figure|know|choose|pick|out|desk|line)\b)|\bayuda+\b(?! (?:con|para|a|de|economica|financiera)\b)|\bay[uú]d(?:enme|ame|anos|ennos)\b(?! (?:con|a)\b)|\bplease\b|\bpor favor\b|\bhurry\b|\bcome quick\b|\basap\b|\burgente?\b(?! care)|\bemergency\b(?! room| department| dept| visit| contact| plan)|\bemergencia\b|\bwhat do i do\b(?! if| to| about)|\bque (?:hago|hacemos)\b(?! si| para| con)|\btoday\b|\btonight\b|\bhoy\b|\besta noche\b|\bacaba de\b|\bjust\b(?! (?:want\w*|wonder\w*|check\w*|curious|ask\w*|need\w*|a|an|the|kids|adults|parents|for|in case|to|like|because|so|one|wanted|got (?:a|the|his|her) (?:bill|letter|call|email|approval|results)|turned \w+|moved|graduated|enrolled|applied|switched|found out|learned|heard|got (?:approved|accepted|denied|home|discharged|back))\b)/;

/**
 * Something told as going on now: "right now", "tonight", "ahorita", "is having a really bad mental health night", "está en
 * crisis", "won't stop", "it's an emergency", "can someone come to the house". Narrower than URGENT, whose "help", "please" and
 * "today" also sit in questions about a service ("can pathways help my son with his behavior").
 */
export const GOING_ON =
  /\b(?:now|ahora|ahorita|rn|tonight|esta noche)\b|\b(?:having|teniendo|tiene) (?:a |an |una |un )?(?:\w+ ){0,4}(?:night|noche|episode|episodio|crisis|meltdown|breakdown)\b|\b(?:is|are|esta|estan) (?:in|en) (?:a |una )?crisis\b|\b(?:wont|will not|doesnt|cant) stop\b|\bno (?:para|deja) de\b|\b(?:emergency|emergencia|urgent|urgente|danger|peligro)\b(?! room| department| dept| visit| contact| plan)|\b(?:come|send someone|send somebody) (?:out )?(?:to|over to|out to) (?:the|our|my) (?:house|home|place)\b|\b(?:venir|vengan|venga) a (?:la|mi|nuestra) casa\b/;

/**
 * Asking about a program, a benefit, a service or paperwork, or joking: the words of contextual
 * rules are then only mentions ("does CCS cover seizure medication?", "support group for self-harm").
 */
export const INFORMATIONAL = new RegExp(
  [
    /\bcover(?:s|ed|age)?\b|\bcubren?\b|\bcobertura\b|\bpays?\b|\bpagan?\b|\beligib\w*|\bqualify\b|\bcalifica\b/,
    // Staying on a program, or losing it: "how old can she be and still be on ccs", "her losing ccs soon".
    /\b(?:still be on|stay on|staying on|remain on|keep|losing|lose|lost|age out of|aging out of|ages out of|kicked off|dropped from|sacar de|salir de|perder) (?:el |la )?(?:ccs|medi ?cal|pathways|wcm|mtp)\b/,
    /\bprogram\w*|\bservices?\b|\bservicios?\b|\bprevention\b|\bprevencion\b|\bscreening\b|\bprotocol\b|\bpolicy\b/,
    /\brefill\b|\brefer\w*|\breferido\b|\bauth\w*|\bautorizacion\b|\bpharmacy\b|\bfarmacia\b|\binsurance\b/,
    /\bappointment\b|\bcita\b|\bcheck ?ups?\b|\bgratis\b|\bfor free\b|\bdo they (?:give|offer|provide|hand out)\b|\b(?:le|les|nos) (?:dan|ofrecen|regalan|prestan)\b(?! (?:ganas|miedo|ataques|convulsiones|crisis)\b)|\bchequeo\b|\bsar\b|\bforms?\b|\bformularios?\b|\bapplication\b|\bsolicitud\b|\bpaperwork\b|\bpapeles\b/,
    /\bsupport group\b|\bgrupo de apoyo\b|\btraining\b|\bclass(?:es)?\b|\bclases?\b|\bequipment\b|\bsupplies\b|\bwheelchair\b/,
    /\bis there\b|\bare there\b|\bhow (?:do|can) (?:i|we)\b|\bwhere (?:do|can) (?:i|we)\b|\bwho (?:do|should) (?:i|we)\b/,
    // The same in Spanish, but not "cómo le hago para que respire".
    /\bcomo (?:le )?(?:hago|hacemos) para\b(?! que)|\bcomo (?:puedo|podemos|se puede)\b|\bdonde (?:puedo|podemos)\b|\bwhole child model\b|\bwcm\b/,
    // "does CCS help kids who...", "hay terapeutas?", "find a therapist": asking what a program or a service offers.
    /\b(?:does|do|can|will|would) (?:ccs|the county|the program|medi ?cal|the state|they) (?:help|cover|pay|offer|have|do)\b|\b(?:find|get|need|looking for) (?:a |an )?(?:therap\w*|counsel\w*)\b/,
    /\bhay (?:algun\w* )?(?:terapeutas?|programas?|grupos?|clases?|doctor\w*|especialistas?|lugar\w*|recursos|servicios|consejer\w*|psicolog\w*)\b|\b(?:buscar|encontrar|necesito) (?:un |una )?(?:terapeuta|consejer[oa]|psicolog[oa])\b/,
    /\bwhat is\b|\bque es\b|\bnaloxone\b|\bnarcan\b|\bresources\b|\brecursos\b/,
    // Prevention: "any tips for babyproofing the cleaning cabinet", "consejos para guardar el cloro".
    /\btips\b|\bbaby ?proof\w*|\bchild ?proof\w*|\bconsejos\b|\bhow (?:do i|to|should i) (?:store|lock|keep|hide)\b/,
    /\bmri\b|\bsurgery\b|\bcirugia\b|\bsedat\w*|\banestesia\b/,
  ]
    .map((part) => part.source)
    .join('|'),
);

/**
 * An alarm word that names a feeling, not a harm: "me quiero morir de la risa", "un ataque de risa", "se desmayó de sueño",
 * "morada de coraje", "choking on laughter", "choked up", "scared to death", "purple with rage".
 */
export const EMOTION_IDIOM =
  /\b(?:(?:morir\w*|muero|muriendo|muert[oa]) de (?:la )?(?:risa|verguenza|pena|sueno|aburrimiento)|ataques? de (?:risa|celos)|(?:se )?(?:desmay\w*|cay\w*) (?:\w+ )?de sueno|(?:morad[oa]|azul|roj[oa]) de (?:coraje|berrinche|risa|verguenza|enojo)|chok(?:e|es|ed|ing) (?:on|with|from) (?:(?:his|her|their|the) )?(?:laughter|laughing|giggles|giggling|tears|emotion)|chok(?:e|es|ed|ing) up(?! (?:\w+ )?blood)|(?:scared|bored|worried|frightened|tickled) to death|(?:red|purple|blue) (?:in the face )?(?:with|from) (?:rage|anger|laughter|laughing|embarrassment))\b/g;

// A threat over a trifle named as a thing, laughing or not: "im going to kill my brother if he eats my leftovers again",
// "voy a matar a mi hermano si se come mis tamales". Never of oneself ("me voy a matar si me quitan el celular"); with a
// weapon in the sentence the rules still read the threat (crisisLexicon.ts).
const TRIFLE =
  '(?:leftovers|food|fries|pizza|snacks?|candy|cookies?|cake|lunch|dinner|sandwich|chips|ice cream|dessert|cereal|soda|toys?|phone|charger|clothes|shirt|hoodie|sweater|shoes|makeup|socks|dishes|mess|towels?|trash|stuff|things|room|games?|xbox|playstation|ps5|switch|controller|tablet|ipad|headphones|seat|spot|remote|bike|pastel|comida|papas|dulces|galletas|juguetes?|ropa|celular|telefono|cargador|cosas|cuarto|videojuegos?|control|tamales|postre|sobras|refresco|tenis|maquillaje|chocolates?|helado)';
export const THREAT_OVER_A_THING = new RegExp(
  `(?<!\\b(?:se|me) (?:\\w+ ){0,2})\\b(?:(?:going to|gonna|will|ill|wants to|va a|voy a|vamos a|quiere|quiero) )?(?:kill|murder|strangle|matar|matarlo|matarla|ahorcar|ahorcarlo|ahorcarla)(?! (?:him|her|my|them|your|our)sel)(?: \\w+){0,3} (?:if|si|for|por|because|bc|porque|when|cuando) (?:\\w+ ){0,4}(?:my|his|her|their|our|the|mi|mis|su|sus|el|la|los|las) (?:\\w+ )?${TRIFLE}\\b`,
  'g',
);
const NOT_DANGER_WORDS =
  /\b(?:killing (?:it|time|two birds)|cutting (?:his|her|their|our|the) (?:\w+ )?(?:hours|services|benefits|budget|hair)|kill for|(?:is|are|its|was|were|be) killing (?:me|us)|(?:going to|gonna|will) kill (?:me|us)|dying (?:to|of|for|laughing|here|over)|to die for|dead tired|almost died laughing|me (?:muero|mata|matan|estan matando|esta matando|ahogo)|(?:me|nos) van a matar|muert[oa] de (?:cansancio|risa|sueno|hambre|ganas)|ahogad[oa] en|lifesaver|poison control|control de envenenamientos?|non emergenc\w*|(?:phone|battery|car|fax|laptop|computer|wheelchair|chair|tablet|ipad|pump|device|machine|charger|telefono|carro|pila|silla)(?: \w+){0,4} (?:die|died|dying|dead|muriendo|murio|muerto)|die of (?:embarrassment|shame|boredom|laughter)|(?:gonna|going to) die (?:when|if|of)|so dramatic|breathing (?:room|down)|(?:blood|sangre) (?:draw|test|tests|work|labs|results|count|sugar|pressure)|(?:sacan|sacaron|saquen|sacar) sangre|(?:not|isnt|no esta|no) (?:le )?(?:bleeding|sangrando|sangra)|(?:a little|poquita|un poco de) (?:blood|sangre)|bled a little|(?:water|toy|nerf|squirt|glue) gun|pistola de (?:agua|juguete)|knife skills|(?:gun safe|caja fuerte|guardad[oa] con llave|locked (?:up|in a safe))|ahoga\w* (?:de|con) (?:la )?risa|swallow\w* (?:\w+ ){0,3}(?:pills?|tablets?) (?:whole|fine)|swallow\w* (?:\w+ ){0,6}for the first time|trag\w* (?:\w+ ){0,3}pastillas? (?:solit[oa]|entera)|trag\w* (?:\w+ ){0,6}por primera vez|what counts as (?:a |an )?(?:\w+ )?emergenc\w*|que cuenta como (?:una )?emergencia|(?:guns?|pistolas?|armas?|rifles?)(?: \w+){0,3} (?:guardad[oa]s?|locked|in a safe|en (?:la|una) caja fuerte|con llave|bajo llave)|cutting (?:his|her|their) (?:own )?food|ya no (?:le )?(?:sale|sangra)|sangre salio|no (?:more )?(?:seizures|convulsiones|bleeding)|(?:ya )?respira (?:solit[oa]|bien|sin|mejor)|breathing (?:on (?:his|her) own|fine|normally)|breathing (?:\w+ ){0,2}(?:better|easier)|fe(?:el|els|eling|lt) (?:\w+ )?blue)\b/g;
/**
 * Figures of speech, names and negations with alarm words in them, which say nothing of danger:
 * "copays are killing me", "killing it at PT", "my phone is about to die", "is Poison Control
 * free?", "not bleeding". The safety net and the classifier read a message without them.
 */
export const NOT_DANGER = new RegExp(`${NOT_DANGER_WORDS.source}|${EMOTION_IDIOM.source}|${THREAT_OVER_A_THING.source}`, 'g');
/** Laughter marks a joke or a figure of speech ("este papeleo me va a matar jajaja"); emoji are read from the raw text, which normalization drops. */
const LAUGHING_EMOJI = /[\u{1F602}\u{1F923}\u{1F605}\u{1F606}\u{1F639}]/u;
const LAUGHING_WORDS = /\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jaja\w*|jeje\w*|jiji\w*|xd)\b/;
export const laughs = (text: string) => LAUGHING_EMOJI.test(text) || LAUGHING_WORDS.test(normalizeText(text));

/**
 * Wording that makes a sentence a plan, a "what if", a threat over a thing or a joke rather than an event, but only while
 * nothing in the sentence says danger now (PRESENT_DANGER): "si la convulsión dura más de 5 minutos
 * le ponga el diazepam", "if a kid swallows a magnet is that ER or urgent care?", "would eat a tide
 * pod if he could", and, in a message that laughs, a harmless cause ("shes blue bc shes dressed as
 * Bluey lol", "se desmayó de sueño jaja").
 */
const ACTION_PLAN =
  /\b(?:if|si|once|when|cuando|en cuanto)\b(?: \w+){0,8} (?:more than|longer than|over|past|mas de) (?:\d+|two|three|five|ten|dos|tres|cinco|diez) ?(?:min|mins|minutes?|minutos?)\b/;
const GENERIC_WHAT_IF =
  /\bif (?:a|my|your|the|our|his|her|any) (?:\w+ )?(?:kid|child|toddler|baby|son|daughter|teen|brother|sister)s? (?:ever )?(?:swallows|eats|drinks|gets into|takes|chews|licks|stops|has|falls|hits|starts)\b|\bsi (?:un|una|mi|el|la|tu|su|algun) (?:\w+ )?(?:nino|nina|hijo|hija|bebe|nene|nena|chamaco|hermano|hermana)s? (?:se )?(?:traga|come|toma|mete|bebe|deja|tiene|cae|pega|empieza)\b/;
const MOUTHS_EVERYTHING =
  /\bwould (?:\w+ ){0,3}(?:eat|drink|swallow|chew|lick)\b(?: \w+){0,6} if (?:he|she|they|i|we) (?:could|let|had)\b|\b(?:puts|put|sticks) everything in (?:his|her|their) mouth\b|\bse (?:mete|lleva|echa) todo a la boca\b|\bse (?:comeria|tomaria|tragaria|beberia)\b/;
const HARMLESS_CAUSE =
  /\b(?:bc|because|cuz|cause|coz|from|porque|x que)\b|\bde (?:la |pura |puro |tanta |tanto )?(?:risa|sueno|coraje|berrinche|verguenza|aburrimiento|emocion)\b|\b(?:laugh\w*|giggl\w*|reir\w*|riendo|risa)\b|\b(?:dressed|costume|disfraz\w*|hair|pelo|cabello|paint\w*|pintad\w*|markers?|plumon\w*|crayons?|dye|tinte|popsicle|paleta|spirit week|screen time|asleep|sleeping|nap|siesta|dormid[oa]|se durmio)\b/;
const SLEEP_EMOJI = /[\u{1F634}\u{1F4A4}]/u;
/** Sleeping in told as a habit: "my teen sleeps till 2pm on saturdays, i literally cannot wake him up", "duerme hasta el mediodía". */
const SLEEPS_IN =
  /(?<!\b(?:hasnt|hadnt|havent|not|never|barely|hardly|cant|couldnt) )\b(?:sleeps?|sleeping|slept) (?:in(?! (?:\w+ )?(?:\d+|a|two|three|four|days?|nights?|weeks?|ages|forever)\b)|till|until|til|late|all day|through (?:his|her|their|the) alarms?|like a (?:rock|log))\b|\b(?:duerme|durmio|se duerme|se queda dormid[oa]) (?:hasta|todo el dia|como (?:una )?(?:piedra|tronco|liron))\b|\bdormilon\w*/;
/**
 * Danger now, which no plan, hypothesis or joke wording can explain away: "lol he's not breathing",
 * "the plan says if it lasts more than 5 min give diazepam, he's still seizing", "he puts everything
 * in his mouth, he swallowed a magnet". Fainting counts unless the sentence says it was sleep.
 */
const PRESENT_DANGER = new RegExp(
  [
    /\b(?:not|isnt|cant|cannot|wont|stopped|stops|no|dejo de) (?:\w+ )?(?:breathing|breathe|respira|respirando|respirar)\b(?! (?:thru|through|out of|by|por) )/,
    /\bchok(?!ing hazard)\w*|\batragant\w*|\bse (?:esta )?ahog\w*|\bahogandose\b|\bunresponsive\b|\bno (?:se )?(?:reacciona|responde|mueve)\b/,
    /\b(?:limp|floppy|aguad[oa]|seizing|convulsing|convulsionando|still|sigue|todavia|aun)\b|\bbleeding (?:a lot|everywhere|heavily|bad)\b|\bsangra(?:ndo)? mucho\b|\bblood everywhere\b/,
    /\b(?:swallowed|ate|drank|chewed|bit into|got into|licked|trago|se comio|se tomo|se bebio|mordio)\b/,
    /\b(?:help|ayuda\w*|please|por favor|hurry|asap|emergency|emergencia|what do i do|que (?:hago|hacemos)|right now|ahora mismo|acaba de)\b|\b(?:but|and|pero|y) (?:now|ahora)\b|\bnow (?:hes|shes|he|she|its|they|theyre)\b/,
    /\b(?:passed out|fainted|collapsed|se desmayo|desmayad[oa])\b(?!.*\b(?:asleep|sleep\w*|nap|dormid[oa]|sueno|se durmio)\b)/,
  ]
    .map((part) => part.source)
    .join('|'),
);

/** A threat over a thing in the sentence (THREAT_OVER_A_THING, which is global for replacing). */
const THREAT_OVER_A_THING_IN = new RegExp(THREAT_OVER_A_THING.source);
/** Not waking up is danger now, except for a child the sentence says is sleeping in (SLEEPS_IN). */
const WONT_WAKE = /\b(?:wont|cant|not|isnt) (?:wake|waking)\b|\bno (?:se )?despierta\b/;
/** Sleeping in is no cause of anything else that sounds dangerous: "sleeps in on weekends but today he wont wake up and hes breathing weird". */
const WORSE_THAN_SLEEP =
  /\b(?:today|this morning|tonight|hoy|esta manana|breath\w*|respir\w*|blue|azul|morad[oa]|pale|palid[oa]|cold|fri[oa]|pills?|pastillas?|took|tomo|vomit\w*|throwing up|fever|fiebre|seiz\w*|convuls\w*|weird|raro|rara)\b/;

/** A plan, a "what if" or a joke with nothing dangerous happening now (see PRESENT_DANGER). */
function explainedAway(full: string, raw: string, laughing: boolean): boolean {
  const sleepy = SLEEP_EMOJI.test(raw) ? `${full} asleep` : full;
  if (SLEEPS_IN.test(full) && !PRESENT_DANGER.test(full) && !WORSE_THAN_SLEEP.test(full)) return true;
  const cue =
    ACTION_PLAN.test(full) ||
    GENERIC_WHAT_IF.test(full) ||
    MOUTHS_EVERYTHING.test(full) ||
    THREAT_OVER_A_THING_IN.test(full) ||
    (laughing && HARMLESS_CAUSE.test(sleepy));
  return cue && !PRESENT_DANGER.test(sleepy) && !WONT_WAKE.test(sleepy);
}

/** One sentence of a message, read for what it says about now. All parts are `normalizeText` output. */
export interface SentenceReading {
  /** The whole sentence: explicit self-harm or threat words count wherever they sit in it. */
  full: string;
  /** After the last sign that the danger is over (OUTCOME_OK or NOT_SWALLOWED): what medical rules read. */
  afterOutcome: string;
  /** After the last sign that nothing was swallowed: what poisoning rules read. */
  afterNotSwallowed: string;
  /** After both kinds of sign: what is still happening, where urgency and the safety net's words are read. */
  now: string;
  /** A past, habitual or hypothetical mention, or care already given, in a message that does not sound urgent; or a plan, a "what if" or a joke with no danger now. */
  mention: boolean;
  /** A past event the sentence says is over ("en el 2021 intentó hacerse daño, ahora está estable"): even explicit self-harm words are history. */
  resolvedPast: boolean;
}

/** A message read for context: its sentences, and whether it sounds urgent or like a question about services. */
export interface MessageContext {
  sentences: SentenceReading[];
  urgent: boolean;
  informational: boolean;
  laughing: boolean;
  /** Every sentence ends on a sign that the danger is over, or that nothing was swallowed ("breathing better since the new inhaler"). */
  settled: boolean;
  /** Every sentence ends on a sign that nothing harmful was swallowed ("se tomó su medicina sin problema"): what settles a poisoning. */
  nothingSwallowed: boolean;
}

// A sentence with the punctuation that ends it ("went well!!"); a change of topic ("also he just swallowed...") or a
// Spanish opening mark ("..., ¿Pathways sigue cubriendo la terapia?") starts a new one.
const RAW_SENTENCE = /(?:[^.;!?¿¡\n]+?(?=\b(?:also|btw|by the way|tambi[eé]n|adem[aá]s|otra cosa)\b)|[^.;!?¿¡\n]+)[.;!?\n]*/gi;

export function readContext(text: string): MessageContext {
  // Time cues are read per sentence, so "He was fine last year. Now he isn't breathing" still counts.
  const raws = text.match(RAW_SENTENCE) ?? [];
  const fulls = raws.map(normalizeText);
  // A sentence that ends on "it's over" also settles the sentences before it ("...when it's hot? ahorita ya no le sale").
  const afterOutcome = settle(fulls, OUTCOME_OK);
  const afterNotSwallowed = settle(fulls, NOT_SWALLOWED);
  const parts = fulls.map((full, i) => {
    const pastCare = PAST_CARE.test(full);
    // Urgency is read only where the sentence still speaks of now: not in a bill or visit, not before "it stopped".
    const now = after(afterOutcome[i], NOT_SWALLOWED);
    const urgent = !pastCare && (URGENT.test(now.replace(NOT_AN_EMERGENCY, ' ')) || (now === full && /!{2,}/.test(raws[i])));
    return { full, afterOutcome: afterOutcome[i], afterNotSwallowed: afterNotSwallowed[i], now, pastCare, urgent };
  });
  const urgent = parts.some((part) => part.urgent);
  const whole = parts.map((part) => part.full).join(' ');
  const laughing = laughs(text);
  const informational = !urgent && (INFORMATIONAL.test(whole) || laughing);
  const sentences = parts.map(({ full, afterOutcome, afterNotSwallowed, now, pastCare }, i) => {
    const past = !urgent && (pastCare || NOT_CURRENT.test(full));
    return {
      full,
      afterOutcome,
      afterNotSwallowed,
      now,
      mention: past || explainedAway(full, raws[i], laughing),
      resolvedPast: past && afterOutcome !== full,
    };
  });
  const settled = parts.length > 0 && parts.every((part) => part.now !== part.full);
  const nothingSwallowed = parts.length > 0 && parts.every((part) => part.afterNotSwallowed !== part.full);
  return { sentences, urgent, informational, laughing, settled, nothingSwallowed };
}

/**
 * Whether the message tells of something going on now (GOING_ON) in a sentence that is no mention:
 * not past, habitual, hypothetical or explained away. A question beside it does not make it a
 * mention ("is there anyone who can come to the house"). The knowledge layer asks it before it
 * answers a behavioral crisis the rules did not catch with the lines to call (src/knowledge/cues.ts),
 * so a past ER visit, an "if he ever" or a question about Mobile Crisis Response gets the program's answer.
 */
export function goingOnNow(text: string): boolean {
  return readContext(text).sentences.some((sentence) => !sentence.mention && GOING_ON.test(sentence.now));
}
