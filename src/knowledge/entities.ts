import { counties, type County } from '../content';
import { locateCounty, type CountyLocation } from './countyFinder';
import { readFrame, type Frame } from './frames';
import { fold, HIGH_RISK_INFANT_NAMES, THERAPY_PROGRAM_NAMES, withoutPhrase } from './normalize';

/**
 * What a message is about, beside what it asks: the place (a California county by name, city,
 * ZIP or typo; another state), the health plan, the child's age, who is asking and the program.
 * Read once per message (see nlu/understand), so the answer can be composed from topic + place.
 */
export interface Entities {
  place?: CountyLocation;
  /** A US state other than California ("we're moving to texas"); Illinois is a region the bot covers. */
  otherState?: string;
  /** The other state is where the family comes from ("we just moved from arizona"), not where it lives or goes. */
  fromOtherState?: boolean;
  illinois: boolean;
  plan?: Plan;
  /** The child's age in years when the message states it ("just turned 22", "tiene 19"); never "Title 22" or a ZIP. */
  age?: number;
  audience?: 'parent' | 'provider';
  program?: Program;
  /** The child's condition or diagnosis as the message names it ("cerebral palsy", "espina bifida"): who the child is, not what is asked. */
  condition?: string;
  /** The question the message frames (the age limit, how to apply, the rules, whether a condition qualifies), read by meaning. */
  frame?: Frame;
}

export type Program = 'ccs' | 'wcm' | 'pathways' | 'ccso' | 'hsp' | 'mtp' | 'hrif';

export interface Plan {
  name: string;
  /** The counties where this plan is the Whole Child Model plan (well-sourced rows only). */
  wcmCounties: County[];
}

/** Names people use for the plans in the sources (content/counties.json WCM plans, the Health Net and Molina notices). */
const PLAN_NAMES: [RegExp, string][] = [
  [/ (partnership( health ?plan)?|phc) /, 'Partnership HealthPlan of California'],
  [/ cal ?optima /, 'CalOptima Health'],
  [/ cen ?cal /, 'CenCal Health'],
  [/ (central california alliance|alliance for health|ccah) /, 'Central California Alliance for Health'],
  [/ (health plan of san mateo|hpsm) /, 'Health Plan of San Mateo'],
  [/ kaiser /, 'Kaiser Permanente'],
  [/ health ?net /, 'Health Net'],
  [/ molina /, 'Molina Healthcare'],
];

const STATES = `alabama alaska arizona arkansas colorado connecticut delaware florida georgia hawaii idaho indiana iowa kansas
  kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
  new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island
  south_carolina south_dakota tennessee texas utah vermont virginia washington west_virginia wisconsin wyoming arizona
  mexico tijuana`
  .split(/\s+/)
  .map((s) => s.replace(/_/g, ' '));
/** Words that turn a state's name into a move or a home ("moving to Texas", "nos mudamos a Texas", "from Oregon"). */
const STATE_CONTEXT = / (to|from|in|a|de|en|live|lives|living|vivimos|vive|move|moving|moved|mudamos|mudarnos|mudando|state of|estado de) $/;

/** An age is a small number said of a person; these words before or after make it something else. */
const NOT_AGE_BEFORE =
  / (title|titulo|section|seccion|sections|article|articulo|chapter|capitulo|code|codigo|sb|ab|code|zip|\$|no|number|numero|page|step|paso|day|dia|dias|days|hours|horas) $/;
const NOT_AGE_AFTER =
  /^ ?(k|000|%|percent|por ciento|dollars|dolares|days|dias|business|hours|hrs?|horas|hr|minutes|mins?|minutos|weeks|semanas|months|meses|miles|millas|am|pm|of|de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))\b/;
