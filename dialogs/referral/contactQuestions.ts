import { choicesReply, textReply } from '../../src/bot/replies';
import type { Lang } from '../../src/i18n';
import { rt } from '../../src/referrals/messages';
import type { ReferralDraft } from '../../src/referrals/model';
import { check, formatPhone, otherLanguageSchema, usPhoneSchema } from '../../src/referrals/validation';
import { choice, choiceRetry, fold, option, readYesNoUnsure, titles, yesNoChoices, yesNoUnsureAnswer } from './answers';
import type { Field } from './questionTypes';
import { fieldNames, LANGUAGE_WORDS, THIS_NUMBER } from './words';

const LANGUAGE_OPTIONS: { value: 'en' | 'es' | 'other'; pattern: RegExp }[] = [
  { value: 'en', pattern: titles('languageEnglish') },
  { value: 'es', pattern: titles('languageSpanish') },
  { value: 'other', pattern: titles('languageOther') },
  { value: 'en', pattern: LANGUAGE_WORDS.en },
  { value: 'es', pattern: LANGUAGE_WORDS.es },
  { value: 'other', pattern: LANGUAGE_WORDS.other },
];

function languageName(draft: ReferralDraft, lang: Lang): string {
  if (draft.preferredLanguage === 'other') return draft.preferredLanguageOther ?? rt('languageOther', lang);
  return draft.preferredLanguage ? rt(draft.preferredLanguage === 'en' ? 'languageNameEn' : 'languageNameEs', lang) : '';
}

/** How the office reaches the person: phone, preferred language, updates. */
export const CONTACT_FIELDS: Field[] = [
  {
    id: 'phone',
    label: 'labelPhone',
    applies: () => true,
    answered: (d) => d.phone !== undefined,
    display: (d) => (d.phone ? formatPhone(d.phone) : ''),
    names: fieldNames('phone'),
    ask: ({ lang, traits: { callerId } }) =>
      callerId
        ? choicesReply(rt('phoneQuestionCaller', lang), [choice('phoneThisNumber', lang, { phone: formatPhone(callerId) })], lang)
        : textReply(rt('phoneQuestion', lang), lang),
    parse: (text, { traits: { callerId } }) => {
      if (callerId && (titles('phoneThisNumber').test(fold(text)) || THIS_NUMBER.test(fold(text)) || readYesNoUnsure(text) === 'yes')) {
        return { ok: true, value: { phone: callerId } };
      }
      const parsed = check(usPhoneSchema, text);
      return parsed.ok ? { ok: true, value: { phone: parsed.value } } : parsed;
    },
  },
  {
    id: 'preferredLanguage',
    label: 'labelLanguage',
    usesLanguageHint: true,
    applies: () => true,
    answered: (d) => d.preferredLanguage !== undefined,
    display: (d, lang) => languageName(d, lang),
    names: fieldNames('preferredLanguage'),
    ask: ({ lang, languageHint }) =>
      languageHint
        ? choicesReply(
            rt('languageConfirm', lang, { language: rt(languageHint === 'en' ? 'languageNameEn' : 'languageNameEs', lang) }),
            [choice('yes', lang), choice('languageOther', lang)],
            lang,
          )
        : choicesReply(rt('languageQuestion', lang), [choice('languageEnglish', lang), choice('languageSpanish', lang), choice('languageOther', lang)], lang),
    parse: (text, { languageHint }) => {
      if (languageHint && readYesNoUnsure(text) === 'yes') return { ok: true, value: { preferredLanguage: languageHint } };
      const preferredLanguage = option(LANGUAGE_OPTIONS, text);
      return preferredLanguage ? { ok: true, value: { preferredLanguage } } : choiceRetry();
    },
  },
  {
    id: 'preferredLanguageOther',
    label: 'labelLanguage',
    usesLanguageHint: true,
    applies: (d) => d.preferredLanguage === 'other',
    answered: (d) => d.preferredLanguageOther !== undefined,
    display: (d, lang) => languageName(d, lang),
    names: fieldNames('preferredLanguageOther'),
    ask: ({ lang, languageHint }) =>
      languageHint
        ? choicesReply(
            rt('languageConfirm', lang, { language: rt(languageHint === 'en' ? 'languageNameEn' : 'languageNameEs', lang) }),
            [choice('yes', lang), choice('no', lang)],
            lang,
          )
        : textReply(rt('otherLanguageQuestion', lang), lang),
    parse: (text, { languageHint }) => {
      if (languageHint && readYesNoUnsure(text) === 'yes') return { ok: true, value: { preferredLanguage: languageHint, preferredLanguageOther: undefined } };
      const known = option(LANGUAGE_OPTIONS.slice(3, 5), text);
      if (known === 'en' || known === 'es') return { ok: true, value: { preferredLanguage: known, preferredLanguageOther: undefined } };
      const parsed = check(otherLanguageSchema, text);
      return parsed.ok ? { ok: true, value: { preferredLanguageOther: parsed.value } } : parsed;
    },
  },
  {
    id: 'updatesOptIn',
    label: 'labelUpdates',
    applies: () => true,
    answered: (d) => d.updatesOptIn !== undefined,
    display: (d, lang) => rt(d.updatesOptIn ? 'yes' : 'no', lang),
    names: fieldNames('updatesOptIn'),
    // Updates reach a caller by text, anyone else in this chat.
    ask: ({ lang, traits }) => choicesReply(rt(traits.callerId ? 'updatesQuestionText' : 'updatesQuestionChat', lang), yesNoChoices(lang, false), lang),
    parse: (text) => {
      const answer = yesNoUnsureAnswer(text, false);
      return answer.ok ? { ok: true, value: { updatesOptIn: answer.value === 'yes' } } : answer;
    },
  },
];
