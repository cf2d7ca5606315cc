import type { Contact, County, FaqEntry, Lang, Organization } from '../content';
import { findContact, findOtherOrganization, readCues } from './cues';
import { locateCounty, namesOnlyPlace } from './countyFinder';
import { searchFaq, type FaqHit } from './faqSearch';
import { canonicalTokens, fold, STOPWORDS } from './normalize';

/** What the knowledge base can say to one message. The runtime turns it into SMS text or web cards. */
export type KnowledgeAnswer =
  | { kind: 'faq'; entry: FaqEntry; score: number }
  /** `otherOrganization`: the number asked for is a hospital's or a plan's we do not have; the county office is given instead. */
  | { kind: 'county'; county: County; wants: 'phone' | 'fax' | 'both'; otherOrganization?: Organization }
  | { kind: 'contact'; contact: Contact }
  | { kind: 'clarify'; options: { id: string; title: string }[] }
  | { kind: 'countyNeeded'; otherOrganization?: Organization }
  | { kind: 'unknown' };

/**
 * Calibration of FAQ matches, set on the dev set and the held-out-style paraphrases in
 * test/unit/knowledge. A wrong confident answer costs more than a "did you mean", so an entry is
 * only answered outright when it matched most of the message and clearly beat the runner-up.
 */
const CONFIDENT = { minScore: 8, minCoverage: 0.6, minLead: 1.2 };
const CLARIFY = { minScore: 5, minCoverage: 0.5, relativeToTop: 0.3, max: 3 };

/**
 * Answers one message in `lang`: a county's CCS numbers, a named contact, an FAQ entry, a short
 * "did you mean", a request for the county, or unknown. Pure: no I/O, no state.
 */
export function answer(text: string, lang: Lang): KnowledgeAnswer {
  const tokens = canonicalTokens(text);
  if (tokens.length === 0) return { kind: 'unknown' };
  const cues = readCues(tokens);

  const named = findContact(text);
  if (named && (cues.contact || saysOnly(text, named.phrase))) return { kind: 'contact', contact: named.contact };

  const place = cues.illinois ? undefined : locateCounty(text);
  // "Phone number for Shriners in Sacramento": say we don't have theirs before giving the county CCS office.
  const otherOrganization = cues.contact && !cues.illinois ? findOtherOrganization(text) : undefined;
  if (otherOrganization) return place ? { kind: 'county', county: place.county, wants: cues.wants, otherOrganization } : { kind: 'countyNeeded', otherOrganization };
  // "Is Napa a WCM county?": the county reply names its Whole Child Model plan.
  const wcmCounty = cues.wcm && place?.county.wcm?.confidence === 'high';
  if (place && (cues.contact || wcmCounty || namesOnlyPlace(place))) return { kind: 'county', county: place.county, wants: cues.wants };
  if (!place && cues.contact && cues.ccsOffice && !cues.illinois) return { kind: 'countyNeeded' };

  const hits = bestHits(text, lang);
  const [top, second] = hits;
  if (top && isConfident(top, second)) return { kind: 'faq', entry: top.entry, score: top.score };
  // A place plus CCS but no clear question ("help with ccs in fresno"): the office is the best next step.
  if (place && cues.ccs) return { kind: 'county', county: place.county, wants: cues.wants };
  if (cues.whoToCall && !cues.illinois) return { kind: 'countyNeeded' };

  const options = hits
    .filter((h) => h.score >= CLARIFY.minScore && h.coverage >= CLARIFY.minCoverage && h.score >= top.score * CLARIFY.relativeToTop)
    .slice(0, CLARIFY.max)
    .map((h) => ({ id: h.entry.id, title: h.entry.title[lang] }));
  return options.length ? { kind: 'clarify', options } : { kind: 'unknown' };
}

/** Hits in the message's language; people mix languages, so the other index gets a say when this one is unsure. */
function bestHits(text: string, lang: Lang): FaqHit[] {
  const own = searchFaq(text, lang);
  if (own[0] && isConfident(own[0], own[1])) return own;
  const other = searchFaq(text, lang === 'en' ? 'es' : 'en');
  return other[0] && isConfident(other[0], other[1]) ? other : own;
}

function isConfident(top: FaqHit, second: FaqHit | undefined): boolean {
  return (
    top.score >= CONFIDENT.minScore &&
    top.coverage >= CONFIDENT.minCoverage &&
    (!second || top.score >= second.score * CONFIDENT.minLead)
  );
}

/** Whether the message is just `phrase` plus words without meaning ("Bureau of Behavioral Health?"). */
function saysOnly(text: string, phrase: string): boolean {
  return fold(text)
    .replace(` ${phrase} `, ' ')
    .trim()
    .split(' ')
    .every((w) => !w || STOPWORDS.en.has(w) || STOPWORDS.es.has(w));
}
