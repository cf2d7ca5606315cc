import { clipText, textReply } from '../../src/bot/replies';
import { formatDate } from '../../src/referrals/businessDays';
import { rt } from '../../src/referrals/messages';
import { check, childNameSchema, conditionSchema, dateOfBirthSchema } from '../../src/referrals/validation';
import { childName, readCounty, readYesNoUnsure } from './answers';
import type { Field } from './questionTypes';
import { fieldNames } from './words';

/** About the child: name, date of birth, where they live and their condition. */
export const CHILD_FIELDS: Field[] = [
  {
    id: 'childName',
    label: 'labelChildName',
    freeText: true,
    applies: () => true,
    answered: (d) => d.childFirstName !== undefined && d.childLastName !== undefined,
    display: (d) => `${d.childFirstName ?? ''} ${d.childLastName ?? ''}`.trim(),
    names: fieldNames('childName'),
    ask: ({ lang }) => textReply(rt('childNameQuestion', lang), lang),
    parse: (text) => {
      const parsed = check(childNameSchema, text);
      return parsed.ok ? { ok: true, value: { childFirstName: parsed.value.firstName, childLastName: parsed.value.lastName } } : parsed;
    },
  },
  {
    id: 'dateOfBirth',
    label: 'labelDob',
    applies: () => true,
    answered: (d) => d.dateOfBirth !== undefined,
    display: (d, lang) => (d.dateOfBirth ? formatDate(d.dateOfBirth, lang) : ''),
    names: fieldNames('dateOfBirth'),
    ask: ({ lang, draft }) => textReply(rt('dobQuestion', lang, { name: childName(draft, lang) }), lang),
    parse: (text, { lang, today }) => {
      const parsed = check(dateOfBirthSchema(lang, today), text);
      return parsed.ok ? { ok: true, value: { dateOfBirth: parsed.value } } : parsed;
    },
  },
  {
    id: 'county',
    label: 'labelCounty',
    applies: () => true,
    answered: (d) => d.region === 'IL' || d.county !== undefined,
    display: (d, lang) => (d.region === 'IL' ? rt('illinois', lang) : (d.county ?? '')),
    names: fieldNames('county'),
    ask: ({ lang }) => textReply(rt('countyQuestion', lang), lang),
    parse: (text) => readCounty(text),
  },
  {
    id: 'condition',
    label: 'labelCondition',
    freeText: true,
    applies: () => true,
    answered: (d) => d.condition !== undefined,
    display: (d) => clipText(d.condition ?? '', 160),
    names: fieldNames('condition'),
    ask: ({ lang }) => textReply(rt('conditionQuestion', lang), lang),
    parse: (text) => {
      const parsed = check(conditionSchema, text);
      if (parsed.ok && readYesNoUnsure(text) && text.trim().split(/\s+/).length <= 2) return { ok: false, error: { key: 'conditionRetry' } };
      return parsed.ok ? { ok: true, value: { condition: parsed.value } } : parsed;
    },
  },
];