/** An age to come ("he'll be 23 next year", "va a tener 20"): the verdict is for that age. */
const AGE_TO_COME = '(?:ll|hell|shell|will|gonna|going to|would) be|va a tener|tendra';
const AGE_PATTERNS = [
  /\b(?:turn|turns|turned|turning|cumple|cumplio|cumplira|va a cumplir|acaba de cumplir)\s+(\d{1,2})\b/,
  /\b(\d{1,2})\s*(?:years?|yrs?|yo|y o|anos|ano|year old|month old)\b/,
  /\b(?:is|s|im|hes|shes|age|aged|edad de|tiene|tengo|de)\s+(?:now\s+|ya\s+)?(\d{1,2})\b/,
  /\b(\d{1,2})\s+now\b/,
  new RegExp(`\\b(?:${AGE_TO_COME})\\s+(\\d{1,2})\\b`),
];
/** A child a message is about, said as one ("son", "mi nieta"). */
// Not answer's CHILD: this one says a parent is asking (PARENT), so never a patient; it reads folded text.
const CHILD = 'son|daughter|child|kid|baby|boy|girl|grandson|granddaughter|hijo|hija|nino|nina|bebe|nieto|nieta';
/** Who an age is said of and when ("her brother", "mi sobrina", "in march"): beside an age they name the person, not a topic. */
const AGE_HOLDER = new RegExp(
  ` (my|our|her|his|their|the|mi|mis|su|sus|nuestro|nuestra|el|la) (${CHILD}|brother|sister|nephew|niece|cousin|stepson|stepdaughter|hermano|hermana|sobrino|sobrina|primo|prima|paciente|patient) `,
  'g',
);
const AGE_WHEN =
  / (soon|next (year|month|week)|this (year|month)|in (january|february|march|april|may|june|july|august|september|october|november|december|a (few )?(month|months|year))|pronto|el (ano|mes) que viene|el proximo (ano|mes)|en (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)) /g;

const PROVIDER =
  / (pt|patient|patients|paciente|pacientes|our clinic|my clinic|our practice|our hospital|clinic|clinica|npi|ppg|mco|provider|providers|proveedor|pediatrician|physician|doctor here|nurse|enfermera|case manager|care coordinator|trabajadora social|social worker|we re a|im a|soy (una? )?(doctora?|enfermera|trabajadora|proveedor)) /;
const PARENT = new RegExp(` (my|our|mi|mis|nuestro|nuestra) (${CHILD}|kids|hijos|nene|nena) `);

const PROGRAMS: [RegExp, Program][] = [
  [/ (whole child( model)?|wcm|modelo (del |de )?nino completo|modelo integral( del| de)?( nino)?) /, 'wcm'],
  [/ pathways /, 'pathways'],
  [/ (ccsos?|care coordination and support organizations?) /, 'ccso'],
  [/ (hsp|home services program|webcm) /, 'hsp'],
  [new RegExp(` (mtp|${THERAPY_PROGRAM_NAMES.join('|')}) `), 'mtp'],
  // Not its Spanish name (yet): "seguimiento de bebes de alto riesgo" is found by its words, not as the program.
  [new RegExp(` (hrif|${HIGH_RISK_INFANT_NAMES.en}) `), 'hrif'],
  [/ (ccs|california childrens? services|servicios para ninos de california) /, 'ccs'],
];

/**
 * Condition and diagnosis names a parent writes, English and Spanish (folded): the ones the content's
 * conditions entry lists and common words for them. Beside a question frame they say who the child is.
 */
const CONDITIONS = new RegExp(
  ` (${[
    'cerebral palsy|ceberal palsy|spina bifida|cleft (?:lip|palate)(?: and (?:lip|palate))?|cleft|cystic fibrosis|sickle cell(?: disease| anemia)?',
    'epilepsy|seizures?|seizure disorder|hemophilia|muscular dystrophy|scoliosis|leukemia|cancer|tumou?rs?|brain tumou?r|diabetes|asthma|autism',
    'hearing loss|deaf(?:ness)?|blind(?:ness)?|vision loss|heart (?:defect|condition|problem|disease|murmur)s?|congenital heart \\w+|hole in (?:his|her|the) heart',
    'kidney (?:disease|failure|problems?)|liver (?:disease|problems?)|down syndrome|hydrocephalus|club ?foot|transplant',
    'paralisis cerebral|espina bifida|labio leporino|paladar hendido|fibrosis quistica|anemia (?:falciforme|de celulas falciformes)|celulas falciformes',
    'epilepsia|convulsiones|hemofilia|distrofia muscular|escoliosis|leucemia|tumor(?:es)?|diabetes|asma|autismo',
    'perdida (?:de audicion|auditiva)|sordera|sordo|sorda|ceguera|ciego|ciega|(?:un |una )?(?:problema|enfermedad|defecto|condicion) (?:del|de el|en el) corazon|cardiopatia',
    'sindrome de down|hidrocefalia|(?:enfermedad|problema)s? (?:de los|del) (?:rinones?|rinon|higado)|trasplante',
  ].join('|')}) `,
);

/** The condition a message names, as it says it. */
function readCondition(folded: string): string | undefined {
  return CONDITIONS.exec(folded)?.[1];
}

