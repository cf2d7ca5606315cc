import { normalizeText } from './normalizeText';

/**
 * Context cues that decide whether a crisis phrase describes something happening now or is only
 * mentioned. All match `normalizeText` output (lowercase, no accents, no apostrophes).
 */

/** Places a mention in the past, as a habit, as resolved, or as a "what if" question. Read per sentence. */
export const NOT_CURRENT = new RegExp(
  [
    /\blast (?:year|month|week|weekend|summer|spring|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:years?|months?|weeks?|summers?|winters?) ago\b|\bat birth\b|\b(?:was|were) born (?:not breathing|blue|without breathing)\b|\bnacio sin respirar\b|\bin the past\b|(?<!\bno (?:known |prior )?)\bhistory of\b|(?<!\bno (?:known |prior )?)\bhx\b|\bpmh\b/,
    // Said as a hypothesis: "hypothetically if my son ate a magnet, would the ER be covered?".
    /\bhypothetical\w*|\bhipotetic\w*|\bin theory\b|\ben teoria\b|\bsupongamos\b|\bpongamos que\b/,
    /\bwhen (?:he|she|i|they) (?:was|were) (?:in the (?:nicu|picu|hospital)|born|a baby|a toddler|little|younger|a newborn|an infant|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|\bas a (?:baby|toddler|preemie|premie|newborn|infant)\b|\bduring (?:the|his|her|a) (?:sleep study|study|eeg|test|procedure|surgery)\b|\bwhat (?:are|were) (?:the )?(?:signs|symptoms) of\b|\bcuales son (?:los )?(?:signos|sintomas) de\b/,
    // A holiday or birthday already gone: "Last Christmas my grandson ate some poinsettia leaves", "la navidad pasada".
    /\blast (?:christmas|xmas|thanksgiving|easter|halloween|new years?(?: eve)?|fourth of july|4th of july|july 4th|birthday)\b|\b(?:la )?(?:navidad|nochebuena|pascua) pasada\b|\b(?:el )?(?:dia de )?(?:accion de gracias|halloween|ano nuevo|cumpleanos|4 de julio) pasado\b|\ben (?:su )?(?:navidad|cumpleanos) del ano pasado\b/,
    // A named month is not now: "the ER visit in march", "la visita de marzo".
    /\b(?:in|back in|since|during|last) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/,
    /\b(?:en|desde|de|del mes de) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/,
    /\bused to\b|\bsince then\b|\bsometimes\b|\bat times\b|\bunder control\b|\bin recovery\b|\b(?:in|en) (?:el )?(?:19|20)\d\d\b/,
    /\bwhat (?:should|would|do|does) \w+ do if\b|\bwhat if\b|\bwhat (?:would|will|could|might) happen if\b|\bwhat happens if\b|\bque (?:pasaria|pasa|puede pasar) si\b|\bin case\b|\bque (?:hago|hacemos|debo hacer|hacer) si\b|\bpor si\b/,
    // A "what if" told as a plan: "if my son ever has a seizure...", "teach her what to do if he stops breathing".
    // A doctor's instruction for next time: "el doctor dice que si le da otra convulsión larga le ponga el diastat".
    /\b(?:doctor|doctora|dr|neuro|neurologist|neurologo|neurologa|pediatrician|pediatra|nurse|enfermera|specialist|especialista)\b (?:says|said|told (?:us|me)|wants|dice|dijo|nos dijo|me dijo)(?: that| que)? (?:if|when|si|cuando)\b(?!.*\b(?:still|sigue|now|ahora|ahorita|i gave|gave it|we gave|le puse|se (?:lo|la) puse|se (?:lo|la) di)\b)/,
    // A night-time symptom being worked up: "not breathing well at night so the pulmonologist ordered a sleep study".
    /\b(?:at night|when (?:he|she) sleeps|while (?:he|she) sleeps|en las noches|por las noches|en la noche|cuando duerme)\b(?=.*\b(?:sleep study|estudio del sueno|polysomnogra\w*)\b)|\b(?:sleep study|estudio del sueno|polysomnogra\w*)\b(?=.*\b(?:at night|when (?:he|she) sleeps|en las noches|por las noches|en la noche|cuando duerme)\b)/,
    /\bif (?:\w+ ){0,3}ever\b|\bsi (?:\w+ ){0,3}alguna vez\b|\bsi (?:\w+ ){0,2}algun dia\b|\bif (?:\w+ ){0,3}(?:someday|one day)\b|\bwhat to do (?:if|when|in case)\b|\bque hacer (?:cuando|en caso)\b|\bhow to (?:help|respond|react|handle it) (?:if|when)\b/,
    /\b(?:el|la) (?:ano|mes|semana|verano|invierno|otono|primavera|lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana|vez) pasad[oa]\b|\bhace (?:\w+ ){0,2}(?:anos|ano|meses|mes|semanas|dias|tiempo)\b|\bel otro ano\b|\bthe other year\b/,
    /\bcuando (?:estaba en (?:la ucin|el hospital)|nacio|era (?:bebe|bebit[oa]|baby|nene|nena|recien nacid[oa]|chiquit\w*|pequen\w*)|(?:tenia|tuvo) (?:\d+|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:anos?|meses))\b|(?<!(?:aceite|jabon|crema|shampoo|champu|talco|toallitas|comida|leche|formula|ropa|silla|asiento|cuna|botella|biberon|mamila|tylenol|medicina|jarabe|gotas|vitaminas) )\bde (?:bebe|chiquit\w*|pequen\w*|prematur[oa])\b/,
    // A month and year, as a referral dates a history ("s/p button battery ingestion 03/2024", "antecedente de ingestión de pila").
    /(?<!\d )\b(?:0?[1-9]|1[0-2]) (?:19|20)\d\d\b|\bantecedentes? de\b/,
    // A stay in a care unit told as past: "mi bebe estuvo en la nicu", "he was in the nicu for a month"; not with a now.
    /\b(?:estuvo|estuvimos|estuve|paso|pasamos|duro|was|were|stayed|spent (?:\w+ ){1,2})(?: \w+){0,2}? (?:en|in) (?:la |el |the )?(?:nicu|ucin|picu|ucip|uci|icu)\b(?!.*\b(?:now|ahora|ahorita|today|hoy)\b)/,
    /\bdesde (?:bebe|que nacio|chiquit\w*|pequen\w*)\b|\bdesde hace\b(?! (?:\w+ ){0,4}(?:minutos?|mins?|horas?|segundos|rato|ratito|un rato))|\bhistorial de\b|\ba veces\b|\bahora esta bien\b(?! (?!tranquil)(?:\w+(?:ad|id|it)[oa]s?|mal[oa]?|rar[oa]|caliente|fe[oa]|debil|grave|floj[oa]|fri[oa]|ties[oa]|roj[oa]|gris|azul)\b)|\ben caso de\b/,
    // Birth history told with how the child is since; a resolved event; a habit; "can he eat X with Y?".
    /\b(?:(?:was|were) born|born (?:with|not|blue|early|premature)|nacio)\b(?=.*\b(?:doing (?:great|well|fine|good)|fine|healthy|nicu|ucin|qualify|eligible|califica\w*|ya tiene|(?:hes|shes|is) \d+|bien|sano|sana)\b)/,
    /\b(?:er|doctor|they) said (?:hes|shes|he was|she was|it was) (?:fine|ok|okay)\b/,
    /\bya (?:lo|la) revisaron\b/,
    // A pet, not a child, ate it: "our dog got into the trash"; not "the dog bit his arm".
    /\b(?:our|my|the|el|mi|nuestro|nuestra|la) (?:dog|cat|puppy|kitten|pet|perro|perrita|perrito|gato|gatito|mascota)\b(?: \w+){0,3} (?:ate|got into|drank|swallowed|chewed|licked|bit|bites|se comio|se trago|se tomo|comio|mordio)\b(?! (?:him|her|me|us|them|a)\b| (?:my|his|her|their|our|the|la|el|su) (?:\w+ )?(?:face|arm|leg|hand|cheek|neck|finger|head|lip|ear|nose|foot|baby|son|daughter|kid|child|brother|sister|cara|brazo|mano|pierna|cachete|mejilla|cuello|dedo|cabeza|labio|oreja|nariz|pie|bebe|nino|nina|hijo|hija)s?\b)/,
    // A habit, but not every breath: "a high squeaky noise every time he breathes in" is now.
    /\blast time\b|\bla ultima vez\b|\b(?:usually|typically|often|whenever|siempre que)\b|\b(?:every time|cada vez que)\b(?! (?:he|she|they|it|que)? ?(?:breathes|breathe|breaths|respira|jala aire)\b)|(?<!(?:not|breathing|breathe|acting|eating|talking|walking|moving|responding|sleeping|respira|respirando|come|habla|camina) )\b(?:normally|normalmente)\b/,
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
  /\b(?:poison control|control de envenenamientos|(?:the |el |la |our |his |her |su |mi |nuestro |nuestra )?(?:doctor|doctora|dr|nurse|enfermera|pediatra|pediatrician|er|urgencias|neurologo|neurologa|neurologist|nurse line|advice nurse|linea de enfermeras|pharmacist|farmaceutico)|they)\b (?:said|says|told (?:us|me)|dijo|dice|nos dijo|me dijo|confirmo|checked and said)\b(?: \w+){0,16}? (?:is |was |its |it was |will be |es |era |esta |estaba |va a estar |(?<!not |no )(?:working|functioning|funcionando|funciona) )?(?<!\b(?:not|no|isnt|wasnt|arent) )(?:fine|ok|okay|safe|harmless|not dangerous|nothing to worry about|bien|normal|sin peligro|no es peligros[oa]|no pasa nada|no hay problema|inofensiv[oa]|non ?toxic|not toxic|no toxic[oa]|(?:just |only |solo |nomas )?(?:a virus|un virus|a cold|un resfriado|gas|gases|constipation|estrenimiento|nothing serious|nada grave)|(?<=\b(?:is|was|its|were|es|era|eran|fue) (?:just |only |solo |nomas |nada mas )?)(?:a |an |una |un )?(?:gummy |kids |childrens )?(?:vitamins?|vitaminas?|candy|candies|dulces?|mints?|caramelos?))\b/;

// "Bien" before a sign is "very", not "fine": "no despierta y está bien frío", "esta bien palida", and before any participle or
// diminutive ("bien mareado", "bien aguadito"), which tell a state, not that all is well.
const FINE = `(?:bien|sano|sana)\\b(?! (?!tranquil)(?:\\w+(?:ad|id)[oa]s?|\\w+it[oa]s?|mal|malo|mala|frio|fria|helad[oa]|caliente|ardiendo|palid[oa]|morad[oa]|raro|rara|dormid[oa]|ties[oa]|aguad[oa]|grave|pesad[oa]|hinchad[oa]|roj[oa]|amarill[oa]|debil|decaid[oa]|sudad[oa]|asustad[oa]|dificil|feo|fea)\\b)`;

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
    // Got better, and a child eating and playing as usual: "her choking episodes have gotten better", "eating and playing fine".
    /(?<!\b(?:not|hasnt|havent|isnt|no|never) )\b(?:(?:have|has|had) )?(?:gotten|got) (?:so |much |a lot |way )?better\b|(?<!\bno )\b(?:ha|han) mejorado\b|\b(?:eating|playing|drinking) (?:and (?:eating|playing|drinking) )?(?:fine|normal|normally|ok|okay|well)\b|\b(?:comiendo|jugando) (?:y (?:comiendo|jugando) )?(?:bien|normal)\b/,
    // Much better now: "ahora está mucho mejor con terapia", "she's a lot better now".
    /(?<!\b(?:not|no|isnt|wasnt|nada) )\b(?:(?:ahora|ahorita|now|ya) )?(?:esta|is|hes|shes|he is|she is|theyre|seems|se ve|se siente|feels|anda) (?:so |mucho |much |a lot |way |muchisimo |bastante |really )(?:mejor|better)\b/,
    // A distress sign that has stopped, and a breathing treatment that worked: "not breathing hard anymore, the inhaler
    // worked", "ya no le silba el pecho". Not the breathing itself: "not breathing anymore", "ya no respira" are 911.
    /\b(?:not|isnt|arent|no longer) (?:wheezing|gasping|coughing|breathing (?:so )?(?:hard|fast|heavy|heavily|weird|funny|loud|noisy)|struggling to breathe)\b(?: \w+){0,3}? (?:anymore|any more)\b|\bno longer (?:wheezing|gasping|struggling to breathe|breathing (?:so )?(?:hard|fast|heavy|heavily))\b/,
    /\bya no (?:le )?(?:silba(?: el pecho)?|cuesta respirar|falta el aire|respira (?:tan )?(?:agitad[oa]|rapido|feo|raro|con dificultad|fuerte))\b/,
    /\b(?:inhaler|neb|nebulizer|albuterol|breathing treatment|puffer|inhalador|nebulizador|nebulizacion|salbutamol)\b(?: (?!(?:no|not|never|nunca|didnt|hasnt)\b)\w+){0,2} (?:worked|helped|kicked in|did the trick|funciono|sirvio|hizo efecto)\b|\b(?:inhalador|nebulizador|nebulizacion|salbutamol)\b(?: (?!(?:no|nunca)\b)\w+){0,2} le (?:ayudo|hizo efecto|sirvio)\b/,
    // A device or a shunt that works: "la valvula esta funcionando bien", "the shunt is working fine".
    /(?<!not |no |isnt |wasnt )\b(?:working|functioning|funcionando|funciona) (?:just |muy |super |perfectly |really )?(?:fine|well|great|normally|ok|okay|bien|perfecto|perfectamente|normal)\b/,
    REASSURED,
    // It was never the danger: "sounded like he was choking but it was just snoring and hiccups".
    /\b(?:it was|turned out (?:to be|it was)|turns out it was|era|solo era|resulto ser) (?:just|only|solo|nada mas|nomas) (?:\w+ )?(?:snoring|hiccups|a dream|a nightmare|gas|ronquidos|hipo|una pesadilla|un sueno)\b/,
    /\b(?:coughed|spit|spat) (?:it|them) (?:right |back )?(?:out|up)\b|\bpopped (?:right )?(?:back )?up\b|\blo (?:escupio|tosio)\b/,
    /\b(?:is|hes|shes|was|and) (?:totally|completely|perfectly|doing) (?:fine|ok|okay|normal|great)\b(?:(?: (?:in|at|with) (?:\w+ )?\w+)? now\b)?|\b(?:is|hes|shes) (?:fine|ok|okay|good|stable|better) now\b|\bnow stable\b/,
    // Stable now, told after a past event: "en el 2021 intentó hacerse daño, ahora está estable", "ahorita ya no se corta".
    /\b(?:ahora|ahorita|now|ya|today|hoy) (?:(?:esta|is|hes|shes|he is|she is|theyre|estan) )?(?:muy |mucho |super |much |very |really )?(?:estable|stable)\b|\b(?:(?:ahora|ahorita|now) )?(?:ya no (?:se )?(?:corta|lastima|hace dano|lo hace)|no longer (?:cuts|self harms|hurts (?:him|her|them)self))\b/,
    // Doing well now, told after a past event: "shes doing great in therapy now", "she's thriving now".
    `(?<!not |nt )\\bdoing (?:really |so |super )?(?:great|well|fine|good|amazing)(?: (?:in|at|with) (?:\\w+ ){0,1}\\w+)? now\\b|(?<!not |nt )\\bthriving\\b|\\b(?:ya|ahora|ahorita) (?:ya )?(?:esta|estan) (?:super |muy )?${FINE}|\\besta (?:super|muy) ${FINE}`,
    // "lol no she's fine": not a hope or a question ("i hope shes fine", "if hes ok").
    /(?<!\b(?:if|hope|hoping|whether|sure|think|know|not|is|pray|praying) )\b(?:hes|shes|theyre) (?:totally |completely |perfectly |just )?(?:fine|ok|okay)\b/,
    `\\b(?:and|but) (?:hes|shes|theyre|he is|she is|they are|he was|she was|they were) (?:fine|ok|okay|good|normal)\\b|\\by (?:ya )?(?:esta|estan) (?:${FINE}|normal\\b)`,
    `\\b(?:is|and|hes|shes) laughing\\b|\\bse (?:esta )?riendo\\b|\\bya esta (?:${FINE}|mejor\\b|tranquil[oa]\\b)|\\b(?:queda|quedo) ${FINE}`,
    /\b(?:bleeding|nosebleed|nose bleed|seizure|shaking|vomiting|fever|swelling|rash|it) (?:has |had |already |finally )?(?:stopped|went away|went down|is gone)\b/,
    /\b(?:sleeping|resting|napping) (?:comfortably|peacefully|soundly)\b|\b(?:durmiendo|descansando) (?:tranquil[oa]|a gusto|bien)\b/,
    /\bstopped (?:bleeding|on its own|by itself)\b|\bno longer bleeding\b|\bno harm done\b|\bnothing happened\b|\bno (?:le )?paso nada\b/,
    // Not "ya pasó una hora": time going by is not the danger passing.
    /\bya (?:no )?(?:se )?(?:le )?(?:paro|quito|paso(?! (?:como |mas de |casi )?(?:una|un|media|\d+|dos|tres|cuatro|cinco|diez|quince|veinte|mucho|rato)\b)|bajo)\b|\bya no (?:le )?(?:sale(?! (?:la |el )?(?:voz|aire|habla|palabras?|sonido))|sangra|duele|vomita|convulsiona|tiene (?:fiebre|calentura))\b/,
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
    // The day's doses taken, told with thanks: "ya se tomó todas sus medicinas de hoy, gracias por los recordatorios".
    /\b(?:took|tomo|se tomo)(?: all(?: of)?| todas)? (?:his|her|their|sus) (?:meds|medicines|medications|medicinas|medicamentos|pastillas)(?: (?:de|for|del))? (?:hoy|today|dia|a tiempo|on time|a sus horas)\b(?:(?: on time| a tiempo))?(?= (?:gracias|thanks|thank you|sin problema|no issues)\b|$)/
      .source,
    // A meal eaten, which is no poisoning: "mi niño se comió todo su almuerzo hoy", "finished all of her dinner".
    /\b(?:ate|eaten|finished|se comio|comio|se termino|se acabo)(?: (?:all|todo|toda))?(?: of)? (?:his|her|their|su) (?:whole |entire |\w+ )?(?:lunch|dinner|breakfast|food|snack|meal|plate|almuerzo|comida|cena|desayuno|lonche|merienda|plato)\b/
      .source,
    /\b(?:didnt|did not|never) (?:take|eat|swallow|drink) (?:any|anything|it)\b|\bno se (?:tomo|comio|trago) nada\b|\b(?:nobody|no one|none of (?:them|the kids|us)) (?:ate|drank|swallowed|took|touched|tasted) (?:any|anything|it|them|some)\b|\bnadie (?:se )?(?:comio|tomo|trago|probo|toco)\b|\bantes de que se (?:lo |la |los |las )?(?:tomara|comiera|tragara)\b/
      .source,
  ].join('|'),
  'g',
);

/**
 * The doses told by their schedule, and nothing more: "2 a day", "cada 8 horas", "the morning one and the bedtime one", "la de la
 * mañana y la de la noche". An answer about the usual doses, which settles a poisoning for the classifier's gate; not with a
 * mistake, a double dose or a count of everything in it ("gave the morning one twice", "las tomó todas").
 */
const ONLY_THE_SCHEDULE =
  /^(?!.*\b(?:twice|again|otra vez|dos veces|double|doble|together|juntas|juntos|at once|same time|mismo tiempo|de mas|too many|too much|extra|mistake|error|equivoc\w*|all|todas|todos|whole|entero|entera|wrong)\b)(?=.*(?:\b\d+ (?:a|per) day\b|\b\d+ (?:al|por) dia\b|\b(?:cada|every) \d+ (?:horas|hours|hrs)\b|\b(?:la|el|las|los|una|otra) (?:de la|en la) (?:manana|noche|tarde)\b.*\b(?:la|el|las|los|una|otra) (?:de la|en la) (?:manana|noche|tarde)\b|\bthe (?:morning|bedtime|night|evening|nighttime|afternoon) (?:one|ones|dose|doses)\b.*\bthe (?:morning|bedtime|night|evening|nighttime|afternoon) (?:one|ones|dose|doses)\b))/;

// After the last sign that it is over, a "but", "now" or "still" says it is not: read the whole sentence. Not "still" asking about
// care ("do we still need the referral").
// Not a wish or a request after "but": "ahorita está bien, pero queremos seguir con el terapeuta", "but the school nurse wants a letter".
const STILL_GOING =
  /\b(?:but|pero)\b(?! (?:(?:we|i) (?:want|wanna|would like|need (?:a|an|the|to know|to ask|to keep|to get|to renew))|wed like|id like|queremos|quiero|quisiera|quisieramos|necesito (?:una?|saber|la|el)|necesitamos (?:una?|saber|la|el)|(?:the|his|her|el|la|su) (?:school )?(?:nurse|enfermera|teacher|maestra|school|escuela|doctor|doctora|pediatra) (?:wants|needs|asks|asked|quiere|pide|pidio|necesita))\b)|\b(?:now|ahora|then|luego|except|until|hasta que)\b|\b(?:still|sigue|todavia|aun)\b(?! (?:\w+ )?(?:qualif\w*|eligible|califica\w*|cubre|cubierto|covered|on (?:ccs|medi ?cal|pathways)|le toca|tiene derecho|need|needs|necesit\w*|have to|tenemos que|hay que))/;

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

/**
 * "Now" told with a state that is fine: "ahorita está bien", "right now he's stable", "ahorita nomás va a revisión con el
 * gastro". Their "right now" or "ahorita" says nothing about danger. Removed before urgency is read, like NOT_AN_EMERGENCY.
 */
export const NOW_FINE = new RegExp(
  `\\b(?:right now|ahorita|ahora|now|rn|currently|today|hoy)\\b(?: (?:ya|he|she|hes|shes|he is|she is|its|it is|they are|theyre|esta|estan|se ve|se siente))? (?:totally |completely |perfectly |doing |muy |super )?(?:(?:fine|ok|okay|good|great|stable|well|normal|estable|tranquil[oa]|perfect[oa]?)\\b|${FINE})|\\b(?:ahorita|ahora|right now|now) (?:nomas|solo|nada mas|just|only) (?:va|vamos|tiene|le toca|goes|has|sees|gets|needs)\\b(?: \\w+){0,3} (?:revision|revisiones|chequeo|cita|citas|consulta|control|seguimiento|terapia|checkups?|check ups?|follow ups?|appointments?|therapy)\\b`,
  'g',
);

/**
 * A care plan's threshold ("call 911 if his sats go under 85", "si la saturación baja de 88") and the reading now ("right now
 * 96", "sats 70 now"): a reading on the safe side is no urgency, one past the threshold is the emergency the plan names.
 */
const PLAN_THRESHOLD =
  /\bif (?:\w+ ){0,4}(?:go|goes|drop|drops|dips?|gets?|falls?|is|are|reads?|hits?|stays?)(?: \w+)? (?:under|below|less than|lower than|over|above|more than|higher than|past) (\d+(?:\.\d+)?)\b|\bsi (?:\w+ ){0,4}(?:baja|bajan|baje|bajen|sube|suben|suba|esta|llega|pasa|pasan)(?: \w+)? (?:a )?(?:menos de|debajo de|abajo de|por debajo de|bajo|mas de|arriba de|encima de|por encima de|de) (\d+(?:\.\d+)?)\b/g;
const READING_NOW =
  /\b(?:right now|now|rn|currently|ahorita|ahora)(?: (?:its|it is|hes|shes|he is|she is|they are|theyre|is|are|esta|estan|anda|andan))?(?: (?:at|en))? (\d+(?:\.\d+)?)\b|(?<!\b(?:under|below|than|over|above|past|de|bajo) )\b(?!911\b)(\d+(?:\.\d+)?)(?= (?:right now|now|rn|ahorita|ahora)\b)/g;
const NOW_WORD = /\b(?:right now|now|rn|currently|ahorita|ahora)\b/g;
// The plan's direction: its threshold is a floor ("drops below 60", "baja de 88") or a ceiling ("goes over 104").
const BELOW = /\b(?:under|below|less|lower|drops?|dips?|falls?|menos|debajo|abajo|bajo|baja|bajan|baje|bajen)\b/;

/** Whether the reading now is past the care plan's threshold (`crossed`), on its safe side (`within`), or there is no plan and reading. */
export function planReading(text: string): 'crossed' | 'within' | undefined {
  const plans = [...text.matchAll(PLAN_THRESHOLD)].map((m) => ({ below: BELOW.test(m[0]), limit: Number(m[1] ?? m[2]) }));
  const readings = [...text.matchAll(READING_NOW)].map((m) => Number(m[1] ?? m[2]));
  if (plans.length === 0 || readings.length === 0) return undefined;
  const crossed = readings.some((reading) => plans.some(({ below, limit }) => (below ? reading < limit : reading > limit)));
  return crossed ? 'crossed' : 'within';
}

/** Signals that something is happening right now; it outweighs past, hypothetical or question wording. */
export const URGENT =
  /\bright now\b|\bcomo (?:un )?trap(?:ito|o)\b|\bstill (?:seizing|convulsing|not breathing|unresponsive)\b|\bsigue (?:convulsionando|sin respirar)\b|\b(?:lo|la|los|las) necesito ya\b|\bneed (?:it|them|help|someone|this) now\b|\bahorita\b|\bahora mismo\b|(?<!(?:can|could|does|do|will|would|to) (?:you|ccs|someone|anyone|they|u|it|somebody|the county) )\bhelp\b(?! (?:me |us )?(?:with|write|find|get|understand|fill\w*|apply|pay|set|figure|know|choose|pick|out|desk|line)\b)|\bayuda+\b(?! (?:con|para|a|de|economica|financiera)\b)|\bay[uú]d(?:enme|ame|anos|ennos)\b(?! (?:con|a)\b)|\bplease\b|\bpor favor\b|\bhurry\b|\bcome quick\b|\basap\b|\burgente?\b(?! care)|\bemergency\b(?! room| department| dept| visit| contact| plan)|\bemergencia\b|\bwhat do i do\b(?! if| to| about)|\bque (?:hago|hacemos)\b(?! si| para| con)|\btoday\b|\btonight\b|\bhoy\b|\besta noche\b|\bacaba de\b|\bjust\b(?! (?:being|want\w*|wonder\w*|check\w*|curious|ask\w*|need\w*|a|an|the|kids|adults|parents|for|in case|to|like|because|so|one|wanted|got (?:a|the|his|her) (?:bill|letter|call|email|approval|results)|turned \w+|moved|graduated|enrolled|applied|switched|found out|learned|heard|got (?:approved|accepted|denied|home|discharged|back)|fyi|letting you know|so you know|(?:a little )?(?:gassy|fussy|cranky|teething)|for (?:his|her|their|the) (?:chart|file|records?))\b)/;

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
// Greetings and fillers that may open a question: "disculpe que es el ccs", "ok and what is hcbs".
const QUESTION_OPENER =
  '(?:hi|hello|hey|hola|ok|okay|so|and|but|also|um|y|pero|oye|oiga|disculpe|disculpa|perdon|buenas|buenos dias|buenas tardes|buenas noches|quick question|question|pregunta|una pregunta|sorry|entonces|a ver|and then)';
export const INFORMATIONAL = new RegExp(
  [
    /\bcover(?:s|ed|age)?\b|\bcubren?\b|\bcobertura\b|\bpays?\b|\bpagan?\b|\beligib\w*|\bqualify\b|\bcalifica\b/,
    // Staying on a program, or losing it: "how old can she be and still be on ccs", "her losing ccs soon".
    /\b(?:still be on|stay on|staying on|remain on|keep|losing|lose|lost|age out of|aging out of|ages out of|kicked off|dropped from|sacar de|salir de|perder) (?:el |la )?(?:ccs|medi ?cal|pathways|wcm|mtp)\b/,
    /\bprogram\w*|\bservices?\b|\bservicios?\b|\bcase manag\w*|\bmanejo de casos?\b|\bcare coordinat\w*|\bcoordinacion de (?:cuidados?|servicios)\b|\bprevention\b|\bprevencion\b|\bscreening\b|\bprotocol\b|\bpolicy\b/,
    /\brefill\b|\bresurt\w*|\brefer\w*|\breferido\b|\bauth\w*|\bautoriz\w*|\bpharmacy\b|\bfarmacia\b|\binsurance\b/,
    // A ride is a service: "no tengo carro como llevo a mi hijo a sus citas", "no tengo como llevarlo", "how do i get him there no car";
    // not with the hospital or 911 in the sentence ("no tengo carro y no respira, como lo llevo al hospital").
    /\bno (?:tengo|tenemos) (?:carro|coche|auto|raite|ride|transporte|como (?:llevarl[oa]s?|llegar|ir))\b(?!.*\b(?:hospital|er|ed|urgent care|emergencias|urgencias|emergency|ambulancia|ambulance|911)\b)|\b(?:no|dont have a|dont have|without a) (?:car|ride)\b(?!.*\b(?:hospital|er|ed|urgent care|emergencias|urgencias|emergency|ambulancia|ambulance|911)\b)/,
    /\bappointments?\b|\bcitas?\b|\btransportation\b|\btransporte\b|\bcheck ?ups?\b|\bgratis\b|\bfor free\b|\bdo they (?:give|offer|provide|hand out)\b|\b(?:le|les|nos) (?:dan|ofrecen|regalan|prestan)\b(?! (?:ganas|miedo|ataques|convulsiones|crisis)\b)|\bchequeo\b|\bsar\b|\bforms?\b|\bformularios?\b|\bapplication\b|\bsolicitud\b|\bpaperwork\b|\bpapeles\b/,
    /\bsupport group\b|\bgrupo de apoyo\b|\btraining\b|\bclass(?:es)?\b|\bclases?\b|\bequipment\b|\bsupplies\b|\bwheelchair\b|\bsilla de ruedas\b|\brespite\b|(?<!\bno )\brespiro\b|\bandadera\b|\bequipo medico\b|\bsuministros\b/,
    // Not "who do i call" on its own, which asks for help now; "who do i call to get a referral" is a question about a service.
    // "Is there" asks only of something to be had ("is there a program", "are there any"), not of a person's place: "he is there now".
    /\b(?:is|are) there (?:a|an|any|anything|anyone|anybody|someone|somebody|some|something|somewhere|way|ways|help|more|other|another|financial|programs?|services?|resources?|support|therap\w*|counsel\w*|doctors?|specialists?|places?|groups?|classes?|options?|ccs)\b|\bhow (?:do|can) (?:i|we)\b|\bwhere (?:do|can) (?:i|we)\b|\bwho (?:do|should) (?:i|we)\b(?! call\b(?! (?:to|for|about|if) ))/,
    // An age limit asked about: "how old can kids be and still get ccs", "hasta qué edad", "y si tiene 22?"; someone else's age told
    // alone after one ("and his sister is 23", "y su hermana tiene 23"); not "hes 3" after a swallow.
    /\bhow old (?:can|does|do|is|should|must|will|can kids)\b|\bque edad\b|\bhasta (?:que|cuantos) (?:edad|anos)\b|\bage (?:limit|cut ?off)\b|^(?:y |and )?(?:si|if) (?:ya )?(?:tiene|cumple|tuviera|hes|shes|he is|she is|he turns|she turns) \d{1,2}(?: anos| years old)?$|^(?:y |and |but |pero )?(?:his|her|my|our|su|mi) \w+ (?:is|tiene|cumple|cumplio|turns|turned|just turned) \d{1,2}(?: anos| years old| yrs?(?: old)?)?$/,
    // The same in Spanish, but not "cómo le hago para que respire".
    /\bcomo (?:le )?(?:hago|hacemos) para\b(?! que)|\bcomo (?:puedo|podemos|se puede)\b|\bdonde (?:puedo|podemos)\b|\bwhole child model\b|\bwcm\b/,
    // "does CCS help kids who...", "hay terapeutas?", "find a therapist": asking what a program or a service offers.
    /\b(?:does|do|can|will|would) (?:ccs|the county|the program|medi ?cal|the state|they) (?:help|cover|pay|offer|have|do)\b|\b(?:find|get|need|looking for) (?:a |an )?(?:therap\w*|counsel\w*)\b/,
    /\bhay (?:algun\w* )?(?:terapeutas?|programas?|grupos?|clases?|doctor\w*|especialistas?|lugar\w*|recursos|servicios|consejer\w*|psicolog\w*)\b|\b(?:buscar|encontrar|necesito) (?:un |una )?(?:terapeuta|consejer[oa]|psicolog[oa])\b/,
    // Updating the family's details: "quiero cambiar el numero de contacto de mi hija", "update my address".
    /\b(?:cambiar|actualizar|change|update) (?:el |la |mi |my |the |su |her |his |our )?(?:numero|telefono|direccion|correo|contacto|number|phone number|address|email|contact)\b/,
    // How long a decision or a process takes: "the state has to decide on my son, why is it taking sooo long", "¿por qué tarda tanto?".
    /\b(?:why is it|why is this|why is that|is it|its) taking (?:so |this |that )?long\b|\bhow long (?:does|will|do|is|should) (?:it|this|that|the \w+)\b|\bpor que (?:se )?(?:tarda|tardan|demora|demoran)\b|\bcuanto (?:tiempo )?(?:se )?(?:tarda|tardan|demora)\b|\b(?:has|have|needs?) to decide\b|\btiene(?:n)? que decidir\b/,
    // "What is" asks unless it is what is going on; "qué es" only where the question starts ("¿qué es el wcm?", "hola que es ccs"), since
    // the Spanish "que es" is mostly "that it is": "dice que es su tío", "creo que es alergia".
    `\\bwhat (?:even )?(?:is|are)\\b(?! (?:happening|going on|wrong|the matter)\\b)|\\bwhats\\b(?! (?:happening|going on|wrong|the matter)\\b)|^(?:${QUESTION_OPENER} )*que (?:es|son)\\b|\\bque (?:es|son) (?:eso|esto)\\b`,
    /\bnaloxone\b|\bnarcan\b|\bresources\b|\brecursos\b/,
    // Who a program is for, or why a screening asks: "is Pathways only for kids with suicidal thoughts", "does my son have to be in
    // crisis to get services", "para qué es esa pregunta".
    /\b(?:only|just|solo|nada mas|nomas) (?:for|para) (?:kids|children|teens|people|families|ninos|jovenes|personas|familias)\b|\b(?:have|has|need|needs) to be in (?:a )?crisis\b|\btiene que estar en crisis\b|\bpara que (?:es|son|sirve) (?:esa|esta|esas|estas|la|las) preguntas?\b|\bpor que (?:me )?preguntan? (?:eso|esto)\b/,
    // What a word means, like "what is": "que quiere decir hcbs", "what does SAR stand for"; not "dice que quiere decir adiós".
    /(?<!\b(?:dice|dijo|decia|escribio|puso|me|nos) )\bque (?:quiere decir|significa)\b(?! (?:adios|goodbye|bye|algo|que se))|\bwhat (?:does|do) (?:\w+ ){1,4}(?:mean|stand for)\b|\bwhats? (?:is )?the meaning of\b|\bsignificado de\b/,
    // Prevention: "any tips for babyproofing the cleaning cabinet", "consejos para guardar el cloro".
    /\btips\b|\bbaby ?proof\w*|\bchild ?proof\w*|\bconsejos\b|\bhow (?:do i|to|should i) (?:store|lock|keep|hide)\b/,
    /\bmri\b|\bsurgery\b|\bcirugia\b|\bsedat\w*|\banestesia\b/,
  ]
    .map((part) => (typeof part === 'string' ? part : part.source))
    .join('|'),
);

/**
 * An alarm word that names a feeling, not a harm: "me quiero morir de la risa", "un ataque de risa", "se desmayó de sueño",
 * "morada de coraje", "choking on laughter", "choked up", "scared to death", "purple with rage", "lo voy a matar del susto",
 * "at the end of my rope". With its helper verb ("me voy a morir de la risa"), which the classifier would read alone.
 */
export const EMOTION_IDIOM =
  /\b(?:(?:(?:me|se|te|nos) (?:voy|va|vas|vamos|iba|iban) a )?(?:morir\w*|muero|muriendo|muert[oa]) de (?:la )?(?:risa|verguenza|pena|sueno|aburrimiento)|ataques? de (?:risa|celos)|(?:se )?(?:desmay\w*|cay\w*) (?:\w+ )?de sueno|(?:morad[oa]|azul|roj[oa]) de (?:coraje|berrinche|risa|verguenza|enojo)|chok(?:e|es|ed|ing) (?:on|with|from) (?:(?:his|her|their|the) )?(?:laughter|laughing|giggles|giggling|tears|emotion)|chok(?:e|es|ed|ing) up(?! (?:\w+ )?blood)|(?:scared|bored|worried|frightened|tickled) to death|(?:red|purple|blue) (?:in the face )?(?:with|from) (?:rage|anger|laughter|laughing|embarrassment)|(?:matar|matarl[oa]s?|mata|matas|matan|matando|mato|mataste)(?: (?:a|al) (?:mi |su |tu )?\w+)? (?:del|de un|de una|de) (?:susto|sustos|infarto|coraje|corajes|preocupacion|angustia|disgusto|disgustos|nervios)|(?:me|nos) (?:muero|mori|moria|morimos) (?:del|de un) susto|(?:at )?the end of (?:my|our|his|her|their) (?:rope|tether))\b/g;

// A threat over a trifle named as a thing, laughing or not: "im going to kill my brother if he eats my leftovers again",
// "voy a matar a mi hermano si se come mis tamales". Never of oneself ("me voy a matar si me quitan el celular"); with a
// weapon in the sentence the rules still read the threat (crisisRules.ts).
const TRIFLE =
  '(?:leftovers|food|fries|pizza|snacks?|candy|cookies?|cake|lunch|dinner|sandwich|chips|ice cream|dessert|cereal|soda|toys?|phone|charger|clothes|shirt|hoodie|sweater|shoes|makeup|socks|dishes|mess|towels?|trash|stuff|things|room|games?|xbox|playstation|ps5|switch|controller|tablet|ipad|headphones|seat|spot|remote|bike|pastel|comida|papas|dulces|galletas|juguetes?|ropa|celular|telefono|cargador|cosas|cuarto|videojuegos?|control|tamales|postre|sobras|refresco|tenis|maquillaje|chocolates?|helado)';
// Or another adult over a slip told next: "im gonna kill my husband, he forgot to pick up the formula AGAIN", "voy a matar a mi
// esposo, se le olvidó la leche". Not when the slip is about a child ("he left the baby in the car").
const ADULT_TARGET =
  '(?:husband|wife|hubby|partner|boyfriend|girlfriend|bf|gf|ex|mom|mother|dad|father|mother in law|roommate|boss|coworker|brother|sister|bro|sis|cousin|brother in law|sister in law|esposo|esposa|marido|viejo|vieja|pareja|novio|novia|suegra|suegro|mama|papa|jefe|jefa|hermano|hermana|cunado|cunada|primo|prima)';
const SLIP =
  '(?:forgot|forgets|forgetting|left|lost|ate|took|broke|used up|finished|didnt|never|threw|tossed|shredded|deleted|spilled|olvido|dejo|perdio|se comio|se acabo|se tomo|no compro|no trajo|rompio|uso|tiro|boto|borro|mancho)\\b(?! (?:\\w+ ){0,2}(?:baby|kid|kids|child|son|daughter|bebe|nino|nina|hijo|hija|him|her|them)\\b)';
export const THREAT_OVER_A_THING = new RegExp(
  `(?<!\\b(?:se|me) (?:\\w+ ){0,2})\\b(?:(?:going to|gonna|will|ill|wants to|va a|voy a|vamos a|quiere|quiero) )?(?:kill|murder|strangle|matar|matarlo|matarla|ahorcar|ahorcarlo|ahorcarla)(?! (?:him|her|my|them|your|our)sel)(?: \\w+){0,3} (?:if|si|for|por|because|bc|porque|when|cuando) (?:\\w+ ){0,4}(?:my|his|her|their|our|the|mi|mis|su|sus|el|la|los|las) (?:\\w+ )?${TRIFLE}\\b|(?<!\\b(?:se|me) (?:\\w+ ){0,2})\\b(?:(?:going to|gonna|will|ill|va a|voy a|vamos a|quiero) )?(?:kill|murder|strangle|matar|ahorcar)(?: a)? (?:my|mi) ${ADULT_TARGET}\\b(?: \\w+){0,3} (?:se le )?${SLIP}`,
  'g',
);
/**
 * A boss, a teacher or a coach who will "kill me" if the work is late ("my boss is gonna kill me if its late"), another adult who
 * will for a thing lost or a lateness ("my wife is gonna strangle me for losing the approval letter", "mi suegra me va a matar si
 * no llego a tiempo"): hyperbole the rules read out (withoutFiguresOfSpeech). Not in NOT_DANGER, which the committed classifier
 * was trained with.
 */
export const THREAT_OVER_WORK = new RegExp(
  `\\b(?:boss|manager|supervisor|jefe|jefa|coworkers?|professor|profe|principal|coach|entrenador|teacher|maestra|maestro)\\b(?: (?:is|will|would|va a|me va a|me))?(?: going to| gonna)? (?:kill|murder|matar)\\w*(?: (?:me|us))?\\b(?=.*\\b(?:if|si|when|cuando)\\b)|\\b${ADULT_TARGET}\\b(?: (?:is|will|would|va a|me va a|me))?(?: going to)? (?:kill|strangle|murder|matar|ahorcar)\\w*(?: (?:me|us))? (?:for|por) (?:losing|forgetting|missing|breaking|spending|being late|perder|olvidar|llegar tarde)\\b|\\b(?:me|nos) (?:va|van) a (?:matar|ahorcar) si (?:no )?(?:llego|llegamos|llegan?) (?:tarde|a tiempo)\\b`,
  'g',
);
/**
 * Figures of speech with a harm word in them, said of a thing, a skill or an institution: "killing it at PT", "she's on fire at
 * speech therapy", "the pharmacy keeps choking on the prior auth", "la farmacia se está ahogando con tantas recetas". The rules
 * read a sentence without them (withoutFiguresOfSpeech in crisisLexicon.ts), as the classifier and the safety net do (NOT_DANGER).
 */
const INSTITUTION_OR_MACHINE =
  '(?:pharmacy|pharmacies|insurance|insurer|county|office|system|website|site|portal|app|computer|printer|fax|fax machine|scanner|server|wifi|internet|laptop|farmacia|aseguranza|condado|oficina|sistema|pagina|aplicacion|computadora|impresora)';
// Things that people say "die" ("my phone is gonna die", "se me va a morir la bateria").
const THING_WITH_A_LIFE = `(?:${INSTITUTION_OR_MACHINE}|phone|cell|cel|celular|telefono|battery|bateria|pila|car|carro|coche|troca|camioneta|van|truck|tablet|ipad|compu|charger|cargador|plant|planta|planticas?|tv|tele|television|fridge|refri|washer|lavadora|ac|aire|pump|bomba)`;
export const FIGURE_OF_SPEECH = new RegExp(
  [
    /\b(?:kill|kills|killed|killing) it\b|\bscream\w* (?:bloody )?murder\b|\bkilling (?:time|two birds)\b|\bkill for\b|\bto die for\b|\bdead tired\b|\blifesaver\b|\bdie of (?:embarrassment|shame|boredom|laughter)\b|\bbreathing (?:room|down)\b/,
    // The writer's own effort measured by a face gone blue: "I talked to the plan until I was blue in the face".
    // Anyone's, said of how long they may try: "he can scream til hes blue in the face, no ipad"; "le rogué al seguro hasta ponerme morada".
    /\b(?:until|till|til|hasta que) (?:i|im|i am|i was|we|were|we were|i m|you|youre|you are|he|hes|he is|she|shes|she is|they|theyre|they are)(?: \w+)? blue in the face\b|\bhasta (?:quedarme|ponerme|quedarnos|ponernos) (?:azul|morad[oa]s?)\b/,
    // Blue as a plan's name, not a child's skin: "hes Blue Shield now through my job", "Anthem Blue Cross denied it", "ya tiene Blue
    // Cross por el trabajo de su papá", "el seguro Cruz Azul".
    /\b(?:anthem )?blue (?:shield|cross)\b|\b(?:cruz|escudo) azul\b/,
    // A denial or a retraction by the writer of a wish to die: "im not suicidal or anything", "no es que me quiera morir",
    // "me quiero morir jaja no es cierto", "i want to die lol jk"; not "no es broma", "im not kidding".
    /\b(?:im|i am|i m) not suicidal\b(?: or anything)?|\bnot that (?:i|im) (?:want|wanna|wanting|going) to (?:die|kill myself|hurt myself)\b|\bno es que (?:me )?quiera (?:morir|matar)\w*\b|\bno (?:estoy|ando) suicida\b/,
    /\b(?:i (?:want|wanna|wish i could) (?:to )?(?:die|kill myself|be dead)|(?:me )?quiero (?:morir|morirme|matarme)|me (?:voy a|quiero) (?:morir|matar))\b(?: (?:lol|lmao|haha\w*|jaja\w*|jeje\w*|xd|ok|bueno|digo|pero|but|nah)){0,2} (?<!\b(?:not|no|isnt|nada|ni|no es|no era) )(?:jk|j k|just kidding|kidding|not really|no es cierto|no es verdad|mentira|es broma|de broma|no literal\w*|not literally)\b/,
    // The writer holding their breath for news: "not breathing easy until the approval comes", "no voy a respirar tranquila hasta que llegue la carta".
    /\b(?:im|i am|i|were|we|me|no voy a|no vamos a|no puedo|no podre)(?: \w+){0,2} (?:breath\w*|respirar\w*) (?:easy|easily|easier|tranquil[oa]s?|en paz)\b/,
    // Doing great: "la rompió en su junta", "se lució"; dying for a purchase: "se va a morir si no le compro el nintendo".
    /\bla (?:rompio|rompe|rompimos|rompieron|esta rompiendo)\b(?! (?:\w+ )?(?:cabeza|ventana|puerta|pierna|brazo|mano|nariz|boca))|\bse (?:lucio|luce|lucieron)\b|\b(?:(?:se|me|te|nos) (?:va|voy|vas|vamos|iba) a morir|(?:se|me) muere|me muero)\b(?: \w+){0,2} si no (?:le |me |te |les |nos )?(?:compr|regal|dej|llev)\w*/,
    /\b(?:water|toy|nerf|squirt|glue) gun\b|\bpistola de (?:agua|juguete)\b|\bknife skills\b/,
    // A phone's battery run down: "se me acabó la pila", "se le murió la pila al celular"; not "se tragó la pila".
    /\bse (?:me |le |nos )?(?:acabo|murio|descargo|termino) la (?:pila|bateria)\b/,
    // Doing great at something: "on fire at PT", "on fire lately"; not "on fire in the kitchen".
    /\bon fire (?:at|in|during|with) (?:(?:his|her|their|the|a|this|todays?) )?(?:pt|ot|st|physical therapy|occupational therapy|speech(?: therapy)?|therapy|school|class|practice|rehab|games?|soccer|baseball|basketball|football|swim\w*|reading|math|homework|spelling|sessions?|tournament|recital|walking|drills|exercises|terapia)\b|\bon fire (?:lately|these days|this (?:week|month|season|year|semester))\b/,
    // A harm verb whose subject is a thing: "se me va a morir la bateria del cel", "el que se va a morir es mi carro", "my phone is gonna die".
    `\\b(?:se (?:me |le |nos )?)?(?:(?:va|iba) a |esta |estan )?(?:morir|muriendo|murio|muere|mueren)(?: (?:ya|otra vez))? (?:(?:es )?(?:el|la|mi|su|los|las|mis|sus) )(?:\\w+ )?${THING_WITH_A_LIFE}\\b|\\b(?:el|la) que se (?:va a morir|esta muriendo|murio|muere) es (?:el|la|mi|su) (?:\\w+ )?${THING_WITH_A_LIFE}\\b`,
    `\\b(?:the one (?:thats|that is|who is|whos) (?:gonna die|going to die|dying|dead) is (?:my|the|our) (?:\\w+ )?${THING_WITH_A_LIFE}|${THING_WITH_A_LIFE}(?: \\w+){0,3} (?:is |s |are )?(?:gonna|going to|about to|is going to) die)\\b`,
    // An adult or a thing "poisoning", "drowning" or "killing" the writer with something, or an idiom of worry: "ya me tiene envenenada
    // la señora de la oficina con tanto tramite", "ya me tiene ahogada el seguro con tanto papeleo", "me va a sacar canas verdes".
    '\\b(?:me|nos) (?:tiene|tienen|trae|traen) (?:bien |ya )?(?:envenenad|ahogad|muert|matad)[oa]s?\\b(?= .*\\b(?:con|de) (?:tanto|tanta|tantos|tantas|su|sus|el|la|los|las)\\b)|\\b(?:(?:me|nos|te|le) )?(?:(?:va|van|vas|iba|iban|esta|estan) a |esta |estan )?(?:sacar|sacando|saca) (?:\\w+ )?canas(?: verdes)?\\b|\\b(?:is|are|keep|keeps) poisoning my (?:whole )?(?:day|week|life|mood|brain|month)\\b',
    // A harm verb said of an institution or a machine: "the pharmacy keeps choking on", "el sistema del condado se murió".
    `\\b${INSTITUTION_OR_MACHINE}(?: (?:system|portal|website|site|office|del condado|de la farmacia))?(?: (?:keeps|kept|is|was|has been|always|just|totally|completely|literally|sigue|siempre|ya|se|esta|otra vez|again))* (?:chok\\w*|dying|died|dies|dead|drowning|ahog\\w*|murio|muere|muriendo)\\b`,
  ]
    .map((part) => (typeof part === 'string' ? part : part.source))
    .join('|'),
  'g',
);
/**
 * A harm the message says has stopped or is absent: "ya no tiene pensamientos de hacerse daño", "no seizures for 6 months",
 * "she no longer has thoughts of hurting herself", "no more bleeding". One rule over harm predicates, never over a vital
 * function: a stopped breath, pulse, movement or waking ("ya no respira", "stopped moving", "won't wake up") is the emergency
 * itself, so VITAL_FUNCTION is never read as a harm that ceased.
 */
const VITAL_FUNCTION =
  '(?:breath\\w*|respir\\w*|pulse|pulso|heartbeat|latido\\w*|moving|move|mueve|moviendo|waking|wake|despierta\\w*|responding|respond\\w*|reacciona\\w*|conscious\\w*|conocimiento)';
const HARM_PREDICATE = `(?!${VITAL_FUNCTION}\\b)(?:(?:thoughts?|ideas?|pensamientos?|urges?|ganas) (?:of|about|to|de) (?:\\w+ )?(?:hurting|harming|killing|cutting|suicide|self ?harm\\w*|dying|die|hurt|harm|kill|cut|hacerse dano|lastimarse|matarse|suicidarse|morir(?:se)?|quitarse la vida|cortarse|hacerse algo)(?: (?:him|her|them|my|your)sel(?:f|ves))?|suicidal (?:thoughts?|ideas?|ideation)|ideas? suicidas?|pensamientos? suicidas?|self ?harm\\w*|autolesion\\w*|seizures?|convulsiones|convulsion|ataques|episodes|episodios|bleeding|sangrados?|nosebleeds?|vomiting|vomitos|fevers?|fiebres?|calenturas?|wheezing)`;
export const CEASED_HARM = new RegExp(
  [
    // "no longer has thoughts of...", "not having seizures anymore", "no more bleeding", "no seizures for 6 months".
    `\\b(?:no longer|not|isnt|arent|hasnt|hasnt been|has not|havent) (?:has |have |having |had |getting |gotten )?(?:any |a |an )?${HARM_PREDICATE}\\b(?!.*\\b(?:but|now|again|tonight|today)\\b)`,
    `\\bno (?:more |further |new )?${HARM_PREDICATE} (?:for|in|since|anymore|any more|lately)\\b|\\bno more ${HARM_PREDICATE}\\b|\\b(?:seizure|fever) free\\b`,
    // "ya no tiene pensamientos de hacerse daño", "ya no le dan convulsiones", "sin convulsiones desde hace 4 meses".
    // A harm the child has not spoken of: "no ha dicho nada de hacerse daño", "hasnt said anything about hurting himself".
    `\\b(?:hasnt|has not|havent|never|no ha|nunca ha|nunca) (?:said|mentioned|talked|dicho|mencionado|hablado)(?: (?:anything|nada))? (?:about|of|de) (?:hurting|harming|killing|cutting|suicide|hacerse dano|lastimarse|matarse|suicidarse|morirse|cortarse)(?: (?:him|her|them)sel(?:f|ves))?\\b(?!.*\\b(?:but|pero|now|ahora)\\b)`,
    `\\b(?:ya no|no ha|no han|ya no ha) (?:tiene|tenido|le dan|le da|le han dado|le ha dado|presenta|hay|siente|tenia)? ?(?:\\w+ )?${HARM_PREDICATE}\\b|\\bsin ${HARM_PREDICATE} (?:desde|por|hace|en)\\b`,
  ].join('|'),
  'g',
);
/**
 * A word used in its ordinary sense beside its alarming one: a blue thing ("the blue inhaler", "la bomba azul"), blue as a mood
 * ("been blue since her best friend moved away"), a treatment that does not work ("unresponsive to the new med", "no responde
 * al tratamiento"). Not a blue face or lips, not blue for minutes, not unresponsive to touch or voice.
 */
const BODY_OR_CHILD =
  '(?:lips|face|skin|fingers|fingertips|toes|nails|hands|feet|mouth|tongue|colou?r|tint|baby|boy|girl|cara|labios|boca|piel|unas|manos|pies|lengua|dedos|bebe|nino|nina)';
const TREATMENT =
  '(?:(?:new |current |latest |first |second |nuevo |nueva |actual )?(?:meds?|medicines?|medications?|medicamentos?|medicinas?|treatments?|tratamientos?|therapy|terapias?|antibiotics?|antibioticos?|drugs?|doses?|dosis|steroids?|esteroides?|keppra|depakote|lamictal|trileptal|onfi|insulin|insulina)(?: (?:nuevo|nueva|actual))?)';
/** A story on a screen: "that 9-1-1 show where the kid gets poisoned", "una novela donde la protagonista se envenena". */
const ON_SCREEN =
  /\b(?:show|movie|episode|series|cartoon|serie|pelicula|novela|programa|caricatura) (?:where|when|donde|en (?:el|la) que|en que)(?: \w+){1,10}/;
/**
 * A story on a screen (ON_SCREEN), or a case asked about any child or anyone, not told of one: "if a kid is suicidal does Mobile
 * Crisis come to the house", "is mobile crisis only for when somebody is already hurting themselves", "si un estudiante dice que
 * se quiere matar, ¿quién llama?". Explicit words in it say nothing of a child now.
 */
export const NOT_ABOUT_A_CHILD_NOW = new RegExp(
  `${ON_SCREEN.source}|\\b(?:if|when) (?:(?:a|an|any) (?:\\w+ )?(?:kid|child|student|patient|teen|teenager|youth|minor|person)s?|somebody|someone|anyone|anybody) (?:(?:is|are) (?:already |actively )?)?(?:is|are|becomes|gets|seems|says|threatens|talks about|mentions|hurting|harming|cutting)(?: \\w+){0,6}? (?:suicidal|suicide|self harm\\w*|(?:him|her|them)sel(?:f|ves))\\b|\\b(?:si|cuando) (?:(?:un|una|algun|alguna) (?:\\w+ )?(?:nino|nina|menor|estudiante|paciente|adolescente|joven|persona)e?s?|alguien) (?:esta|es|se pone|dice|amenaza|habla|se esta)(?: \\w+){0,6}? (?:suicida|suicidarse|suicidio|matarse|hacerse dano|lastimarse)\\b`,
  'g',
);
export const ORDINARY_SENSE = new RegExp(
  [
    // Only the colour word goes, and not of a pill, whose colour names it ("la pastilla azul del tanque").
    `(?<=\\b(?:the|a|an|his|her|my|their|our|your|this|that) (?:big |little |light |dark |new |old )?)blue\\b(?! ${BODY_OR_CHILD}\\b)`,
    '(?<=\\b(?:bomba|inhalador|botella|vaso|carro|camisa|mochila|carpeta|tapa|sobre|forma|libreta|cobija|silla|pelota)s? )azul(?:es)?\\b',
    '\\b(?:(?:been|feeling|feels|felt|kind of|kinda|a little|a bit|so|pretty|really) )+blue (?:since|about|over|lately|these days|all (?:week|month)|ever since|because|bc|after (?:\\w+ ){0,3}(?:moved|left|died|passed|divorce|breakup|move))\\b',
    `\\b(?:unresponsive|not responding|isnt responding|not responsive|refractory|no responde|no esta respondiendo|no ha respondido) (?:well |bien )?(?:to|al|a la|a los|a las|a) (?:the |his |her |their |su |sus |el |la |los )?(?:\\w+ )?${TREATMENT}\\b`,
  ].join('|'),
  'g',
);
const NOT_DANGER_WORDS =
  /\b(?:cutting (?:his|her|their|our|the) (?:\w+ )?(?:hours|services|benefits|budget|hair)|(?:is|are|its|was|were|be) killing (?:me|us)|(?:going to|gonna|will) kill (?:me|us)|dying (?:to|of|for|laughing|here|over)|almost died laughing|me (?:muero|mata|matan|estan matando|esta matando|ahogo)|(?:me|nos) van a matar|muert[oa] de (?:cansancio|risa|sueno|hambre|ganas)|ahogad[oa] en|poison control|control de envenenamientos?|non emergenc\w*|(?:phone|battery|car|fax|laptop|computer|wheelchair|chair|tablet|ipad|pump|device|machine|charger|telefono|carro|pila|silla)(?: \w+){0,4} (?:die|died|dying|dead|muriendo|murio|muerto)|(?:gonna|going to) die (?:when|if|of)|so dramatic|(?:blood|sangre) (?:draw|test|tests|work|labs|results|count|sugar|pressure)|(?:sacan|sacaron|saquen|sacar) sangre|(?:not|isnt|no esta|no) (?:le )?(?:bleeding|sangrando|sangra)|(?:a little|poquita|un poco de) (?:blood|sangre)|bled a little|(?:gun safe|caja fuerte|guardad[oa] con llave|locked (?:up|in a safe))|ahoga\w* (?:de|con) (?:la )?risa|swallow\w* (?:\w+ ){0,3}(?:pills?|tablets?) (?:whole|fine)|swallow\w* (?:\w+ ){0,6}for the first time|trag\w* (?:\w+ ){0,3}pastillas? (?:solit[oa]|entera)|trag\w* (?:\w+ ){0,6}por primera vez|what counts as (?:a |an )?(?:\w+ )?emergenc\w*|que cuenta como (?:una )?emergencia|(?:guns?|pistolas?|armas?|rifles?)(?: \w+){0,3} (?:guardad[oa]s?|locked|in a safe|en (?:la|una) caja fuerte|con llave|bajo llave)|cutting (?:his|her|their) (?:own )?food|ya no (?:le )?(?:sale|sangra)|sangre salio|no (?:more )?(?:seizures|convulsiones|bleeding)|(?:ya )?respira (?:solit[oa]|bien|sin|mejor)|breathing (?:on (?:his|her) own|fine|normally)|breathing (?:\w+ ){0,2}(?:better|easier)|fe(?:el|els|eling|lt) (?:\w+ )?blue)\b/g;
// A threat said in a game is part of the game: "dice 'te voy a matar' cuando jugamos a los superheroes", "te voy a matar jugando
// fortnite". Either order in the sentence.
const PLAYING =
  /\b(?:when|while) (?:we|they|he|she|you) (?:play|plays|played|are playing|were playing)\b|\b(?:cuando|mientras) (?:jugamos|juegan|juega|jugaban|jugabamos|estamos jugando|estan jugando)\b|\b(?:playing|jugando a(?:l| los| las)?) (?:pretend|superheroes|super heroes|cops|tag|war|pirates|dinosaurs|monsters|guerritas|policias|luchitas)\b|\bpretend play\b|\b(?:playing|jugando)(?: (?:a|al|los|las|on (?:the|his|her)|en (?:el|la|su)))? (?:\w+ )?(?:games?|video ?games?|videojuegos?|juegos?|fortnite|minecraft|roblox|xbox|playstation|ps5|nintendo|switch|call of duty|among us|online|en linea)\b/;
const THREAT_TO_YOU =
  /\b(?:(?:im|i am|i will|ill|gonna|going to) )+(?:kill|shoot|get|eat) (?:you|u)\b|\b(?:te|los|las) (?:voy|vamos) a (?:matar|disparar|comer)\b/;
// The lookarounds follow the threat, so they run only where a threat matched: a lookbehind tried at
// every position would read the whole text back each time (quadratic; seconds on a 1,600-character text).
export const THREAT_IN_PLAY = new RegExp(`(?:${THREAT_TO_YOU.source})(?:(?=.*(?:${PLAYING.source}))|(?<=(?:${PLAYING.source}).*))`, 'g');
/**
 * Figures of speech, names and negations with alarm words in them, which say nothing of danger:
 * "copays are killing me", "killing it at PT", "my phone is about to die", "is Poison Control
 * free?", "not bleeding". The safety net and the classifier read a message without them.
 */
export const NOT_DANGER = new RegExp(
  `${NOT_DANGER_WORDS.source}|${FIGURE_OF_SPEECH.source}|${CEASED_HARM.source}|${ORDINARY_SENSE.source}|${EMOTION_IDIOM.source}|${THREAT_OVER_A_THING.source}|${THREAT_IN_PLAY.source}`,
  'g',
);
/** Laughter marks a joke or a figure of speech ("este papeleo me va a matar jajaja"); emoji are read from the raw text, which normalization drops. */
const LAUGHING_EMOJI = /[\u{1F602}\u{1F923}\u{1F605}\u{1F606}\u{1F639}]/u;
const LAUGHING_WORDS = /\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jaja\w*|jeje\w*|jiji\w*|xd)\b/;
export const laughs = (text: string) => LAUGHING_EMOJI.test(text) || LAUGHING_WORDS.test(normalizeText(text));

