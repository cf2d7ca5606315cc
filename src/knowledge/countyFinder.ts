import { counties, type County } from '../content';
import { fold, STOPWORDS, THERAPY_PROGRAM_NAMES, typoDistance } from './normalize';

export interface CountyMatch {
  county: County;
  via: 'name' | 'alias' | 'city' | 'zip' | 'fuzzy';
}

/**
 * Place names that are also ordinary words, first names or other places ("Orange", "Lake",
 * "Chico", "Merced", "Modesto"). They count only with context: "Orange County", "Chico, CA",
 * the whole message ("Lake"), or "ccs in Chico".
 */
const AMBIGUOUS = new Set(
  `orange lake kings nevada imperial sierra mono madera alpine glenn yolo plumas amador calaveras trinity merced alameda placer
  mariposa butte solano marin sutter chico paradise eureka fortuna willows williams jackson plymouth ione arnold bishop independence
  durham biggs quincy portola corning anderson bieber alturas middletown vallejo fairfield dixon windsor santa_rosa tiburon fairfax
  richmond concord pittsburg brentwood martinez danville pleasant_hill san_pablo san_ramon hercules lafayette newark dublin albany
  san_lorenzo union_city campbell saratoga belmont san_carlos hillsborough pacifica pescadero salinas seaside marina soledad greenfield
  gonzales carmel hollister aptos indio corona perris banning beaumont blythe chino upland ontario adelanto loma_linda montclair
  fontana rialto apple_valley joshua_tree santa_ana westminster cypress brea stanton lake_forest san_clemente carson hawthorne
  lakewood paramount watts wilmington duarte encino cerritos arcadia lancaster claremont san_pedro san_fernando vista san_marcos
  coronado ramona spring_valley escondido tracy manteca escalon modesto riverbank patterson newman waterford ceres livingston atwater
  sonora jamestown lindsay exeter sanger selma fowler taft mojave lamont santa_maria carpinteria montecito atascadero arroyo_grande
  oceano cambria fillmore davis woodland marysville wheatland seeley esparto`
    .split(/\s+/)
    .map((w) => w.replace(/_/g, ' ')),
);
/** Spanish phrases that are also place names ("el centro", "la mesa", "los banos"): only "El Centro, CA" or the whole message. */
const STRICT = new Set(
  `el_centro la_mesa los_banos el_monte el_segundo del_mar del_norte la_quinta la_mirada el_cajon el_cerrito el_sobrante el_dorado
  dos_palos tres_pinos la_puente los_gatos los_altos monte_sereno corte_madera los_osos los_molinos la`
    .split(/\s+/)
    .map((w) => w.replace(/_/g, ' ')),
);
/** Real words within one typo of a place name. */
const NOT_TYPOS = new Set(['reading', 'placenta', 'mendoza', 'pleasant']);
const COUNTY_WORDS = new Set(['county', 'co', 'cnty', 'condado']);
const LOCATIVE = new Set(['in', 'en', 'near', 'from', 'de', 'at', 'around', 'cerca']);
/** In English, "in El Centro" can only be the city; "en el centro" is also "downtown". */
const ENGLISH_LOCATIVE = new Set(['in', 'near', 'from', 'at', 'around', 'to']);
/** The words for one of an office's lines. */
const LINE_WORDS = new Set(['phone', 'number', 'fax', 'telefono', 'numero', 'office', 'oficina']);
/** Words of a message about reaching CCS: an ambiguous name beside them is more likely the place (not cues.ts's CONTACT_WORDS, which ask for a line). */
// The Medical Therapy Program is a CCS program with lines of its own ("Merced MTP phone?").
const REACHING_CCS_WORDS = new Set(['ccs', 'mtp', 'call', 'llamar', ...LINE_WORDS]);
/** "a kid in Solano", "mi hijo en Merced": a person said to be in a place makes an ambiguous name a place. */
const PERSON_WORDS = new Set('kid kids child children son daughter patient pt baby family families we nino nina hijo hija paciente bebe familia'.split(' '));
/** "vivo en Salinas", "we live in Corona", "we are in Plumas", "soy de Vista": living or being somewhere makes a name after "in" a place. */
// Its few forms of moving stay apart from MOVING's: MOVING before "de"/"in" would also take "cambio de ..." (a change) for a move.
const LIVING_WORDS = new Set(
  'live lives living lived located based stay staying moved moving move were are is am im vivo vive vivimos viven vivir viviamos vivia vivian estamos soy somos mudamos mudaron'.split(
    ' ',
  ),
);
/** A county's own matters ("is marin a wcm county", "who does case management in solano"): a county's own name among them is that county. */
const COUNTY_MATTERS = new Set('county counties condado condados wcm whole dependent independent dependiente independiente management manejo'.split(' '));
/** Where a county's name is said as one: the message's start, "in", "is", "for", "and". */
const BEFORE_COUNTY = new Set([...LOCATIVE, ...'is es for para about sobre and y or o'.split(' ')]);
/** Going somewhere: "home to Escondido", "transferred to Salinas". */
const GOING_WORDS = new Set(
  'home back going go goes discharged discharging discharge transferred transferring transfer relocating relocated headed heading'.split(' '),
);
/** "the Salinas family", "Mrs Salinas' kid": a surname, not a place. */
const NAME_BEFORE = new Set('the la los las el mr mrs ms miss dr sr sra srta senor senora familia family'.split(' '));
/** Words that may surround a place name in a message that says nothing else ("I live in Kern County, CA"). */
const FILLER = new Set([
  ...COUNTY_WORDS,
  ...`ccs ca calif california i im we live lives living vivo vive vivimos estamos soy somos in en at from de del el la the is es its
  near cerca city ciudad zip code codigo postal area office oficina located`.split(/\s+/),
  // A follow-up that only names a place: "and in Modesto?", "what about Lake?", "y en Merced?".
  ...'and what about how for if then same also y que tal para si entonces igual mismo lo'.split(' '),
]);

