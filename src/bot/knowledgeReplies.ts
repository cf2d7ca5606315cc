import type { Activity } from 'botbuilder';
import { contactText, countyContactText, faqById, type KnowledgeAnswer } from '../knowledge';
import { t, type Lang } from '../i18n';
import { choicesReply, contactReply, textReply } from './replies';
import { contacts } from '../content';

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
      const { county, wants } = result;
      return [
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
