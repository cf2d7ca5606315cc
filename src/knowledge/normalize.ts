import { faq, type Lang } from '../content';

/**
 * Text normalization shared by search, county recognition and language detection. Parents type
 * on phones: no accents, typos, slang, English and Spanish mixed. Everything is folded to plain
 * lowercase ASCII words first, then domain phrases are mapped to one canonical word each, so
 * "medi cal", "Medi-Cal" and "medicaid" all meet the same index term.
 */

/** Lowercase and no accents (ñ becomes n), punctuation kept: the form the answer takes a condition or place names out of. */
export function unaccented(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Lowercase, no accents (ñ becomes n), apostrophes dropped, anything else not a letter or digit becomes a space. */
export function fold(text: string): string {
  return ` ${unaccented(text)
    .replace(/['’‘`´]/g, '')
    // "sooo long", "pleeease": a letter typed three times or more is typed once.
    .replace(/([a-z])\1{2,}/g, '$1')
    // "provider services #": a number asked for.
    .replace(/#/g, ' number ')
    // "can ccs help w that or no": a question tag asks for a yes or no; it does not say "not".
    .replace(/\b(or|o) (no|not|what|que)\s*(?=[?.!,;]|$)/g, ' ')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim()} `;
}

/**
 * `text` without the first place it says `phrase` (folded words) as words, apart by any punctuation ("cleft-lip",
 * "cerebral palsy,"): one space stands where they were. `text` is folded or only `unaccented`; the entities read the one,
 * the answer the other.
 */
export function withoutPhrase(text: string, phrase: string): string {
  return text.replace(new RegExp(`\\b${phrase.split(' ').join('[^a-z0-9]+')}\\b`), ' ');
}

/** Where a child gets care, and how far it is: "the center is 3 hrs away" is about getting there. */
const CARE_PLACE = '(specialcarecenter|hospital|clinic|clinica|specialists?|especialistas?|doctor|appointments?|appts?|citas?)';
const DISTANCE = '(\\d+|an?|one|two|three|few|several|many|una|dos|tres|varias|muchas) (hrs?|hours?|miles|horas|millas)';
const WHOSE = '(the |his |her |their |our |my |el |la |las |los |su |sus )?';
/** The Medical Therapy Program's full names, folded: the phrases below, the program entity and the county finder all read them. */
export const THERAPY_PROGRAM_NAMES = ['medical therapy program', 'programa de terapia medica'];
/** High Risk Infant Follow-up's names, folded: the phrase below reads both (the English with "follow up"), the program entity the English. */
export const HIGH_RISK_INFANT_NAMES = { en: 'high risk infant', es: 'seguimiento de bebes de alto riesgo' };

/** Multi-word phrases, each mapped to one canonical token; applied in order to folded text, so longer phrases come first. */
const PHRASES: [RegExp, string][] = [
  // Politeness says nothing about the topic ("sorry to bother" is not "bother" nor "other").
  [/ (sorry|perdon|disculpe?) (to bother|for bothering|por (la )?molestia|que (le |te )?moleste)( you)? /g, ' '],
  // "de que forma se manda", "best way to refer", "referral method": the way asks how (asks.ts), it is no topic ("la forma" alone is also a form).
  [
    / (de|en) (que|q) (forma|manera|modo) | (la |una )?(mejor )?(forma|manera|modo) (de|para) (?=\w+(ar|er|ir) )| (metodo|method|methods) | (the |a )?(best |right |fastest )?ways? (to|of|for) /g,
    ' ',
  ],
  // "pt is 20 yo", "a 20 yo pt": said with an age (or what is left of it once the age is read), "pt" is the patient, not physical therapy.
  [/ pt (is|s|turns|turned|just turned|who is) (?=\d|(yo|y o|years?|yrs?) )| ((\d+ )?(yo|y o|year old|years old)) pt /g, ' patient $1$3 '],
  // "at minimum" hedges a question ("how often ... at minimum?"); "the minimum age" is not this.
  [/ at (a |the )?minimum | como minimo /g, ' '],
  [/ california(n)? (childrens|children|kids) services? /g, ' ccs '],
  [/ servicios (para|de) (los )?ninos de california /g, ' ccs '],
  [/ servicios infantiles de california /g, ' ccs '],
  [/ (whole|hole|whol) child( model)? /g, ' wcm '],
  // The bot's own Spanish name for it too ("Modelo Integral del Niño").
  [/ modelo (del |de )?nino completo | modelo integral( del| de)?( nino)? /g, ' wcm '],
  [/ durable medical equipment | equipo medico( duradero)? | medical equipment /g, ' dme '],
  [/ silla(s)? de ruedas | wheel chairs? /g, ' wheelchair '],
  [/ what does (\w+( \w+)?) (mean|stand for|do) /g, ' what_is $1 '],
  // "What are we supposed to do?", "what's the least ccs does" ask what to do or how much, not what something is; "quick summary of the WCM", "resumen de hrif" asks what it is.
  [
    / what (even |exactly |actually |really )?(is|are|s) (?!(we|you|u|they|i|he|she|my|our|your|their|his|her|(the )?(least|minimum|most|maximum)) )| whats (?!(the )?(least|minimum|most|maximum) )| stands? for | meaning of | (que|q|k) (es|son|significa) | explain(ed)? | explanation | explica(r|me)? | define | definition( of)? | defin(ir|e|eme) | definicion( de)? | (summary|overview|rundown|resumen|sintesis|basics|gist|idea general|panorama)( rapido| breve| corto| general)?( of| on| de| del)? | in a nutshell /g,
    ' what_is ',
  ],
  // "asking what CCS is", "no se que es", "illinois ccs meaning", "que hace una ccso": what a program is, asked another way round.
  [
    / what (ccs|wcm|pathways|hsp|ccsos?|mtp|hrif|it|that|this)( program)? (is|means) | no (se|sabemos|sabia|entiendo|entendemos) (lo )?what_is | (meaning|significado) $| (que|q) (hace|hacen) (un |una |el |la )?(?=(ccsos?|hsp|mtp|hrif|pathways) )/g,
    ' what_is $1 ',
  ],
  // "UCIN" is the Spanish NICU; a neonatologist is one of its doctors.
  [/ neonatal intensive care( unit)? | unidad (de cuidados intensivos )?neonatal | uci neonatal | cuidados intensivos neonatales | ucin /g, ' nicu '],
  [/ neonatolog(ists?|os?|as?) /g, ' nicu doctor '],
  [/ care coordination and support organizations? /g, ' ccso '],
  [/ mobile crisis( response)? | respuesta movil (a|de) crisis | crisis movil /g, ' mcr '],
  [/ screening assessment and support services /g, ' sass '],
  [/ home services program | programa de servicios en el hogar /g, ' hsp '],
  [/ primary care (physician|provider|doctor|doc)s? | atencion primaria | medico (de cabecera|primario) | doctor primario | family doctor /g, ' pcp '],
  [/ primary care /g, ' pcp '],
  // A place or a service named with "care" in it is not a question about care ("a referral from an urgent care" is not palliative care).
  [/ urgent care( center| clinic)?s? /g, ' urgentcare '],
  // "a referral from our pcp office": where the asker works says who asks, not what about, nor an office to reach.
  [/ (from|at|in|de|desde|en) (our|my|the|nuestra|nuestro|mi|la|el) (\w+ ){0,2}?(office|clinic|practice|oficina|clinica|consultorio) /g, ' '],
  [/ (our|my|nuestra|mi) ((?:\w+ )?)(office|oficina) /g, ' $1 $2clinic '],
  [/ (day|child) ?care /g, ' daycare '],
  [/ participating physician groups? | medical group | grupo medico /g, ' ppg '],
  [
    / case (manage(ment|r|rs)|mgmt|mgt|mngmt|mgr|mgrs) | manejo (de|del) casos? | administracion de casos | (coordinador|manejador|administrador)(a)? de casos? /g,
    ' casemanagement ',
  ],
  [/ care coordination | coordinacion de (los )?cuidados | coordinacion de la atencion /g, ' carecoordination '],
  [/ care coordinators? | coordinador(a)? de (los )?cuidados /g, ' coordinator '],
  [/ prior auth(orization)?s? | pre ?auth(orization)?s? | autorizacion previa | pre ?autorizacion /g, ' priorauth '],
  // "do I need authorization before each visit": an authorization asked for ahead of care is a prior authorization.
  // "permiso de ccs antes de cada cita", "approval from ccs first": who gives it may come between.
  // "ccs has to authorize before the visit", "tiene q autorizar la cita antes": authorizing first is one too.
  [
    / (authorization|auth|approval|autorizacion|aprobacion|permiso)( (from|de|del|a|al) (ccs|the county|el condado|la oficina))? (before|beforehand|ahead|first|antes|primero|previo) | ((authorize|authorise|approve|autorizar|autorice|autoricen|aprobar|apruebe|aprueben)( it| the| this| la| lo| el| eso)?|(ok|okay) it)( \w+){0,2}? (before|beforehand|first|antes|primero) /g,
    ' priorauth authorization ',
  ],
  [/ service authorization requests? | solicitud(es)? de autorizacion de servicios? /g, ' sar '],
  [/ (full|fullscope|full scope) medical | medical (completo|de alcance completo) /g, ' full scope medi_cal '],
  [/ medi cal | medicaid | medcal | medical (card|coverage) /g, ' medi_cal '],
  [/ (has|have|got|with|on|tiene|tengo|tenemos|con) medical /g, ' $1 medi_cal '],
  // "kaiser, not medi-cal": without Medi-Cal, not a "doesn't qualify".
  [/ (not|no|non|sin) medi_cal /g, ' without medi_cal '],
  // Losing, renewing or keeping Medi-Cal is one topic (CCS helps families maintain it), whichever way it is said.
  [
    / (lose|losing|lost|loose|keep|keeping|maintain|maintaining|renew|renewing|perder|perdi|perdimos|perdio|perdiendo|quitar|quitaron|cortaron|renovar|mantener) ((\w+ ){0,3}?)medi_cal /g,
    ' keepmedical $2medi_cal ',
  ],
  [
    / medi_cal (got |was |is |has been |been |se )?(cut off|dropped|cancel+ed|terminated|lost|taken away|expired|expiring|ending|vencio|cancelaron|corto) /g,
    ' medi_cal keepmedical ',
  ],
  // "el especialista no es de ccs": a doctor who is not CCS's is one off the CCS panel.
  [
    / (specialists?|doctors?|dr|doc|providers?|surgeons?|dentists?|therapists?|especialistas?|doctor(?:a|as|es)?|medicos?|proveedor(?:es)?|cirujanos?|dentistas?|terapeutas?)((?: \w+){0,3}?) (?:(?:is|are) not|isnt|arent|not|no (?:es|son|esta|estan)) (?:a |de |del |en |con |in |with |on |part of )?(?:the |el )?(?:ccs|panel|paneled) /g,
    ' $1$2 nonpanel ',
  ],
  [/ non ?panel(ed|led)? | fuera del panel | not (on the |in the )?panel(ed|led)? /g, ' nonpanel panel '],
  // "can I take her to any specialist", "llevarla con cualquier doctor": whether care must come from the panel, not a ride.
  [
    / (go to|see|use|take (?:him|her|them|my \w+) to|llevar(?:la|lo|los)?(?: a (?:mi|su|nuestra|nuestro) \w+)? (?:a|con)|ir (?:a|con)|ver a) (any|cualquier|cualquiera|whichever) (\w+ )?(doctors?|specialists?|providers?|especialistas?|medicos?|doctora?|proveedor(?:es)?) /g,
    ' $4 nonpanel panel ',
  ],
  // "el doctor tiene que ser de ccs o puede ser cualquiera", "does it have to be a ccs doctor or can it be anyone": a CCS doctor or any.
  [/ (o|or) (puede ser |can (it|he|she|they) be |it can be |could be )?(cualquiera|cualquier otro|anyone|anybody|any other|whoever) /g, ' nonpanel panel '],
  // "how does a provider get CCS paneled": becoming a paneled provider.
  [/ (get|getting|become|becoming) (\w+ )?(paneled|panelled|on the panel|en el panel) /g, ' become paneled '],
  [/ (not|isnt|non|no) (ccs )?approved | no (esta )?aprobado( por ccs)? /g, ' nonapproved '],
  [/ not sure | unsure | dont know if | no (estoy|estamos|esta|estan|este|esten) (muy |tan )?segur[oa]s? | no se si /g, ' unsure '],
  [/ turns? 21 | (cumple|cumpla|cumplir|cumplira|va a cumplir) 21 | (age|ages|aging) out /g, ' turn21 '],
  [/ twenty ?one | veintiun[oa]? /g, ' 21 '],
  [/ go ?live | went live /g, ' golive '],
  [/ alternate contact | contacto alterno /g, ' alternatecontact '],
  [/ file transfers? | transferencia(s)? (semanal(es)? )?de archivos /g, ' filetransfer '],
  [/ next business day | siguiente dia habil /g, ' nextbusinessday '],
  // Provider shorthand: "lost to follow-up", "pay stubs" (proof of income), "income test".
  [/ ltfu | lost to follow ?up /g, ' lost follow '],
  // "minimum case management contact", "contact with the families", "contacto minimo": contact kept with a family is follow-up,
  // not a request for a line ("case management contact number in fresno" still is one).
  [/ (casemanagement|cm) contacts? (?!(number|numbers|info|information|phone|email|line|person|for|at|in|de|en) )/g, ' $1 follow '],
  [/ contacts? with (the |a |our |each |every )?(famil(y|ies)|parents?|patients?) /g, ' follow $2 '],
  [/ contactos? con (la |las |los |cada )?(familias?|padres|pacientes) /g, ' seguimiento $2 '],
  [/ (minimum|least|minimal) (amount of |level of )?contacts? /g, ' minimum follow '],
  [/ (minimo|minima) (de )?contactos? | contactos? (minimo|minimos|minima) /g, ' minimo seguimiento '],
  // WebCM's screen for the care coordinator's contact is no question about managed care.
  [/ managed care summary( screen)? /g, ' managedcaresummary '],
  // "what goes in a referral", "que va con la referencia": what to include with it.
  [/ (goes|go|belongs?) (in|into|with) | (va|van) (en|con) /g, ' include '],
  [
    / pay ?stubs? | check stubs? | talon(es)? de (pago|cheque) | (income|ingresos) (test|limit|requirement|requisito|limite)s? | (pruebas?|requisitos?|limites?) de ingresos /g,
    ' financial ',
  ],
  // "ingreso" alone is also a hospital admission: in the singular it is money only beside what money has ("limite de ingreso", "ingreso anual").
  [
    / (pruebas?|requisitos?|limites?|nivel(es)?|cuanto|mucho|poco|bajo|alto) (de |del )?ingreso | ingreso (familiar|anual|mensual|bruto|del hogar|de la familia|economico)(es)? | (nuestro|mi|su) ingreso (?!(al|a la|en|del hospital))/g,
    ' financial ',
  ],
  [/ (second|2nd) opinion | (segunda|2da) opinion /g, ' secondopinion '],
  // "how often does ccs look at his case": looking a case over is reviewing it.
  [/ (look|looks|looking|looked) (at|over) (?=((his|her|their|the|my|our|a) )?(\w+s )?(case|file|chart)s? )/g, ' review '],
  // "can i sign myself up", "puedo inscribirme", "hacer mi propia referencia": a young person referring themself (not a new condition's own referral).
  [
    / sign (myself|themselves|themself|himself|herself) up | (make|do) (my|their) own referral | (hacer|hago) (mi|su) propia (referencia|referido) /g,
    ' refer myself ',
  ],
  [/ (inscribirme|apuntarme|registrarme|referirme)( yo)?( solo| sola| mismo| misma)? /g, ' referir yo mismo '],
  // "keep kids from falling out of follow-up", "keep track of my kid", "que no pierda el seguimiento": what the annual medical review is for.
  [
    / (falling|falls?|fell|dropping|drops?|dropped|slipping|slips?|getting lost|gets lost) (out of|through|off) (the )?(follow ?up|cracks) | (keep|keeps|keeping) track of (?=(my|our|the|his|her|a) (kid|kids|child|children|son|daughter|baby|family|families) )/g,
    ' lost to follow up ',
  ],
  [/ (no )?(se )?(pierda|pierdan|pierde|perder|quede|queden)( el| del| de| sin)? seguimiento /g, ' sin seguimiento '],
  // "minimum contact each year", "cada año": once a year ("year" alone is too common to say it).
  [/ (each|every|once a|once per|per) year | (cada|una vez al) ano /g, ' yearly '],
  // "separate referral needed?", "otra referencia": a referral of its own, as for a new condition (not a NICU's separate authorization).
  [
    / (separate|own|another|new|second|different|otra|nueva|propia|separada|aparte) (referral|referencia|referido) | (referral|referencia) (again|aparte|separada|nueva) /g,
    ' new referral ',
  ],
  [/ out of state | fuera del estado | otro estado | another state | (out of|outside( of)?|fuera de) california /g, ' outofstate '],
  // "ccs me ayuda a encontrar otros programas": other programs are other resources ("programs" alone says nothing in a program's bot).
  [/ (other|otros|otras) (programs|programas|agencies|agencias|services|servicios|resources|recursos) /g, ' other resources '],
  [/ regional cent(er|re)s? | centros? regional(es)? /g, ' regionalcenter '],
  [/ special care cent(er|re)s? | centros? de atencion especial /g, ' specialcarecenter '],
  [new RegExp(` (?:${THERAPY_PROGRAM_NAMES.join('|')}) `, 'g'), ' mtp '],
  [new RegExp(` ${HIGH_RISK_INFANT_NAMES.en} follow ?up | ${HIGH_RISK_INFANT_NAMES.es} `, 'g'), ' hrif '],
  // "we got turned down": a denial; "just turned 20" is an age.
  [/ turned (us |him |her |me |them |my \w+ )?down /g, ' denied '],
  [/ sign (me |him |her |them |my \w+ )?up /g, ' apply '],
  // "who manages his case", "quien lleva el caso": case management.
  [
    / (manages?|managing|handles?|handling|runs?|running) (his|her|their|the|our|a|my \w+s?) case | (lleva|llevar|maneja|manejar|ve|ver) (el|su|mi) caso /g,
    ' casemanagement ',
  ],
  // "can he still get ccs": whether a child can have the program is whether they qualify.
  [
    / (can|could|would|will|does|do) (he|she|they|we|i|u|you|(my|our|the|a|this) \w+) (still |even |ever )?(get|qualify for|be eligible for) ccs /g,
    ' eligible ccs ',
  ],
  // "first time doing one": says the asker is new to it, not when or how long.
  [
    / ((its|this is|es) )?(my|our|the|mi|la)? ?(first|1st) time( (doing|making|sending|filing|filling out|doing|ever))?( (one|this|it|a \w+))? | (es )?(mi |nuestra |la )?primera vez( que \w+)? /g,
    ' ',
  ],
  // "where do most referrals come from", "de donde vienen las referencias": where something comes from is who sends it, not a place.
  [/ where (do |does |did )?((?:\w+ ){1,5}?)(come from|comes from|originate|originates) /g, ' who $2 '],
  [/ (de )?donde (vienen|viene|salen|sale|provienen|proviene) /g, ' quien '],
  // "does the PCP keep providing primary care", "will her doctor continue seeing her": carrying on doing something is staying
  // (a noun after it is not: "keep medi-cal" is keeping coverage).
  [
    / (keep|keeps|continue|continues|continue to|continues to) (providing|provide|doing|do|seeing|see|giving|give|handling|handle|treating|treat) /g,
    ' stay $2 ',
  ],
  // "can she stay on ccs": how long a child may be on the program is its age limit; a hospital stay is another topic.
  [/ (stay|stays|staying|remain|remains|continue|continues|seguir|sigue|quedarse|permanecer) (on|in|with|en|con) (ccs|the program|el programa) /g, ' age ccs '],
  // "until what age", "hasta q edad": one question, what age.
  [/ (until|till|up to|to|hasta|a) (what|which|que|q|cual|k) (age|edad) /g, ' age '],
  [/ how long | cuanto (tiempo|tarda) | cuanto se (tarda|tardan|tardara|tardaran|demora|demoran) /g, ' howlong '],
  // "does that slow it down", "will it take longer", "lo retrasa": whether something makes it take longer.
  [
    / (slow|slows|slowing|slowed) ((it|things|this|that|everything|the process|the referral|us) )?down | (take|takes|taking|make it take) (longer|more time) | (tarda|tardan|toma|tomara|tardara) mas( tiempo)? | (delay|delays|delayed) (it|things|this|the process|the referral|approval) | (lo |la )?(retrasa|retrasan|atrasa|atrasan|demora) | (hace|hacen) (que )?(sea |vaya )?mas lento /g,
    ' howlong ',
  ],
  // "do i get kicked off soon", "lo sacan de ccs": being taken off the program, which is when it ends.
  [
    / (get|gets|getting|be|being|got) (kicked|dropped|cut|taken|thrown|booted) (off|out|from)( of)? | (kick|drop|boot) (me|him|her|them|us|my \w+) (off|out) | (me|lo|la|nos|los) (sacan|sacaran|corren|correran|quitan|daran de baja|dan de baja) (de|del) /g,
    ' lose ',
  ],
  // "its taking forever", "why so slow", "se esta tardando mucho": how long it takes.
  [
    / (taking|takes|take|took) (forever|ages|so long|too long|a long time|months|weeks)(?= )| (so|too|very|really) slow | (tarda|tardan|tardando|tardaron|demora|demoran|demorando) (mucho|muchisimo|demasiado|tanto|una eternidad) | (se esta|estan) (tardando|demorando) /g,
    ' howlong ',
  ],
  // "we dont have a car", "no tenemos carro", "the center is 3 hrs away", "its 2 hrs to his specialist", "help getting to appts": getting to care.
  [
    / (dont|do not|doesnt|dont even|no) (have|own|got|drive) (a |any )?(car|ride|vehicle|transportation)(?= )| (have|got) no (car|ride|vehicle|transportation)(?= )| no (tenemos|tengo|tiene) (carro|coche|auto|raite|transporte|como llegar)(?= )/g,
    ' transport ',
  ],
  [
    new RegExp(
      [
        ` ${CARE_PLACE} (esta|estan|queda|quedan) (a )?${DISTANCE}`,
        `( ${CARE_PLACE} (is|are|es|esta|estan|queda|quedan))? (a )?${DISTANCE} (away|drive|de distancia|lejos|manejando)`,
        `( ${CARE_PLACE} (is|are|es|esta|estan|queda|quedan))? (so |too |really |muy |bien )?(far( away)?|lejos)`,
        ` ${DISTANCE} (to|from|de|a|al|del|hasta) ${WHOSE}${CARE_PLACE}`,
        ` (lives?|live|living) (so |too |really )?far`,
      ]
        .map((p) => `${p}(?= )`)
        .join('|'),
      'g',
    ),
    ' transport ',
  ],
  [new RegExp(` (getting|get|go|going|llegar|ir) (to|a) ${WHOSE}(appointments?|appts?|citas?|visits?|${CARE_PLACE})(?= )`, 'g'), ' transport '],
  // "what does ccs cover", "que servicios cubre ccs una vez aprobado": what CCS pays for ("cover" before a service asks about that service).
  [
    / (what|which|que|q|cuales) (services |servicios |things |cosas )?(does |do |will )?(ccs |it |wcm )?(cover|covers|pay for|cubre|cubren|paga|pagan)( ccs)?(?= $| (once|after|when|una vez|despues|cuando) )/g,
    ' ccs pay ',
  ],
  // "does ccs pay for PT" asks whether PT is covered ("cover" is no topic); "what does ccs pay for" is what CCS pays.
  [/ (pay|pays|paid|paying) for (?!(?:everything|it|that|this|all|ccs|care|services|what)\b)(?=\w)/g, ' cover '],
  [/ (my|your|his|her|their|a|the|mi|su) cell | cell (phone|number|#) /g, ' $1 phone '],
  [/ (main|phone|office|direct) (line|number) | linea (principal|directa) | numero directo /g, ' phone '],
  [/ (talk|speak) (to|with) (someone|somebody|a person|a human|staff) | hablar con (alguien|una persona) /g, ' contact '],
  // "my 17 year old" describes the child; the number stays, so "19" still meets the age entry.
  [/ (years?|yrs?|y o) old | anos( de edad)? /g, ' '],
  [/ (we|i) (make|earn|get paid) (about|around|like|less|more|under|over|only|too|\d+k?) /g, ' financial $3 '],
  [
    / how much (money )?(do |does |can )?(we|i|you|they|a family|families|parents) (make|makes|earn|earns|get paid) | cuanto (ganamos|gano|gana|ganan) /g,
    ' how much financial ',
  ],
  [
    / mental health | salud mental | depression | depresion | depressed | deprimid[oa]s? | anxiety | ansiedad | anxious | ansios[oa]s? | counseling | consejeria | psychologist | psicologo | psychiatrist | psiquiatra /g,
    ' mentalhealth ',
  ],
  // "a pediatric neurologist", "el cardiologo": a specialist by the name of the specialty (after mental health's psychologist).
  [/ (pediatric |pediatrico |pediatrica )?[a-z]+(ologists?|ologos?|ologas?|ologist) /g, ' specialist '],
  // "do we keep our pcp", "seguimos con su pediatra": the PCP's role once on CCS.
  [
    / (keep|keeping|stay with|staying with|still see|seguir con|sigue con|seguimos con) (our|my|his|her|their|the|nuestro|nuestra|mi|su|el|la) (pcp|pediatrician|pediatra|regular doctor) /g,
    ' pcp stay ',
  ],
  // "how do i become paneled", "como me hago proveedor del panel": becoming a paneled provider.
  [
    / (me hago|hacerme|hacerse|volverme|convertirme en|unirme al|unirse al|entrar al) (un |una )?((proveedor|doctor|medico)(a)? )?(del |de |en el |al )?panel /g,
    ' become paneled ',
  ],
  // "she can go home next week": leaving the hospital.
  [/ (go|goes|going|come|comes|coming|be sent|sent|head|heading|bring (him|her|them|the baby)) home /g, ' discharge '],
  // "mientras ccs decide", "while ccs is still figuring out", "until eligibility is determined", "in the meantime": while the referral is pending.
  [
    / (while|until|mientras( que)?|hasta que) ((\w+ ){0,3}?)(is |are |gets |has been |se )?(still )?(decide|decides|deciding|decided|review|reviews|reviewing|reviewed|figuring|figures|determine|determines|determining|determined|confirm|confirmed|approve|approves|approved|established|processing|processes|deciden|decida|revisa|revisan|aprueba|apruebe|contesta|confirme|confirma)n? | in the meantime | meanwhile | mientras tanto /g,
    ' pending ',
  ],
  // "IL programs covered here?": which Illinois programs the bot knows ("programs" alone says nothing).
  [/ (illinois|il) (programs|programas|options|opciones|topics|temas) | (programs|programas|options|opciones) (in|en|de) illinois /g, ' illinois ilprograms '],
  // "quien revisa lo de ingresos y donde vivimos": where the child lives is the residence rule.
  [/ where (we|they|he|she|the child|the family|my \w+) (live|lives|living) | (lo de )?donde (vivimos|vive|viven|vivo) /g, ' residence '],
  // "the center is hours away": getting to care.
  [/ (hours|hrs|miles|horas|millas) (away|de distancia|lejos) /g, ' transport '],
];

/** Single words with the same meaning in this domain (after folding; Spanish and English together). */
const WORDS: Record<string, string> = {};
const group = (canonical: string, words: string) => words.split(' ').forEach((w) => (WORDS[w] = canonical));
group(
  'referral',
  'refer referral referrals referring referred refered referal referals referall referencia referencias referir refiero refiere referirlo referirla remision derivacion derivar referido referida',
);
// "cell" alone is not a phone ("sickle cell"); "my cell", "cell phone" are.
group('phone', 'phone phones telephone tel telefono telefonos fone celular call calls llamar llamo llame llamada');
group('fax', 'fax faxes facsimil faxear faxeo faxed');
// "what should accompany a referral", "que debe acompañar la referencia": what goes with it is what is attached.
group(
  'attach',
  'attach attaches attached attaching attachment attachments accompany accompanies accompanied accompanying enclose enclosed enclosing adjuntar adjunto adjunta adjuntan adjuntamos adjuntos acompanar acompana acompanan',
);
// "who delivers mobile crisis response", "quien ofrece": giving a service is one verb (not "give", a word of "give me the number").
group(
  'provide',
  'provide provides provided providing deliver delivers delivered delivering offer offers offered offering ofrece ofrecen brinda brindan proporciona proporcionan presta prestan',
);
group('email', 'email emails mail correo correos');
// "submit a referral", "mandamos la referencia": one way of sending, whatever is sent (the object says what about).
group('send', 'send sends sending sent submit submits submitting submitted mandar mando manda mandamos mandan enviar envio envia enviamos envian');
// "where r they located", "la ubicacion": where an office is, its address.
group('address', 'address addresses direccion direcciones located location ubicacion ubicada ubicado ubicados');
// "aplica para ccs?" asks whether the child qualifies ("como aplico" is how to apply).
group(
  'eligible',
  'aplica aplican criteria criterio criterios count counts eligible eligibility elig elegible elegibles elegibilidad qualify qualifies qualified qualifying calify califica califico calificar calificamos calificaria califique califiquen califican',
);
group('financial', 'financial financially finance income incomes financiero financiera financieramente ingresos economico economica ganamos gano');
group('panel', 'panel paneled panelled paneling panelling paneles panelado panelados');
group('pcp', 'pcp pediatrician pediatricians pediatra pediatras');
group('authorization', 'authorization authorizations auth auths authorize authorized autorizacion autorizaciones autorizar');
group('school', 'school schools escuela escuelas colegio iep');
group('transport', 'transportation transport ride rides transporte');
group('adult', 'adult adults adulto adultos adulta adultas');
group('emergency', 'emergency emergencies emergent emergencia emergencias er urgencias');
group('admission', 'admission admissions admit admitted inpatient internado internada hospitalizado hospitalizada hospitalized ingreso');
group('wheelchair', 'wheelchair wheelchairs');
group('dme', 'dme equipment');
group('county', 'county counties condado condados cnty');
group('doctor', 'doctor doctors doc docs dr md mds doctores doctora medico medicos');
group('specialist', 'specialist specialists especialista especialistas');
group('therapy', 'therapy therapies therapist terapia terapias terapista terapeuta');
group('medicine', 'medicine medicines medication medications meds medicina medicinas medicamento medicamentos');
group('pay', 'pay pays paid paying payment payments pagar paga pago pagos pagan pague paguen');
group('age', 'age ages aged edad edades old');
group('denied', 'denied deny denial rejected negaron negado negada rechazaron rechazado rechazada');
group('transition', 'transition transitions transicion');
group('contact', 'contact contacts contactar contacto contactos');
group(
  'apply',
  'apply applying application aplicar aplico aplicacion solicitar solicito solicitud enroll enrolled enrolling inscribir inscribo inscribirlo inscribirla',
);
group('enrollment', 'enrollment inscripcion');
group('wait', 'wait waiting espera esperando esperar');
// "review frequency", "con que frecuencia": how often.
group('often', 'often frequency frequently frecuencia');
group('regulation', 'regulation regulations regs reg regulacion regulaciones reglamento reglamentos');
group('nursing', 'nursing pdn');
// "CCS vs Medi-Cal": a comparison.
group('difference', 'difference differences different vs versus diferencia diferencias diferente');
group('pending', 'pending pendiente pendientes');
// Provider shorthand on the web: "svcs", "elig", "hosp", "emergent admit", "CM by county or MCP", "CC" (care coordinator).
group('services', 'services svcs svc srvcs');
group('hospital', 'hospital hospitals hosp hosps');
group('casemanagement', 'cm casemanagement');
group('plan', 'plan plans mcp mcps');
group('coordinator', 'coordinator coordinators cc');
// "do my taxes" is not "takes": a word of its own, so no typo turns it into another.
group('tax', 'tax taxes impuestos');
group('discharge', 'discharge discharged');
group('residence', 'residence residential residency residencia residencial residente');
group('resources', 'resource resources recurso recursos');
group('responsible', 'responsible responsibility responsibilities responsable responsables responsabilidad responsabilidades');
group('review', 'review reviews reviewed reviewing revisa revisan revisar reviso revision revisiones');
// "can a kid refer themself", "mi hijo se puede referir solo": the young person on their own.
group('myself', 'myself himself herself themself themselves yourself ourselves');
group('ccso', 'ccso ccsos');
group('supplies', 'supplies supply suministros');
group('diagnosis', 'diagnosis diagnosed diagnose dx diagnostico diagnosticaron diagnosticado diagnosticada');
group('baby', 'baby babies bebe bebes infant infants newborn preemie preemies');
group('records', 'records record documentation documents document paperwork papers papeles documentos documentacion expedientes expediente registros informes');
// "ocupo" is how much of California's Spanish says "necesito": both are filler in a question.
group('necesito', 'ocupo ocupa ocupamos ocupan');
// Illinois' CARES line is a name, not the plural of "care".
group('caresline', 'cares');

/** Words that carry no meaning for matching. Child words are here too: nearly every question has one. */
const STOP_EN = new Set(
  'a an the is are was were be been being am to of for in on at by with and or if it its this that these those my me i im ive id we our us you your u ur yo do does did doing can could would should will shall may might must what whats how whose when where which why there their theyre they them he she his her hers him has have had having get gets got getting about from so just any some all also very really too then than as into out up down over please pls plz thanks thank thx hi hello hey ok okay yes yeah need needs want wants know tell give make makes one kid kids child children childs son sons daughter daughters boy girl patient patients member members question questions like said say says something someone somebody anything thing things stuff kind sort come comes go goes going gonna wanna w lol whatever tho thru let lets now any r hes shes theyre dont doesnt cant wont isnt thats theres hows wheres whos guys part still might maybe even help helps find locate grandson granddaughter grandchild grandkid nephew niece after soon program programs cover covers covered next today tomorrow yesterday tonight week year weeks month months ago last actually exactly basically'.split(
    ' ',
  ),
);
const STOP_ES = new Set(
  'a al de del la las el los lo le les un una unos unas y o u e que en por para pa con sin se su sus mi mis me te tu tus es son era fue ser estar esta estas este esto estos estoy esta estan como cual cuales cuando donde hay tiene tienen tengo tenemos puedo puede pueden podemos si ya muy mas pero tambien yo usted ustedes nos nuestro nuestra hola gracias favor necesito necesita necesitamos necesitan necesitas quiero quiere saber hijo hija hijos hijas nino nina ninos ninas nene nena paciente pacientes miembro pregunta preguntas q k xq porfa pues entonces eso esa ese algo alguien cosa cosas hago hacer hace hacen hacemos va dice dicen asi bien ahora aqui nieto nieta sobrino sobrina ayuda ayudar ayudame encontrar buscar conseguir programa programas cubre cubren semana semanas mes meses pasado pasada cada'.split(
    ' ',
  ),
);
export const STOPWORDS: Record<Lang, Set<string>> = { en: STOP_EN, es: STOP_ES };

/** Maps phrases and words to canonical tokens; returns the folded tokens. */
export function canonicalTokens(text: string): string[] {
  let s = correctTypos(fold(text));
  for (const [pattern, replacement] of PHRASES) {
    s = s.replace(pattern, replacement);
    s = s.replace(/ {2,}/g, ' ');
    if (!s.startsWith(' ')) s = ` ${s}`;
  }
  return s
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => WORDS[w] ?? w);
}

/**
 * Words of the domain's own vocabulary (every FAQ paraphrase, keyword, title and English answer, and the words of
 * the phrases above), built on first use. A longer word that is not one of them but is one typo
 * away from one is read as it ("califrnia childrens servises" meets "california children's services").
 */
let vocabulary: { words: Set<string>; byFirst: Map<string, string[]> } | undefined;
const SPELLING = { minLength: 5, twoTyposFrom: 9 };

function domainVocabulary() {
  if (vocabulary) return vocabulary;
  // The English answers' words too: a real word they use ("medically necessary") is never read as another ("necessity").
  // Not the Spanish ones: there a near word is mostly the same word inflected ("coordinar", "coordina"), which should meet.
  const texts = faq.flatMap((e) => [
    ...e.questions.en,
    ...e.questions.es,
    ...(e.keywords?.en ?? []),
    ...(e.keywords?.es ?? []),
    e.title.en,
    e.title.es,
    e.answer.en.replace(/https?:\/\/\S+/g, ' '),
  ]);
  const phraseWords = PHRASES.flatMap(([pattern]) => pattern.source.match(/[a-z]{6,}/g) ?? []);
  const words = new Set(
    [...texts.flatMap((t) => fold(t).trim().split(' ')), ...phraseWords, ...Object.keys(WORDS)].filter((w) => w.length >= SPELLING.minLength - 1),
  );
  const byFirst = new Map<string, string[]>();
  for (const word of words) byFirst.set(word[0], [...(byFirst.get(word[0]) ?? []), word]);
  vocabulary = { words, byFirst };
  return vocabulary;
}

/** Texting spellings of words the phrases above need ("wat is ccs"). */
const TEXTED: Record<string, string> = { wat: 'what', wut: 'what', waht: 'what', whta: 'what', wats: 'whats', watz: 'whats', wht: 'what', whts: 'whats' };

function correctTypos(folded: string): string {
  const { words, byFirst } = domainVocabulary();
  return folded.replace(/[a-z]+/g, (word) => {
    if (TEXTED[word]) return TEXTED[word];
    // A form of a known word is no typo: "saying" is "say", never "staying".
    if (word.length < SPELLING.minLength || words.has(word) || STOP_EN.has(word) || STOP_ES.has(word) || baseForm(word)) return word;
    const allowed = word.length >= SPELLING.twoTyposFrom ? 2 : 1;
    let best: { word: string; distance: number } | undefined;
    for (const candidate of byFirst.get(word[0]) ?? []) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      const distance = typoDistance(word, candidate);
      if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
    }
    return best?.word ?? word;
  });
}

/** Edit distance counting a swap of two neighbouring letters as one typo (optimal string alignment). */
export function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const NEGATION = / (not|dont|doesnt|didnt|isnt|wasnt|wont|cant|never|no|nunca|tampoco) /;
/** "... so it doesn't get held up", "para que no lo regresen": a "not" in what the question is for, not in what it asks. */
const PURPOSE_NOT = / (so|so that|para que|pa que) ((?:\w+ ){0,2}?)(not|dont|doesnt|wont|isnt|cant|never|no|nunca) /g;

/** Whether a text says "not": stopword lists drop it, yet "does not qualify" and "how do we qualify" differ. */
export function isNegated(text: string): boolean {
  return NEGATION.test(
    fold(text)
      .replace(/ (not|no|non|sin) (medi cal|medical|medicaid) /g, ' without medi cal ')
      .replace(PURPOSE_NOT, ' $1 $2'),
  );
}

/**
 * Light stemming: plural endings, so "services"/"service" and "condiciones"/"condicion" meet; and an English
 * "-ing"/"-ed" form the domain never uses is its base word when the domain or the stopwords use that ("covering" is
 * "cover", a stopword like "covers"; "saying" is "say"), so a message in another form of a verb meets the same term.
 */
function stem(word: string, lang: Lang): string {
  if (word.length < 5 || /[0-9_]/.test(word)) return word;
  if (lang === 'es' && /[lnrdz]es$/.test(word)) return word.slice(0, -2);
  const base = lang === 'en' ? baseForm(word) : undefined;
  if (base) return base;
  if (lang === 'en' && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Canonical words (the groups above) keep their form: "nursing" is a topic of its own, not "nurse"; so do the domain's own words. */
let canonicalWords: Set<string> | undefined;

/** The known base of an English verb form: "covering" -> "cover", "referred" -> "refer", "providing" -> "provide". */
function baseForm(word: string): string | undefined {
  const ending = /(ing|ed)$/.exec(word)?.[1];
  if (!ending) return undefined;
  canonicalWords ??= new Set(Object.values(WORDS));
  const { words } = domainVocabulary();
  // A form the domain itself uses is a word of its own ("hearing aids", "pending").
  if (canonicalWords.has(word) || words.has(word)) return undefined;
  const root = word.slice(0, -ending.length);
  if (root.length < 3) return undefined;
  const undoubled = /([b-df-hj-km-np-tv-z])\1$/.test(root) && !/(ll|ss|zz)$/.test(root) ? root.slice(0, -1) : undefined;
  const known = (w: string) => words.has(w) || STOP_EN.has(w);
  return [root, undoubled, `${root}e`].find((w): w is string => w !== undefined && w.length >= 3 && known(w));
}

/**
 * A message as clauses with weights: the clauses that ask weigh 1, the ones that only say something
 * less (they are context: "I'm a social worker at a children's hospital, ... can SW make the referral?").
 */
export type Clauses = { text: string; weight: number }[];

/** A plain text is one clause of full weight. */
export function asClauses(query: string | Clauses): Clauses {
  return typeof query === 'string' ? [{ text: query, weight: 1 }] : query;
}

/** Each key of `features` for every clause, with the weight of the heaviest clause it appears in and its total count. */
export function weighedKeys(query: string | Clauses, features: (text: string) => Map<string, number>): Map<string, { count: number; weight: number }> {
  const keys = new Map<string, { count: number; weight: number }>();
  for (const { text, weight } of asClauses(query)) {
    for (const [key, count] of features(text)) {
      const seen = keys.get(key);
      keys.set(key, { count: (seen?.count ?? 0) + count, weight: Math.max(seen?.weight ?? 0, weight) });
    }
  }
  return keys;
}

/** The index terms of a text in one language: canonical, without stopwords, stemmed. */
export function analyze(text: string, lang: Lang): string[] {
  const stop = STOPWORDS[lang];
  return canonicalTokens(text)
    .filter((w) => !stop.has(w) && !stop.has(stem(w, lang)))
    .map((w) => stem(w, lang));
}