interface Place {
  tokens: string[];
  phrase: string;
  /** As the county data spells it ("El Cajon"). */
  written: string;
  county: County;
  via: 'name' | 'alias' | 'city';
}

const places: Place[] = counties.flatMap((county) =>
  [[county.name, 'name'] as const, ...county.aliases.map((a) => [a, 'alias'] as const), ...county.cities.map((c) => [c, 'city'] as const)].map(
    ([text, via]) => {
      const phrase = fold(text).trim();
      return { tokens: phrase.split(' '), phrase, written: text, county, via };
    },
  ),
);

/** Places by first word, longest first, so "west sacramento" wins over "sacramento". */
const byFirstToken = new Map<string, Place[]>();
for (const place of places) byFirstToken.set(place.tokens[0], [...(byFirstToken.get(place.tokens[0]) ?? []), place]);
for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

const zipOwners = new Map<string, County>();
for (const county of counties) for (const prefix of county.zipPrefixes) zipOwners.set(prefix, county);

const fuzzyTargets = places
  .filter((p) => !AMBIGUOUS.has(p.phrase) && !STRICT.has(p.phrase))
  .map((p) => ({ key: p.tokens.filter((t) => !COUNTY_WORDS.has(t)).join(''), words: p.tokens.length, place: p }))
  .filter((t) => t.key.length >= 7);

/** A county found in a message, with where it was found among the message's folded words. */
export interface CountyLocation extends CountyMatch {
  tokens: string[];
  start: number;
  end: number;
}

/**
 * The California county a message names, by county name, alias, city, ZIP code or a close typo
 * ("sacremento", "san joquin", "bakersfeild"). Undefined when none is named with confidence.
 */
export function findCounty(text: string): CountyMatch | undefined {
  const found = locateCounty(text);
  return found && { county: found.county, via: found.via };
}

/** The Medical Therapy Program's names, and their short forms, read as one word beside a place ("Merced Medical Therapy Program phone?"). */
const THERAPY_PROGRAM = new RegExp(` (${[...THERAPY_PROGRAM_NAMES, 'therapy program', 'programa de terapia'].join('|')}) `, 'g');

export function locateCounty(text: string): CountyLocation | undefined {
  const tokens = fold(text).replace(THERAPY_PROGRAM, ' mtp ').trim().split(' ').filter(Boolean);
  const found = byZip(tokens) ?? byPhrase(tokens, text) ?? byTypo(tokens);
  return found && { ...found, tokens };
}

