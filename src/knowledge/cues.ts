import { contacts, organizations, type Contact, type Organization } from '../content';
import { goingOnNow } from '../safety/crisisContext';
import { fold, STOPWORDS } from './normalize';

/** What a message asks for, read from its canonical tokens (see normalize.canonicalTokens). */
export interface Cues {
  /** Asks for a way to reach someone: a phone, fax, email, office. */
  contact: boolean;
  /** Which county numbers to show. */
  wants: 'phone' | 'fax' | 'both';
  /** Names CCS, a county, an office or a referral: "who do I call" then means the county CCS office. */
  ccsOffice: boolean;
  /** "Who do I call?" without saying about what. */
  whoToCall: boolean;
  /** About Illinois programs, never a California county office. */
  illinois: boolean;
  /** Asks for a way to reach someone and nothing else ("fax", "phone #?", "el fax"): the office's line, once the county is known. */
  lineOnly: boolean;
  /** Mentions CCS by name. */
  ccs: boolean;
  /** Mentions the Whole Child Model. */
  wcm: boolean;
  /** Asks whether a county is independent or dependent. */
  designation: boolean;
  /** Describes a behavioral or mental-health crisis going on now ("a really bad mental health night", "esta en crisis ahorita"), not a past or possible one: the safety layer reads the time (goingOnNow). */
  behavioralCrisis: boolean;
}

/** Words that ask for a way to reach someone ("the fax", "mailing address", "their number", "la direccion"); a follow-up of only these asks for the last card's. */
export const CONTACT_WORDS = new Set([
  'phone',
  'fax',
  'email',
  'contact',
  'number',
  'numero',
  'numeros',
  'office',
  'oficina',
  'reach',
  'address',
  'comunicar',
  'comunico',
  'line',
  'linea',
]);
/** Asking for a person's or a hospital's own line ("the doctor's direct number"): not in our sources, whatever the county. */
export const PERSON =
  / (drs?|doctors?|doctora|doctores|hospitals?|nurses?|enfermeras?|specialists?|especialistas?|cardiologists?|surgeons?|therapists?|terapeutas?|direct line|directo|directa|case managers?|assigned) /;
// The application goes to the county office like a referral ("where do i fax the application").
const CCS_OFFICE = new Set(['ccs', 'county', 'office', 'oficina', 'referral', 'apply', 'local']);
const ILLINOIS = new Set(['illinois', 'pathways', 'ccso', 'sass', 'mcr', 'hsp', 'webcm', 'caresline', 'molina', 'hfs', 'il']);
const QUESTIONS = '(questions?|preguntas?|dudas?)';
const WHO_TO_CALL = new RegExp(
  [
    ' (who|whom|where) (do|should|can|would) (i|we) (phone|contact|talk to|reach|ask|go|send) | (who|whom) to (phone|contact|talk to|reach|ask) ',
    ' who (handles|runs|covers|does) ccs | who is in charge of ccs | (a )?(quien|donde) (le )?(phone|contact|hablo|pregunto|voy|send) | quien (maneja|lleva|ve) (lo de )?ccs ',
    // Where questions go is whom to ask ("questions go where?", "where do questions go", "las preguntas a donde las mando?").
    ` ${QUESTIONS} (\\w+ )?(go|goes|van|va) (where|to who|to whom|a donde|adonde|donde|a quien) | (where|donde|adonde) (do|does|can|should)? ?(my |our |the |these |mis |las |nuestras )?${QUESTIONS} (go|van|va) `,
    ` ${QUESTIONS} (\\w+ )?(a donde|adonde|donde|a quien) (las |les |le |lo )?(send|mando|envio|llevo|hago|dirijo) `,
    // Who answers them is whom to ask ("who handles questions about the CCSO program", "quien contesta las preguntas").
    ` (who|quien) (handles|answers|takes|fields|gets|contesta|responde|atiende|maneja|ve) (the |las |los )?${QUESTIONS} `,
  ].join('|'),
);
const DESIGNATION = new Set(['dependent', 'independent', 'dependiente', 'independiente', 'dependientes', 'independientes']);
// Naming the service ("what is Mobile Crisis Response?") is a question about it, not a crisis: "mcr" is not here.
const BEHAVIORAL =
  / (crisis|mentalhealth|behavior|behaviour|behavioral|conducta|comportamiento|suicidal|suicida|out of control|fuera de control|violent|violento|violenta|run(ning)? away|runaway|escaparse|huir|hitting|smashing|screaming|golpeando|gritando|rompiendo) /;

