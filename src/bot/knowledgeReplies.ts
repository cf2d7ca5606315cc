import type { Activity } from 'botbuilder';
import { contactText, countyContactText, faqById, type KnowledgeAnswer } from '../knowledge';
import { t, type Lang } from '../i18n';
import { choicesReply, contactReply, textReply } from './replies';
import { contacts, counties } from '../content';

/**
 * Turns a knowledge-base result into replies. Returns no replies for results the caller must
 * handle itself (`countyNeeded`, `unknown`).
 */
export function knowledgeReplies(result: KnowledgeAnswer, lang: Lang): Partial<Activity>[] {
  switch (result.kind) {
    case 'faq': {
      const cards = (result.entry.contactIds ?? []).flatMap((id) => {
        const contact = contacts.find((c) => c.id === id);
        return contact ? [contactReply({ title: contact.name[lang], lines: [contactText(contact, lang)], phone: contact.phone, url: contact.url }, lang)] : [];
      });
      return [textReply(result.entry.answer[lang], lang), ...cards];
    }
    case 'county': {
      const { county, wants, otherOrganization } = result;
      return [
        ...(otherOrganization ? [textReply(t('otherOrganizationCounty', lang, { organization: otherOrganization.name[lang], county: county.name }), lang)] : []),
        contactReply(
          { title: t('countyCardTitle', lang, { county: county.name }), lines: [countyContactText(county, wants, lang)], phone: county.office?.phone },
          lang,
        ),
      ];
    }
    case 'contact': {
      const { contact } = result;
      return [contactReply({ title: contact.name[lang], lines: [contactText(contact, lang)], phone: contact.phone, url: contact.url }, lang)];
    }
    case 'clarify': {
      const choices = result.options.flatMap((o) => {
        const entry = faqById(o.id);
        return entry ? [{ title: o.title, value: entry.questions[lang][0] }] : [];
      });
      return [choicesReply(t('didYouMean', lang), [...choices, { title: t('menuHuman', lang), value: t('menuHuman', lang) }], lang)];
    }
    default:
      return [];
  }
}

/**
 * How to reach the office that has a referral or handoff: the county's CCS card (its number with
 * source and date, or the state directory when none is known), the Illinois team's contact, or
 * nothing when the county is unknown.
 */
export function officeReplies(where: { region: 'CA' | 'IL'; county?: string }, wants: 'phone' | 'fax' | 'both', lang: Lang): Partial<Activity>[] {
  const county = where.region === 'CA' && where.county ? counties.find((c) => c.name === where.county) : undefined;
  if (county) return knowledgeReplies({ kind: 'county', county, wants }, lang);
  const illinois = where.region === 'IL' ? contacts.find((c) => c.id === 'il-bbh') : undefined;
  return illinois ? knowledgeReplies({ kind: 'contact', contact: illinois }, lang) : [];
}