type Found = Omit<CountyLocation, 'tokens'>;

/** Whether the message says nothing but the place ("Kern", "kern ccs", "I live in Fresno, CA"). */
export function namesOnlyPlace({ tokens, start, end }: CountyLocation): boolean {
  return tokens.every((t, k) => (k >= start && k < end) || FILLER.has(t) || STOPWORDS.en.has(t) || STOPWORDS.es.has(t));
}

function byZip(tokens: string[]): Found | undefined {
  for (const [i, token] of tokens.entries()) {
    if (!/^9[0-6]\d{3}$/.test(token)) continue;
    for (let length = 5; length >= 3; length--) {
      const county = zipOwners.get(token.slice(0, length));
      if (county) return { county, via: 'zip', start: i, end: i + 1 };
    }
  }
  return undefined;
}

/** "moved from Sacramento to Fresno", "nos mudamos de Kern a Tulare": the place they go to is the one that counts. */
const FROM = new Set(['from', 'de', 'desde']);
const TO = new Set(['to', 'into', 'a', 'hacia']);

function byPhrase(tokens: string[], original: string): Found | undefined {
  const named: Found[] = [];
  for (let i = 0; i < tokens.length;) {
    const place = byFirstToken.get(tokens[i])?.find((p) => p.tokens.every((w, k) => tokens[i + k] === w));
    if (!place) {
      i += 1;
      continue;
    }
    const end = i + place.tokens.length;
    if (inContext(place, tokens, i, end, original)) named.push({ county: place.county, via: place.via, start: i, end });
    i = end;
  }
  // "we used to live in Fresno but now Bakersfield": where they are now wins; then "my mom in visalia watches my kids but we live
  // in modesto": where the family lives wins over where someone else is.
  const home = named.length > 1 ? (named.find((f) => saysNow(tokens, f.start)) ?? named.find((f) => saysWeLiveThere(tokens, f.start))) : undefined;
  const [first, ...later] = named;
  if (home || !first || !FROM.has(tokens[first.start - 1])) return home ?? first;
  return later.find((f) => TO.has(tokens[f.start - 1])) ?? first;
}

const NOW = new Set('now currently ahora actualmente'.split(' '));

/** A place said to be where they are now ("but now Bakersfield", "now we live in salinas", "pero ahora en Merced"). */
function saysNow(tokens: string[], start: number): boolean {
  return tokens.slice(Math.max(0, start - 4), start).some((t) => NOW.has(t));
}

/** The asker's own family said to be somewhere: "we live in", "we're in", "vivimos en", "nosotros en". */
const WE = new Set('we were i im vivimos vivo estamos nosotros'.split(' '));

function saysWeLiveThere(tokens: string[], start: number): boolean {
  const prev = tokens[start - 1];
  return (prev === 'in' || prev === 'en') && tokens.slice(Math.max(0, start - 4), start - 1).some((t) => WE.has(t));
}