/** `text` is the message the tokens come from: whether a crisis is going on now is read from its own words and sentences. */
export function readCues(tokens: string[], text: string): Cues {
  const has = (set: Set<string>) => tokens.some((t) => set.has(t));
  const fax = tokens.includes('fax');
  const phone = tokens.includes('phone');
  const address = tokens.includes('address');
  const joined = ` ${tokens.join(' ')} `;
  return {
    contact: has(CONTACT_WORDS),
    // The address is on the office's full card ("direccion y telefono").
    wants: address ? 'both' : fax && !phone ? 'fax' : phone && !fax ? 'phone' : 'both',
    ccsOffice: has(CCS_OFFICE),
    lineOnly: has(CONTACT_WORDS) && tokens.every((t) => CONTACT_WORDS.has(t) || STOPWORDS.en.has(t) || STOPWORDS.es.has(t)),
    whoToCall: WHO_TO_CALL.test(joined),
    illinois: has(ILLINOIS),
    ccs: tokens.includes('ccs'),
    wcm: tokens.includes('wcm'),
    designation: has(DESIGNATION),
    behavioralCrisis: BEHAVIORAL.test(joined) && goingOnNow(text),
  };
}

const contactPhrases = contacts.flatMap((contact) => contact.keywords.map((k) => ({ phrase: fold(k), contact })));

/** A contact the message names ("Bureau of Behavioral Health", "public programs"), with the longest of its names it used. */
export function findContact(text: string): { contact: Contact; phrase: string } | undefined {
  const folded = fold(text);
  // The longest name said: "Molina ... Provider Network Manager" names the manager, not only the plan.
  const said = contactPhrases.filter((p) => folded.includes(p.phrase)).sort((a, b) => b.phrase.length - a.phrase.length);
  const hit = said[0] ?? contactPhrases.find((p) => saysWithGap(folded, p.phrase));
  return hit && { contact: hit.contact, phrase: hit.phrase.trim() };
}

/** The words two contacts' names start with ("Health Net"): the organization both are lines of. */
function sharedOrganization(a: Contact, b: Contact): string | undefined {
  const [x, y] = [fold(a.name.en).trim().split(' '), fold(b.name.en).trim().split(' ')];
  let n = 0;
  while (n < x.length && x[n] === y[n]) n++;
  return n >= 2 ? x.slice(0, n).join(' ') : undefined;
}

/**
 * "and Medi-Cal Provider Services?" after a Health Net line: another line of the organization the
 * last contact belongs to, named without the organization's name. The last turn says whose line it is.
 */
export function findSiblingContact(text: string, previousId: string): Contact | undefined {
  const previous = contacts.find((c) => c.id === previousId);
  if (!previous || findContact(text) || fold(text).trim().split(' ').length > 8) return undefined;
  for (const contact of contacts) {
    const organization = contact.id !== previous.id ? sharedOrganization(contact, previous) : undefined;
    if (organization && findContact(`${organization} ${text}`)?.contact === contact) return contact;
  }
  return undefined;
}

/** A name said with a word or two inside it ("Health Net Medi-Cal provider services" for "health net provider services"). */
function saysWithGap(folded: string, phrase: string): boolean {
  const words = phrase.trim().split(' ');
  if (words.length < 3) return false;
  const tokens = folded.trim().split(' ');
  const start = tokens.indexOf(words[0]);
  if (start < 0) return false;
  let at = start;
  for (const word of words.slice(1)) {
    const next = tokens.indexOf(word, at + 1);
    if (next < 0 || next - at > 3) return false;
    at = next;
  }
  return at - start <= words.length + 2;
}

const organizationPhrases = organizations.flatMap((organization) => organization.names.map((n) => ({ phrase: fold(n), organization })));

/** An organization the message names whose number we do not have ("Shriners in Sacramento"). */
export function findOtherOrganization(text: string): Organization | undefined {
  const folded = fold(text);
  return organizationPhrases.find((p) => folded.includes(p.phrase))?.organization;
}
