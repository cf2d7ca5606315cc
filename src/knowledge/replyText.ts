import { STATE_DIRECTORY_URL, type Contact, type County, type Lang } from '../content';

/**
 * Plain-text replies for counties and contacts. Every number is shown with where it came from
 * and the date its source shows (or "date not shown"), so a parent can judge an old number; the
 * runtime wraps this text in an SMS or a card.
 */

type Wants = 'phone' | 'fax' | 'both';
interface NumberSource {
  sourceName: { en: string; es: string };
  sourceDate?: string;
  confidence: 'seed' | 'high' | 'medium' | 'low';
}

const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
const WORDS = {
  en: {
    phone: 'phone',
    fax: 'fax',
    noDate: 'date not shown',
    unverified: 'not verified, please confirm',
    noPhone: 'no phone number on file',
    noFax: 'no fax number on file',
    address: 'Address',
    and: 'and',
  },
  es: {
    phone: 'teléfono',
    fax: 'fax',
    noDate: 'fecha no indicada',
    unverified: 'sin verificar, por favor confírmelo',
    noPhone: 'no tenemos teléfono',
    noFax: 'no tenemos número de fax',
    address: 'Dirección',
    and: 'y',
  },
};
/** The DHCS list of county CCS offices: where people go when we have no number for their county. */
export { STATE_DIRECTORY_URL };

function monthYear(date: string, lang: Lang): string {
  const [year, month] = date.split('-');
  const name = MONTHS[lang][Number(month) - 1];
  return lang === 'en' ? `${name} ${year}` : `${name} de ${year}`;
}

/** "(Health Net notice 20-667, Sept 2020)": the date printed on the source, or "date not shown"; never when we looked. */
function citation(source: NumberSource, lang: Lang): string {
  const when = source.sourceDate ? monthYear(source.sourceDate, lang) : WORDS[lang].noDate;
  const doubt = source.confidence === 'medium' || source.confidence === 'low' ? `; ${WORDS[lang].unverified}` : '';
  return `(${source.sourceName[lang]}, ${when}${doubt})`;
}

/** "phone X, fax Y" limited to what was asked, falling back to what exists; a note says what a line is. */
function numbers(entry: { phone?: string; fax?: string; phoneNote?: string; faxNote?: string }, wants: Wants, lang: Lang): string {
  const w = WORDS[lang];
  const phone = entry.phone && `${w.phone} ${entry.phone}${entry.phoneNote ? `, ${entry.phoneNote}` : ''}`;
  const fax = entry.fax && `${w.fax} ${entry.fax}${entry.faxNote ? `, ${entry.faxNote}` : ''}`;
  if (wants === 'phone') return phone ?? [w.noPhone, fax].join('; ');
  if (wants === 'fax') return fax ?? [w.noFax, phone].join('; ');
  return [phone, fax].filter(Boolean).join(entry.phoneNote || entry.faxNote ? '; ' : ', ');
}

/**
 * Every published fax for a county's CCS office, each with its source: "(619) 528-4087 (Health
 * Net notice 20-667, Sept 2020) and (858) 514-6514 (San Diego County CCS page, date not shown)".
 * Conflicting numbers are listed together, never one silently.
 */
export function officeFaxes(county: County, lang: Lang): string[] {
  const { office } = county;
  const alternatives = (county.otherNumbers ?? []).filter((o) => o.alternativeTo === 'fax' && o.fax);
  return [...(office?.fax ? [{ ...office, fax: office.fax }] : []), ...alternatives].map((o) => `${o.fax} ${citation(o, lang)}`);
}

/** "A and B", "A, B and C" in the language. */
export function listOf(items: string[], lang: Lang): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${WORDS[lang].and} ${items.at(-1)}`;
}

/**
 * A county's CCS contact in one paragraph, e.g. "Kern County CCS: phone (661) 321-3000 (Kern
 * County Public Health main line), fax (661) 868-0268 (Health Net notice 20-667, Sept 2020)."
 * Conflicting numbers are shown side by side; a county without a known number gets the DHCS
 * directory and the child's health plan.
 */
export function countyContactText(county: County, wants: Wants, lang: Lang): string {
  const parts: string[] = [];
  const label = lang === 'en' ? `${county.name} County CCS` : `CCS del condado de ${county.name}`;
  const { office } = county;
  // Nothing known, or no phone for someone who needs one (only a fax): say so and point to the state's directory.
  if (!office || (!office.phone && wants !== 'fax')) {
    const what = wants === 'fax' ? { en: 'fax number', es: 'número de fax' } : { en: 'phone number', es: 'número de teléfono' };
    parts.push(
      lang === 'en'
        ? `We don't have a confirmed ${what.en} for ${label}. Find the office in the state list: ${STATE_DIRECTORY_URL}, or ask your child's health plan.`
        : `No tenemos un ${what.es} confirmado de ${label}. Busque la oficina en la lista del estado: ${STATE_DIRECTORY_URL}, o pregunte al plan de salud de su hijo.`,
    );
  }
  if (office && (office.phone || wants !== 'phone')) {
    const notes = { phoneNote: office.phoneNote?.[lang], faxNote: office.faxNote?.[lang] };
    parts.push(`${label}: ${numbers({ ...office, ...notes }, office.phone ? wants : 'fax', lang)} ${citation(office, lang)}.`);
  }
  // The address goes with the full card: a message that asks for one number gets that number alone.
  if (office?.address && wants === 'both') parts.push(`${WORDS[lang].address}: ${office.address}.`);
  for (const other of county.otherNumbers ?? []) {
    if ((wants === 'phone' && !other.phone) || (wants === 'fax' && !other.fax)) continue;
    const shown = numbers(other, wants === 'both' ? 'both' : wants, lang);
    parts.push(`${other.label[lang]}: ${shown} ${citation(other, lang)}.`);
  }
  if (county.wcm?.confidence === 'high') {
    const [main, ...others] = county.wcm.plans;
    // A plan that joined later says since when ("since 2024 also Kaiser Permanente, for its own members").
    const later = others.map((p) =>
      lang === 'en'
        ? `since ${p.since.slice(0, 4)} also ${p.name}, for its own members`
        : `desde ${p.since.slice(0, 4)} también ${p.name}, para sus propios miembros`,
    );
    const plans = [main.name, ...later].join('; ');
    parts.push(
      lang === 'en'
        ? `${county.name} County is a Whole Child Model county: the child's Medi-Cal plan (${plans}) does CCS case management for its members.`
        : `El condado de ${county.name} es del Modelo Integral del Niño (Whole Child Model): el plan de Medi-Cal del niño (${plans}) hace el manejo de casos de CCS para sus miembros.`,
    );
  }
  return parts.join(' ');
}

/** A contact in one paragraph: name, how to reach it, and who it is for. */
export function contactText(contact: Contact, lang: Lang): string {
  const ways = [contact.phone, contact.fax && `${WORDS[lang].fax} ${contact.fax}`, contact.email, contact.url, contact.hours?.[lang]].filter(Boolean);
  return `${contact.name[lang]}: ${ways.join(', ')}. ${contact.appliesTo[lang]}`;
}