/** An instruction to call 911 if something happens: "she told us to call 911 if his lips turn blue", "llame al 911 si se pone morado". */
const CALL_911_IF =
  '\\b(?:call|calling|dial|llame|llamen|llamar|llamo|llamemos|marque|marcar|hablar|hable) (?:al )?911 (?:if|when|whenever|in case|si|cuando|en caso)\\b';

/**
 * Wording that makes a sentence a plan, a "what if", a threat over a thing or a joke rather than an event, but only while
 * nothing in the sentence says danger now (PRESENT_DANGER): "si la convulsión dura más de 5 minutos
 * le ponga el diazepam", "if a kid swallows a magnet is that ER or urgent care?", "would eat a tide
 * pod if he could", and, in a message that laughs, a harmless cause ("shes blue bc shes dressed as
 * Bluey lol", "se desmayó de sueño jaja").
 */
const ACTION_PLAN = new RegExp(
  `\\b(?:if|si|once|when|cuando|en cuanto|for (?:\\w+ )?seizures?|para (?:las |sus )?(?:convulsiones|crisis))\\b(?: \\w+){0,8} (?:more than|longer than|over|past|mas de) (?:\\d+|two|three|five|ten|dos|tres|cinco|diez) ?(?:min|mins|minutes?|minutos?)\\b|${PLAN_THRESHOLD.source}|${CALL_911_IF}`,
);
// Any child, told with "a": "if a kid is suicidal does Mobile Crisis come", "what's the rule if a kid seizes at school".
const GENERIC_WHAT_IF =
  /\bif (?:a|an|any) (?:\w+ )?(?:kid|child|student|patient|teen|teenager|youth|minor)s? (?:is|are|seizes|seized|seizing|becomes|gets|says|threatens|talks)\b|\bsi (?:un|una|algun|alguna) (?:\w+ )?(?:nino|nina|menor|estudiante|paciente|adolescente|chamaco|joven)s? (?:esta|es|convulsiona|se pone|dice|amenaza|habla)\b|\bif (?:a|my|your|the|our|his|her|any) (?:\w+ )?(?:kid|child|toddler|baby|son|daughter|teen|brother|sister)s? (?:ever )?(?:swallows|eats|drinks|gets into|takes|chews|licks|stops|has|falls|hits|starts)\b|\bsi (?:un|una|mi|el|la|tu|su|algun) (?:\w+ )?(?:nino|nina|hijo|hija|bebe|nene|nena|chamaco|hermano|hermana)s? (?:se )?(?:traga|come|toma|mete|bebe|deja|tiene|cae|pega|empieza)\b/;
