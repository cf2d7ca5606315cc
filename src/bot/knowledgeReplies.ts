import type { Activity } from 'botbuilder-core';
import { contactText, countyContactText, faqById, type KnowledgeAnswer } from '../knowledge';
import { t, type Lang, type MessageKey } from '../i18n';
import { choicesReply, contactReply, textReply, type Choice } from './replies';
import { contacts, counties, type County, type FaqEntry } from '../content';

/**
 * Turns a knowledge-base result into replies. Returns no replies for results the caller must
 * handle itself (`countyNeeded`, past the state's directory when asked how to find the office; `unknown`). `inIntake`: asked in the middle of a referral intake.
 */
export function knowledgeReplies(result: KnowledgeAnswer, lang: Lang, { inIntake = false }: { inIntake?: boolean } = {}): Partial<Activity>[] {
  switch (result.kind) {
    case 'faq': {
      // Composed from topic + place: the age the message gives, each part of a two-part question
      // with its contacts, the county's office card, then the intake when the question was how to refer.
      const parts = [result.entry, ...(result.also ? [result.also] : [])];
      return [
        ...(result.age !== undefined ? [textReply(t(ageKey(result.age), lang, { age: result.age }), lang)] : []),
        ...parts.flatMap((entry) => [textReply(entry.answer[lang], lang), ...contactCards(entry, lang)]),
        ...(result.county ? [countyCard(result.county, 'both', lang, result)] : []),
        // Inside an intake the referral is already under way: no offer to start one.
        ...(!inIntake && parts.some((entry) => OFFERS_INTAKE.has(entry.id)) ? [intakeOffer(lang)] : []),
      ];
    }
    case 'county': {
      const { county, wants, otherOrganization } = result;
      return [
        ...(otherOrganization
          ? [textReply(t('otherOrganizationCounty', lang, { organization: otherOrganization.name[lang], county: county.name }), lang)]
          : []),
        countyCard(county, wants, lang, result),
      ];
    }
    case 'noInfo': {
      const { county } = result;
      const text = county ? t('noInfoCounty', lang, { county: county.name }) : t('noInfo', lang);
      return [choicesReply(text, [personChoice(lang)], lang), ...(county ? [countyCard(county, 'both', lang)] : [])];
    }
    case 'countyNeeded':
      // The caller asks for the county; how to find the office on one's own goes first when that was the question.
      return result.directory ? knowledgeReplies({ kind: 'contact', contact: result.directory }, lang) : [];
    case 'contact': {
      const { contact } = result;
      return [contactReply({ title: contact.name[lang], lines: [contactText(contact, lang)], phone: contact.phone, url: contact.url }, lang)];
    }
    case 'clarify': {
      const choices = result.options.flatMap((o) => {
        const entry = faqById(o.id);
        return entry ? [{ title: o.title, value: entry.questions[lang][0] }] : [];
      });
      return [choicesReply(t('didYouMean', lang), [...choices, personChoice(lang)], lang)];
    }
    default:
      return [];
  }
}

/** After these answers the bot offers to take the referral itself (it answers first; it never starts the form unasked). */
const OFFERS_INTAKE = new Set(['refer-how']);

function personChoice(lang: Lang): Choice {
  return { title: t('menuHuman', lang), value: t('menuHuman', lang) };
}

function intakeOffer(lang: Lang): Partial<Activity> {
  return choicesReply(t('offerIntake', lang), [{ title: t('menuRefer', lang), value: t('menuRefer', lang) }, personChoice(lang)], lang);
}

function contactCards(entry: FaqEntry, lang: Lang): Partial<Activity>[] {
  return (entry.contactIds ?? []).flatMap((id) => {
    const contact = contacts.find((c) => c.id === id);
    return contact ? [contactReply({ title: contact.name[lang], lines: [contactText(contact, lang)], phone: contact.phone, url: contact.url }, lang)] : [];
  });
}

/**
 * The county's office card; with `designation`, its independent/dependent status as our sources
 * give it; with `wcmStatus`, whether it is a Whole Child Model county (the office text already
 * names a well-sourced county's plan).
 */
function countyCard(
  county: County,
  wants: 'phone' | 'fax' | 'both',
  lang: Lang,
  { designation, wcmStatus }: { designation?: boolean; wcmStatus?: boolean } = {},
): Partial<Activity> {
  const wcmKey = !wcmStatus || county.wcm?.confidence === 'high' ? undefined : county.wcm ? 'countyWcmUnconfirmed' : 'countyNotWcm';
  const lines = [
    countyContactText(county, wants, lang),
    ...(designation ? [t(designationKey(county), lang, { county: county.name })] : []),
    ...(wcmKey ? [t(wcmKey, lang, { county: county.name })] : []),
  ];
  return contactReply({ title: t('countyCardTitle', lang, { county: county.name }), lines, phone: county.office?.phone }, lang);
}

function designationKey(county: County): MessageKey {
  if (county.designationConfidence === 'explicit') return county.designation === 'dependent' ? 'countyDependent' : 'countyIndependent';
  return county.designation === 'independent' && county.designationConfidence === 'inferred' ? 'countyIndependentInferred' : 'countyDesignationUnknown';
}

function ageKey(age: number): MessageKey {
  return age < 21 ? 'ageUnderLimit' : age === 21 ? 'ageAtLimit' : 'agePastLimit';
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
