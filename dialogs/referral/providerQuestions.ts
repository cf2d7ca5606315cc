import { choicesReply, textReply } from '../../src/bot/replies';
import { formatDate } from '../../src/referrals/businessDays';
import { rt } from '../../src/referrals/messages';
import type { ReferralDraft } from '../../src/referrals/model';
import { admissionDateSchema, check, faxSchema, formatPhone, npiSchema, practiceNameSchema } from '../../src/referrals/validation';
import { childName, fold, readYesNoUnsure, yesNoChoices, yesNoLabel, yesNoUnsureAnswer } from './answers';
import type { Field } from './questionTypes';
import { fieldNames } from './words';

const isProvider = (d: ReferralDraft) => d.role === 'provider';

/** Asked of providers only: the practice, NPI, fax, and an emergency admission with its date. */
export const PROVIDER_FIELDS: Field[] = [
  {
    id: 'practiceName',
    label: 'labelPractice',
    freeText: true,
    applies: isProvider,
    answered: (d) => d.practiceName !== undefined,
    display: (d) => d.practiceName ?? '',
    names: fieldNames('practiceName'),
    ask: ({ lang }) => textReply(rt('practiceQuestion', lang), lang),
    parse: (text) => {
      const parsed = check(practiceNameSchema, text);
      return parsed.ok ? { ok: true, value: { practiceName: parsed.value } } : parsed;
    },
  },
  {
    id: 'npi',
    label: 'labelNpi',
    applies: isProvider,
    answered: (d) => d.npi !== undefined,
    display: (d) => d.npi ?? '',
    names: fieldNames('npi'),
    ask: ({ lang }) => textReply(rt('npiQuestion', lang), lang),
    parse: (text) => {
      const parsed = check(npiSchema, text);
      return parsed.ok ? { ok: true, value: { npi: parsed.value } } : parsed;
    },
  },
  {
    id: 'fax',
    label: 'labelFax',
    applies: isProvider,
    answered: (d) => d.fax !== undefined,
    display: (d) => (d.fax ? formatPhone(d.fax) : ''),
    names: fieldNames('fax'),
    ask: ({ lang }) => textReply(rt('faxQuestion', lang), lang),
    parse: (text) => {
      const parsed = check(faxSchema, text);
      return parsed.ok ? { ok: true, value: { fax: parsed.value } } : parsed;
    },
  },
  {
    id: 'emergency',
    label: 'labelEmergency',
    applies: isProvider,
    answered: (d) => d.emergency !== undefined,
    display: (d, lang) => yesNoLabel(d.emergency, lang),
    names: fieldNames('emergency'),
    ask: ({ lang }) => choicesReply(rt('emergencyQuestion', lang), yesNoChoices(lang, false), lang),
    parse: (text) => {
      const answer = yesNoUnsureAnswer(text, false);
      return answer.ok ? { ok: true, value: { emergency: answer.value } } : answer;
    },
  },
  {
    id: 'admittedOn',
    label: 'labelAdmitted',
    applies: (d) => isProvider(d) && d.emergency === 'yes',
    answered: (d) => d.admittedOn !== undefined,
    display: (d, lang) => (d.admittedOn ? formatDate(d.admittedOn, lang) : ''),
    names: fieldNames('admittedOn'),
    ask: ({ lang, draft }) => textReply(rt('admittedQuestion', lang, { name: childName(draft, lang) }), lang),
    parse: (text, { lang, today }) => {
      // A bare "no" to "what day was the child admitted?" says there was no emergency admission: it answers the question.
      if (readYesNoUnsure(text) === 'no' && fold(text).split(' ').length <= 3) return { ok: true, value: { emergency: 'no' } };
      const parsed = check(admissionDateSchema(lang, today), text);
      return parsed.ok ? { ok: true, value: { admittedOn: parsed.value } } : parsed;
    },
  },
];