/**
 * An instruction for later: a medicine to give "if" ("a signed form to give him his diastat if he has a seizure in class",
 * "la orden del doctor para darle el midazolam si le da una convulsión"); a rule heard from someone, told with "you have to"
 * ("mi suegra dice que si se traga un imán hay que ir al hospital", "if he swallows a magnet you have to go to the ER").
 */
const FOR_LATER =
  /\b(?:to|so|para|para que)\b(?: \w+){0,3} (?:give|use|administer|darle|ponerle|usar|aplicarle|le (?:de|ponga|aplique|administre)|(?:can|could) (?:give|use))\b(?: \w+){0,4} (?:if|si|in case|en caso de que)\b|\b(?:if (?:he|she|they|it|a kid|a child|a baby) (?:\w+s)|si (?:se )?(?:traga|come|toma|bebe|mete|chupa|muerde|cae|pega|da))\b(?: \w+){0,5} (?:you have to|you need to|you should|you gotta|you must|hay que|se tiene que|tienes que|tiene uno que|uno tiene que)\b/;
const MOUTHS_EVERYTHING =
  /\bwould (?:\w+ ){0,3}(?:eat|drink|swallow|chew|lick)\b(?: \w+){0,6} if (?:he|she|they|i|we) (?:could|let|had)\b|\b(?:puts|put|sticks) everything in (?:his|her|their) mouth\b|\bmouth(?:s|ing) (?:everything|all (?:of )?(?:his|her|their|the) \w+)\b|\bse (?:mete|lleva|echa) todo a la boca\b|\bse (?:comeria|tomaria|tragaria|beberia)\b/;
