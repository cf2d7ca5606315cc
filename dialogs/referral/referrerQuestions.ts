import { choicesReply, textReply } from '../../src/bot/replies';
import { rt } from '../../src/referrals/messages';
import type { ReferrerRole } from '../../src/referrals/model';
import { check, personNameSchema } from '../../src/referrals/validation';
import { choice, choiceRetry, option, titles } from './answers';
import type { Field } from './questionTypes';
import { fieldNames, ROLE_WORDS } from './words';

const ROLE_OPTIONS: { value: ReferrerRole; pattern: RegExp }[] = [
  { value: 'parent', pattern: titles('roleParent') },
  { value: 'provider', pattern: titles('roleProvider') },
  { value: 'other', pattern: titles('roleOther') },
  { value: 'other', pattern: ROLE_WORDS.other },
  { value: 'parent', pattern: ROLE_WORDS.parent },
  { value: 'provider', pattern: ROLE_WORDS.provider },
];

/** Who is making the referral: their role and their name. */
export const REFERRER_FIELDS: Field[] = [
  {
    id: 'role',
    label: 'labelRole',
    applies: () => true,
    answered: (d) => d.role !== undefined,
    display: (d, lang) => rt(d.role === 'parent' ? 'roleParent' : d.role === 'provider' ? 'roleProvider' : 'roleOther', lang),
    names: fieldNames('role'),
    ask: ({ lang }) => choicesReply(rt('roleQuestion', lang), [choice('roleParent', lang), choice('roleProvider', lang), choice('roleOther', lang)], lang),
    parse: (text) => {
      const role = option(ROLE_OPTIONS, text);
      return role ? { ok: true, value: { role } } : choiceRetry();
    },
  },
  {
    id: 'referrerName',
    label: 'labelReferrerName',
    freeText: true,
    applies: () => true,
    answered: (d) => d.referrerName !== undefined,
    display: (d) => d.referrerName ?? '',
    names: fieldNames('referrerName'),
    ask: ({ lang, draft }) => textReply(rt(draft.role === 'provider' ? 'referrerNameQuestionProvider' : 'referrerNameQuestion', lang), lang),
    parse: (text) => {
      const parsed = check(personNameSchema, text);
      return parsed.ok ? { ok: true, value: { referrerName: parsed.value } } : parsed;
    },
  },
];