const wcmCountiesOf = (name: string) => counties.filter((c) => c.wcm?.confidence === 'high' && c.wcm.plans.some((p) => p.name === name));

export function readEntities(text: string): Entities {
  const folded = fold(text);
  const illinois = / (illinois|il|chicago|hfs) /.test(folded) || / 6[0-2]\d{3} /.test(folded);
  const planName = PLAN_NAMES.find(([pattern]) => pattern.test(folded))?.[1];
  const otherState = illinois ? undefined : findOtherState(folded);
  const fromOtherState = otherState !== undefined && new RegExp(` (from|de|desde) ${otherState.toLowerCase()} `).test(folded);
  const place = illinois ? undefined : locateCounty(text);
  const condition = readCondition(folded);
  const age = findAge(folded);
  return {
    // "moved here from Nevada" is the state, not Nevada County.
    place: place && place.county.name !== otherState ? place : undefined,
    otherState,
    ...(fromOtherState ? { fromOtherState } : {}),
    illinois,
    plan: planName ? { name: planName, wcmCounties: wcmCountiesOf(planName) } : undefined,
    age,
    audience: PROVIDER.test(folded) ? 'provider' : PARENT.test(folded) ? 'parent' : undefined,
    program: PROGRAMS.find(([pattern]) => pattern.test(folded))?.[1],
    condition,
    // Read without the condition's words: "get my newborn with a cleft lip into ccs" is getting the child in. The frames
    // read folded words one space apart.
    frame: readFrame(condition ? withoutPhrase(folded, condition).replace(/ +/g, ' ') : folded, { condition, age }),
  };
}

/**
 * A plan's name with the words that only say it is a plan or its members ("kaiser medi-cal members", "miembros de kaiser",
 * "los de kaiser"): "same for kaiser medi-cal members?" names the plan and asks nothing else.
 */
const PLAN_PHRASES = PLAN_NAMES.map(
  ([pattern]) =>
    new RegExp(
      `(?: (?:members?|patients?|kids|miembros?|pacientes?|afiliados?|ninos|los|las) (?:de|del|of|with|on|con|en))?${pattern.source.slice(0, -1)}(?: (?:medi cal|medical|medicaid|plan|insurance|seguro|members?|patients?|kids|children|miembros?|pacientes?|ninos))* `,
    ),
);

/** The message's words besides the place, plan and age it names: what is left says whether it asks anything of its own. */
export function wordsBesideEntities(text: string, entities: Entities): string {
  const { place } = entities;
  const tokens = place ? [...place.tokens.slice(0, place.start), ...place.tokens.slice(place.end)] : fold(text).trim().split(' ');
  let rest = ` ${tokens.join(' ')} `;
  for (const pattern of PLAN_PHRASES) rest = rest.replace(pattern, ' ');
  // The age with the words that say it ("who is 20", "que tiene 20 anos"): they say nothing else.
  const age = new RegExp(` ((who|that|que) )?((is|s|tiene|turned|turns|cumple|cumplio|${AGE_TO_COME}) )?${entities.age}( (years?|yrs?|yo|anos))?( old)? `);
  return entities.age === undefined ? rest : rest.replace(age, ' ').replace(AGE_HOLDER, ' ').replace(AGE_WHEN, ' ');
}

function findOtherState(folded: string): string | undefined {
  for (const state of STATES) {
    const at = folded.indexOf(` ${state} `);
    if (at < 0) continue;
    // "Nevada" is also a California county: only "state of Nevada", "moving to Nevada" count, as for every state.
    if (STATE_CONTEXT.test(folded.slice(0, at + 1)) && !/ county | condado /.test(folded.slice(at + state.length + 1, at + state.length + 10))) {
      return state.replace(/\b\w/g, (c) => c.toUpperCase());
    }
  }
  return undefined;
}

function findAge(folded: string): number | undefined {
  for (const pattern of AGE_PATTERNS) {
    const global = new RegExp(pattern.source, 'g');
    for (let m = global.exec(folded); m; m = global.exec(folded)) {
      const value = Number(m[1]);
      const before = folded.slice(0, m.index + m[0].indexOf(m[1]));
      const after = folded.slice(m.index + m[0].indexOf(m[1]) + m[1].length);
      if (value > 30 || NOT_AGE_BEFORE.test(before) || NOT_AGE_AFTER.test(after)) continue;
      return value;
    }
  }
  return undefined;
}