const HARMLESS_CAUSE =
  /\b(?:bc|because|cuz|cause|coz|from|porque|x que)\b|\bde (?:la |pura |puro |tanta |tanto )?(?:risa|sueno|coraje|berrinche|verguenza|aburrimiento|emocion)\b|\b(?:laugh\w*|giggl\w*|reir\w*|riendo|risa)\b|\b(?:dressed|costume|disfraz\w*|hair|pelo|cabello|paint\w*|pintad\w*|markers?|plumon\w*|crayons?|dye|tinte|popsicle|paleta|colou?rs?|spirit week|screen time|asleep|sleeping|nap|siesta|dormid[oa]|se durmio)\b/;
/**
 * A cause that makes the alarm word harmless, laughing or not: "not breathing well thru his nose from allergies", "he's
 * lactose intolerant, just gassy", "turning blue... her favorite color", "poison control said it's nontoxic".
 */
const HARMLESS_EXPLANATION =
  /\b(?:from|because of|due to|bc of|cuz of|with|por|con) (?:(?:his|her|their|the|this|a|seasonal|las|la|sus|su|esta|este) )?(?:allerg\w*|alergi\w*|a cold|cold|congestion|stuffy nose|mocos|gripa|resfriado|the flu)\b|\blactose intolerant\b|\bintolerante a la lactosa\b|\b(?:just|only|solo|nomas|nada mas) (?:a little |un poco )?(?:gassy|fussy|gases|gasecitos|cranky|chillon\w*)\b|\bfavou?rite colou?r\b|\bcolor favorito\b|\bnon ?toxic\b|\bnot toxic\b|\bno (?:es )?toxic[oa]\b/;