/** Whether an ambiguous place name at tokens[start, end) is meant as a place. */
function inContext(place: Place, tokens: string[], start: number, end: number, original: string): boolean {
  const strict = STRICT.has(place.phrase);
  if (!strict && !AMBIGUOUS.has(place.phrase)) return true;
  const next = tokens[end];
  const prev = tokens[start - 1];
  const namedAsPlace = COUNTY_WORDS.has(next) || prev === 'condado' || next === 'ca' || next === 'california';
  // "Lake", "ccs office modesto phone?": nothing but the name and words for an office or its numbers.
  const bare = tokens.every((t, k) => (k >= start && k < end) || FILLER.has(t) || (!strict && REACHING_CCS_WORDS.has(t)));
  // "la" is the Spanish article: LA County only when written "LA"/"L.A." in a message that is not all capitals.
  if (place.phrase === 'la') return COUNTY_WORDS.has(next) || (/\bL\.?A\b/.test(original) && !isShouting(original));
  if (namedAsPlace || bare) return true;
  // "modesto here, whats the ccs phone", "Escondido - ccs fax pls": a name that opens a message asking for a CCS line is where the
  // asker is; a name is ambiguous there only in theory. Not "the"/"Mrs" before it, nor a Spanish phrase ("la mesa", "el centro").
  if (!strict && opensMessage(tokens, start) && asksForCcsLine(tokens)) return true;
  // "my sister said modesto has a ccs office, whats there phone number": a name that has the office is the place asked about.
  if (!strict && HAS.has(next) && !NAME_BEFORE.has(prev) && asksForCcsLine(tokens)) return true;
  if (place.via === 'name' && (prev === undefined || BEFORE_COUNTY.has(prev)) && tokens.some((t) => COUNTY_MATTERS.has(t))) return true;
  const said = tokens[start - 2];
  const contextual = tokens.some((t) => REACHING_CCS_WORDS.has(t)) || PERSON_WORDS.has(said) || LIVING_WORDS.has(said);
  // "we live in El Cajon", "Los Banos patient": written as a name, or after an English "in", a Spanish phrase is the place.
  if (strict) return (writtenAsName(place, original) && !isShouting(original)) || (ENGLISH_LOCATIVE.has(prev) && contextual);
  // "Salinas pt, CCS contact?", "an Escondido family": a person said to be of the place, in a message about CCS or its numbers.
  if (PERSON_WORDS.has(next) && !NAME_BEFORE.has(prev) && tokens.some((t) => REACHING_CCS_WORDS.has(t))) return true;
  // "discharging a child home to Escondido", "moving to Salinas", "me mudé a Modesto": where someone goes is a place.
  if (TO.has(prev) && (LIVING_WORDS.has(said) || GOING_WORDS.has(said) || MOVING.test(said))) return true;
  return LOCATIVE.has(prev) && contextual;
}

const HAS = new Set(['has', 'have', 'tiene', 'tienen']);

/** Any form of moving house ("me mudé", "se mudaron", "nos cambiamos", "relocated"): the verb's stem, since its forms are many. */
const MOVING = /^(mud(o|e|a|ar|amos|aron|aste|ando|ado|ara)|cambi(e|o|amos|aron|ado)|relocat\w*|mov(e|ed|es|ing))$/;

/** Greetings before the first words say nothing: "hi, salinas here". */
const OPENING = new Set('hi hello hey hola buenas ok okay'.split(' '));

function opensMessage(tokens: string[], start: number): boolean {
  return tokens.slice(0, start).every((t) => OPENING.has(t));
}

/** Asks for one of the CCS office's lines: CCS or its therapy program named beside a word for a line ("ccs phone", "numero de ccs", "mtp phone"). */
function asksForCcsLine(tokens: string[]): boolean {
  return (tokens.includes('ccs') || tokens.includes('mtp')) && tokens.some((t) => LINE_WORDS.has(t));
}

/** Whether the message writes the place's name with its capitals ("El Cajon", not "el cajon"). */
function writtenAsName(place: Place, original: string): boolean {
  const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return new RegExp(
    `(^|[^A-Za-z])${plain(place.written)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+')}($|[^A-Za-z])`,
  ).test(plain(original));
}

function isShouting(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length > 6 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.6;
}

function byTypo(tokens: string[]): Found | undefined {
  let best: { distance: number; place: Place; start: number; end: number } | undefined;
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const window = tokens.slice(i, i + n);
      if (window.some((t) => COUNTY_WORDS.has(t) || /\d/.test(t)) || (n === 1 && FILLER.has(window[0]))) continue;
      const key = window.join('');
      if (key.length < 7 || NOT_TYPOS.has(key)) continue;
      for (const target of fuzzyTargets) {
        // Words are never glued together to look like a one-word name ("es parte" is not "Esparto").
        if (target.key[0] !== key[0] || n > target.words || Math.abs(target.key.length - key.length) > 1) continue;
        const distance = typoDistance(key, target.key);
        if (distance <= (target.key.length >= 10 ? 2 : 1) && (!best || distance < best.distance))
          best = { distance, place: target.place, start: i, end: i + n };
      }
    }
  }
  return best && { county: best.place.county, via: 'fuzzy', start: best.start, end: best.end };
}
