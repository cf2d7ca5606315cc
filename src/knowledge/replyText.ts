import { contacts, type Contact, type County, type Lang } from '../content';

/**
 * Plain-text replies for counties and contacts. Every number is shown with where it came from
 * and when, so a parent can judge an old number; the runtime wraps this text in an SMS or a card.
 */

type Wants = 'phone' | 'fax' | 'both';
interface NumberSource {
  sourceName: string;
  sourceDate?: string;
  verified: string;
  confidence: 'seed' | 'high' | 'medium' | 'low';
}

const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
const WORDS = {
  en: { phone: 'phone', fax: 'fax', checked: 'checked', unverified: 'not verified, please confirm', noPhone: 'no phone number on file', noFax: 'no fax number on file' },
  es: { phone: 'teléfono', fax: 'fax', checked: 'revisado en', unverified: 'sin verificar, por favor confírmelo', noPhone: 'no tenemos teléfono', noFax: 'no tenemos número de fax' },
};
const directory = contacts.find((c) => c.id === 'dhcs-county-offices');

function monthYear(date: string, lang: Lang): string {
  const [year, month] = date.split('-');
  const name = MONTHS[lang][Number(month) - 1];
  return lang === 'en' ? `${name} ${year}` : `${name} de ${year}`;
}

/** "(Health Net notice 20-667, Sept 2020)"; a page without a date shows when it was checked. */
function cite(source: NumberSource, lang: Lang): string {
  const when = source.sourceDate ? monthYear(source.sourceDate, lang) : `${WORDS[lang].checked} ${monthYear(source.verified, lang)}`;
  const doubt = source.confidence === 'medium' || source.confidence === 'low' ? `; ${WORDS[lang].unverified}` : '';
  return `(${source.sourceName}, ${when}${doubt})`;
}

/** "phone X, fax Y" limited to what was asked, falling back to what exists. */
function numbers(entry: { phone?: string; fax?: string }, wants: Wants, lang: Lang, faxNote?: string): string {
  const w = WORDS[lang];
  const phone = entry.phone && `${w.phone} ${entry.phone}`;
  const fax = entry.fax && `${w.fax} ${entry.fax}${faxNote ? `, ${faxNote}` : ''}`;
  if (wants === 'phone') return phone ?? [w.noPhone, fax].join('; ');
  if (wants === 'fax') return fax ?? [w.noFax, phone].join('; ');
  return [phone, fax].filter(Boolean).join(', ');
}

/**
 * A county's CCS contact in one paragraph, e.g. "Kern County CCS: phone (661) 321-3000, fax
 * (661) 868-0268 (Health Net notice 20-667, Sept 2020)." Conflicting numbers are shown side by
 * side; a county without a checked number gets the DHCS directory and the child's health plan.
 */
export function countyContactText(county: County, wants: Wants, lang: Lang): string {
  const parts: string[] = [];
  const label = lang === 'en' ? `${county.name} County CCS` : `CCS del condado de ${county.name}`;
  const { office } = county;
  if (office) {
    parts.push(`${label}: ${numbers(office, wants, lang, office.note?.[lang])} ${cite(office, lang)}.`);
  } else {
    parts.push(
      lang === 'en'
        ? `We don't have a checked number for ${label} yet. Find the office in the state list: ${directory?.url}, or ask your child's health plan.`
        : `Todavía no tenemos un número verificado de ${label}. Busque la oficina en la lista del estado: ${directory?.url}, o pregunte al plan de salud de su hijo.`,
    );
  }
  for (const other of county.otherNumbers ?? []) {
    if ((wants === 'phone' && !other.phone) || (wants === 'fax' && !other.fax)) continue;
    const shown = numbers(other, wants === 'both' ? 'both' : wants, lang);
    parts.push(`${other.label[lang]}: ${shown} ${cite(other, lang)}.`);
  }
  if (county.wcm?.confidence === 'high') {
    const [main, ...others] = county.wcm.plans.map((p) => p.name);
    const plans = others.length ? `${main}; ${others.join(', ')} ${lang === 'en' ? 'for its own members' : 'para sus propios miembros'}` : main;
    parts.push(
      lang === 'en'
        ? `${county.name} County is a Whole Child Model county: the child's Medi-Cal plan (${plans}) does CCS case management.`
        : `El condado de ${county.name} es del Whole Child Model: el plan de Medi-Cal del niño (${plans}) hace el manejo de casos de CCS.`,
    );
  }
  return parts.join(' ');
}

/** A contact in one paragraph: name, how to reach it, and who it is for. */
export function contactText(contact: Contact, lang: Lang): string {
  const ways = [
    contact.phone,
    contact.fax && `${WORDS[lang].fax} ${contact.fax}`,
    contact.email,
    contact.url,
    contact.hours?.[lang],
  ].filter(Boolean);
  return `${contact.name[lang]}: ${ways.join(', ')}. ${contact.appliesTo[lang]}`;
}