/**
 * Keeping a danger away, not one happening: "how do i childproof the cleaning stuff", "where do I dispose of old morphine
 * pills", "¿cómo guardo el cloro?", "I want to know ahead of time".
 */
const PREVENTION =
  /\b(?:(?:baby|child) ?proof(?:ing)? (?:the|my|our|a|his|her|this|cabinets?|drawers?|house|home|kitchen|bathroom|garage|stairs)|(?:baby|child) ?proofing|safety (?:latch\w*|locks?|gates?|caps?)|cabinet locks?|lock (?:up|away)|dispos(?:e|al|ing)|get rid of|drop ?off|take ?back|a prueba de ninos|seguros? (?:para|de) (?:los )?(?:gabinetes|cajones|puertas)|(?:como|donde) (?:puedo |podemos |se )?(?:guardo|guardar|guardamos|tiro|tirar|tiramos|desecho|desechar|deshacerme|deshago|boto|botar))\b|\b(?:how|where) (?:do|can|should) (?:i|we) (?:store|lock|keep|hide|throw (?:out|away)|toss)\b|\bhow to (?:store|lock|keep|hide|throw (?:out|away))\b|\b(?:know|saber|ready|listo|lista|prepared|preparad[oa]) (?:ahead of time|beforehand|in advance|de antemano|por adelantado|con anticipacion)\b/;
/**
 * The everyday care of a device, a little off: "his g-tube has been leaking a little around the button", "el botón gotea un
 * poquito", "trach ties are a bit loose". A device out, blocked or bleeding is no such thing (PRESENT_DANGER, the rules).
 */
const DEVICE_ROUTINE = new RegExp(
  `(?=.*\\b(?:g ?tube|gtube|button|mic ?key|mini ?one|stoma|trach ties|sonda|boton|estoma|gastrostomia)\\b)(?=.*\\b(?:leak\\w*|ooz\\w*|crust\\w*|red|redness|irritat\\w*|loose|granulation|gotea\\w*|rojit[oa]|irritad[oa]|flojo|floja|supura\\w*)\\b)(?=.*\\b(?:a little|a bit|a tiny bit|kinda|kind of|slightly|some|un poco|un poquito|poquito|tantito)\\b)`,
);
/** Home from care already given: "just got back from the ER, they said it was a virus", "ya regresamos de urgencias". */
const BACK_FROM_CARE =
  /\b(?:got|came|are|were|just|back) (?:back|home) from (?:the )?(?:er|emergency room|hospital|urgent care|ed|picu|nicu)\b|\b(?:ya )?(?:regresamos|volvimos|llegamos|salimos) (?:de|del) (?:hospital|urgencias|emergencias|la sala de emergencias)\b|\b(?:got |was |were )?discharged\b|\b(?:lo|la|nos) dieron de alta\b/;
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
    /\b(?:not|isnt|cant|cannot|wont|stopped|stops|no|dejo de) (?:\w+ )?(?:breathing|breathe|respira|respirando|respirar)\b(?! (?:\w+ )?(?:thru|through|out of|by|por) )(?! (?:any |much |a lot |way |that much |nada |mucho |tanto )?(?:better|easier|mejor)\b)/,
    /\bchok(?!ing hazard)\w*|\batragant\w*|\bse (?:esta )?ahog\w*|\bahogandose\b|\bunresponsive\b|\bno (?:se )?(?:reacciona|responde|mueve)\b/,
    /\b(?:limp|floppy|aguad[oa]|seizing|convulsing|convulsionando|still|sigue|todavia|aun)\b|\bbleeding (?:a lot|everywhere|heavily|bad)\b|\bsangra(?:ndo)? mucho\b|\bblood everywhere\b/,
    // Not a service's help: "can the nurse come out to help with his g-tube".
    /(?<!\b(?:to|can|could|will|would|you|u|nurse|someone|anyone) )\bhelp\b(?! (?:me |us |him |her )?(?:with|write|find|get|understand|fill\w*|apply|pay|set|figure|know|choose|pick|out)\b)|\b(?:ayuda\w*|please|por favor|hurry|asap|emergency|emergencia|what do i do|que (?:hago|hacemos)|right now|ahora mismo|acaba de)\b|\b(?:but|and|pero|y) (?:now|ahora)\b|\bnow (?:hes|shes|he|she|its|they|theyre)\b/,
    /\b(?:passed out|fainted|collapsed|se desmayo|desmayad[oa])\b(?!.*\b(?:asleep|sleep\w*|nap|dormid[oa]|sueno|se durmio)\b)/,
  ]
    .map((part) => part.source)
    .join('|'),
);

/** Something swallowed is danger now, unless the sentence says what made it harmless (HARMLESS_EXPLANATION). */
const SWALLOWED_NOW = /\b(?:swallowed|ate|drank|chewed|bit into|got into|licked|trago|se comio|se tomo|se bebio|mordio)\b/;

/** A threat over a thing in the sentence (THREAT_OVER_A_THING, which is global for replacing). */
const THREAT_OVER_A_THING_IN = new RegExp(THREAT_OVER_A_THING.source);
/** Not waking up is danger now, except for a child the sentence says is sleeping in (SLEEPS_IN). */
const WONT_WAKE = /\b(?:wont|cant|not|isnt) (?:wake|waking)\b|\bno (?:se )?despierta\b/;
/** Sleeping in is no cause of anything else that sounds dangerous: "sleeps in on weekends but today he wont wake up and hes breathing weird". */
const WORSE_THAN_SLEEP =
  /\b(?:today|this morning|tonight|hoy|esta manana|breath\w*|respir\w*|blue|azul|morad[oa]|pale|palid[oa]|cold|fri[oa]|pills?|pastillas?|took|tomo|vomit\w*|throwing up|fever|fiebre|seiz\w*|convuls\w*|weird|raro|rara)\b/;

/**
 * A plan, a "what if", prevention, a harmless cause, routine device care or a joke with nothing dangerous happening now (see
 * PRESENT_DANGER). A sentence that trails off ("she's turning blue...") is read with the one that finishes it.
 */
function explainedAway(sentence: string, raw: string, laughing: boolean, continuation: string | undefined, dangerElsewhere: boolean): boolean {
  const full = continuation === undefined ? sentence : `${sentence} ${continuation}`;
  const sleepy = SLEEP_EMOJI.test(raw) ? `${full} asleep` : full;
  if (SLEEPS_IN.test(full) && !PRESENT_DANGER.test(full) && !WORSE_THAN_SLEEP.test(full)) return true;
  const cue =
    ACTION_PLAN.test(full) ||
    GENERIC_WHAT_IF.test(full) ||
    ON_SCREEN.test(full) ||
    FOR_LATER.test(full) ||
    MOUTHS_EVERYTHING.test(full) ||
    THREAT_OVER_A_THING_IN.test(full) ||
    (PREVENTION.test(full) && !dangerElsewhere) ||
    DEVICE_ROUTINE.test(full) ||
    BACK_FROM_CARE.test(full) ||
    (laughing && HARMLESS_CAUSE.test(sleepy));
  const dangerNow = PRESENT_DANGER.test(sleepy) || WONT_WAKE.test(sleepy);
  if (HARMLESS_EXPLANATION.test(full) && !dangerNow) return true;
  return cue && !dangerNow && !SWALLOWED_NOW.test(sleepy);
}

// "..." or "…" then more words: the thought goes on in the next sentence.
const TRAILS_OFF = /(?:\.{2,}|…)\s*$/;

/**
 * Words that may mean a child is in danger now, for messages the crisis detector did not flag
 * and the bot could not otherwise answer. A word-based detector misses new phrasings, so such a
 * reply starts with every emergency line and staff get an urgent handoff — but not for a question
 * about coverage or eligibility ("is poison control follow-up covered?"), which is not an emergency. Words, not stems:
 * "stabilization", "harmless" and "qué lástima" are none of these.
 */
export const DANGER =
  /\b(die|dying|dead|kill|killing|suicid\w*|hurt\w*|harm(?:s|ed|ing|ful)?|cut(ting)?|blood|bleed\w*|breath\w*|chok\w*|blue|seiz\w*|convuls\w*|faint\w*|passed out|unconscious|wont wake|overdos\w*|pills?|swallow\w*|poison\w*|bleach|drank|gun|knife|stab(?:s|bed|bing)?|threat\w*|emergenc\w*|morir|muert\w*|matar\w*|suicid\w*|(?<!\b(?:que|una|sin) )lastim\w*|cortando|sangr\w*|respir\w*|ahog\w*|morad\w*|convulsion\w*|desmay\w*|inconscient\w*|pastillas|trag\w*|veneno|envenen\w*|cloro|pistola|cuchillo|amenaz\w*|emergencia)\b/;
/**
 * A short aside with no alarm word ("thanks for checking", "the new pulmonologist wants those records"): it neither tells of danger nor settles one,
 * so whether a message is only a mention or settled is read from its other sentences.
 */
const ASIDE_WORDS = 8;
// A sentence about someone ("he wont keep his eyes open") is no aside, whatever its words.
const ABOUT_SOMEONE =
  /\b(?:he|she|hes|shes|him|her|they|theyre|them|his|i|im|baby|son|daughter|kid|child|toddler|teen|el|ella|ellos|bebe|nino|nina|hijo|hija|nene|nena|no|not|cant|wont|isnt)\b/;
const isAside = (sentence: string) => sentence.split(' ').filter(Boolean).length <= ASIDE_WORDS && !DANGER.test(sentence) && !ABOUT_SOMEONE.test(sentence);
/** The sentences that tell something: all but asides, or all of them when every one is an aside. */
export function toldSentences<T extends { aside: boolean }>(sentences: T[]): T[] {
  const told = sentences.filter((sentence) => !sentence.aside);
  return told.length > 0 ? told : sentences;
}

/**
 * A harm told with a time minutes or hours back ("maybe 20 min ago", "hace rato", "just now", "this morning"): it is happening
 * now, whatever question sits around it ("does CCS cover poison control? he drank washer fluid 20 min ago"). Read like URGENT,
 * so it also outweighs program, past and hypothetical wording. A harm of last year stays a mention.
 */
const RECENT =
  /\b(?:(?:\d+|a few|few|a couple|couple|one|two|three|five|ten|fifteen|twenty|thirty|forty|an?) (?:(?:or|to) \d+ )?(?:min|mins|minutes?|hours?|hrs?|hr) ago|just now|this (?:morning|afternoon|evening)|earlier today)\b|\bhace (?:(?:\w+ ){0,2}(?:minutos?|mins?|horas?|hora|segundos)|(?:un )?rat(?:o|ito))\b|\besta (?:manana|tarde)\b|\bhoy en la (?:manana|tarde)\b/;
// Something that happened to the child: swallowed, fell, hit, cut, burned, turned blue, passed out.
const HARM_EVENT =
  /\b(?:swallowed|ate|drank|chewed|bit into|got into|licked|ingested|inhaled|fell|hit (?:his|her|their) head|choked|turned blue|passed out|fainted|collapsed|(?:cut|burned) (?:him|her)self|got (?:bit|bitten|burned|stung)|started (?:seizing|shaking|convulsing)|ingirio|trago|se (?:comio|tomo|bebio|cayo|pego|golpeo|desmayo|corto|quemo|ahogo|atraganto)|mordio|pico)\b/;
const RECENT_HARM = new RegExp(`(?=.*(?:${RECENT.source}))(?=.*(?:${HARM_EVENT.source}))`);

/**
 * A clause that tells the child's state now ("..., now he's throwing up", "y ahora no respira"): the sentence is no longer a
 * question about the service words before it ("he tipped over in his wheelchair ... now hes throwing up"). Not a state that is
 * fine or a fact about care ("now he's 4", "now she's on a new inhaler"), nor "now" read out of a fine state (NOW_FINE).
 */
const TOLD_NOW =
  /\b(?:now|ahora) (?:hes|shes|he is|she is|theyre|they are|he|she|esta|estan|se|le|no)\b(?! (?:\w+ )?(?:on|in|at|going|goes|getting|gets|doing|taking|takes|enrolled|covered|eligible|\d+|old|older|ok|okay|fine|better|good|great|stable|home|back|asking|saying|wants|needs|tiene \d+|va|en|bien|mejor|estable|inscrit[oa])\b)/;

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
  /** A question about a program, a service or paperwork (INFORMATIONAL), in a message that does not sound urgent. */
  asks: boolean;
  /** A past event the sentence says is over ("en el 2021 intentó hacerse daño, ahora está estable"): even explicit self-harm words are history. */
  resolvedPast: boolean;
  /** A short aside with no alarm word (isAside). */
  aside: boolean;
}

/** A message read for context: its sentences, and whether it sounds urgent or like a question about services. */
export interface MessageContext {
  sentences: SentenceReading[];
  urgent: boolean;
  /** Every sentence that tells something asks about a service or is a mention, one at least asking; or the message laughs. */
  informational: boolean;
  laughing: boolean;
  /** Every sentence but asides ends on a sign that the danger is over, or that nothing was swallowed ("breathing better since the new inhaler"). */
  settled: boolean;
  /** Every sentence but asides ends on a sign that nothing harmful was swallowed ("se tomó su medicina sin problema"): what settles a poisoning. */
  nothingSwallowed: boolean;
  /** A reading now past the care plan's threshold ("call 911 if his sats go under 85 ... sats 70 now"). */
  planCrossed: boolean;
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
  const plan = planReading(fulls.join(' '));
  // "Now" with a fine state, or with a reading on the safe side of the care plan, is no urgency.
  const calmNow = (now: string) => {
    const calm = now.replace(NOT_AN_EMERGENCY, ' ').replace(NOW_FINE, ' ');
    return plan === 'within' ? calm.replace(NOW_WORD, ' ') : calm;
  };
  const parts = fulls.map((full, i) => {
    const pastCare = PAST_CARE.test(full);
    // Urgency is read only where the sentence still speaks of now: not in a bill or visit, not before "it stopped".
    const now = after(afterOutcome[i], NOT_SWALLOWED);
    const urgent = !pastCare && (URGENT.test(calmNow(now)) || RECENT_HARM.test(now) || (now === full && /!{2,}/.test(raws[i])));
    return { full, afterOutcome: afterOutcome[i], afterNotSwallowed: afterNotSwallowed[i], now, pastCare, urgent };
  });
  const urgent = plan === 'crossed' || parts.some((part) => part.urgent);
  const laughing = laughs(text);
  // A question about keeping a danger away is no such question when the message tells of one now.
  const dangerElsewhere = fulls.some((full) => PRESENT_DANGER.test(full) || SWALLOWED_NOW.test(full));
  const sentences = parts.map(({ full, afterOutcome, afterNotSwallowed, now, pastCare }, i) => {
    const past = !urgent && (pastCare || NOT_CURRENT.test(full));
    return {
      full,
      afterOutcome,
      afterNotSwallowed,
      now,
      mention: past || explainedAway(full, raws[i], laughing, TRAILS_OFF.test(raws[i]) ? fulls[i + 1] : undefined, dangerElsewhere),
      asks: !urgent && INFORMATIONAL.test(full) && !TOLD_NOW.test(calmNow(full)),
      resolvedPast: past && afterOutcome !== full,
      aside: isAside(full),
    };
  });
  // A question about a service speaks for its own sentence: beside one that tells of danger now, it switches nothing off.
  const tellsDanger = (sentence: SentenceReading) =>
    !sentence.asks && !sentence.mention && (DANGER.test(sentence.now.replace(NOT_DANGER, ' ')) || TOLD_NOW.test(calmNow(sentence.now)));
  const informational = !urgent && (laughing || (sentences.some((sentence) => sentence.asks) && !sentences.some(tellsDanger)));
  const told = toldSentences(parts.map((part) => ({ ...part, aside: isAside(part.full) })));
  // A reading on the safe side of the care plan settles it too: the plan says when it is an emergency.
  const settled = plan === 'within' || (told.length > 0 && told.every((part) => part.now !== part.full));
  const nothingSwallowed =
    (told.length > 0 && told.every((part) => part.afterNotSwallowed !== part.full)) || (!urgent && ONLY_THE_SCHEDULE.test(fulls.join(' ')));
  return { sentences, urgent, informational, laughing, settled, nothingSwallowed, planCrossed: plan === 'crossed' };
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
