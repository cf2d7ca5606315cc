import { choicesReply } from '../../src/bot/replies';
import { rt } from '../../src/referrals/messages';
import type { MediCal } from '../../src/referrals/model';
import { wholeChildModelPlans } from '../../src/referrals/routing';
import { childName, choice, choiceRetry, fold, option, readYesNoUnsure, titles, yesNoChoices, yesNoLabel, yesNoUnsureAnswer } from './answers';
import type { Field } from './questionTypes';
import { fieldNames, MEDI_CAL_WORDS, NO, OTHER_PLAN, UNSURE, YES } from './words';

const MEDI_CAL_OPTIONS: { value: MediCal; pattern: RegExp }[] = [
  { value: 'full', pattern: titles('mediCalFull') },
  { value: 'limited', pattern: titles('mediCalLimited') },
  { value: 'no', pattern: titles('mediCalNo') },
  { value: 'unsure', pattern: titles('unsure') },
  { value: 'unsure', pattern: UNSURE },
  { value: 'limited', pattern: MEDI_CAL_WORDS.limited },
  { value: 'full', pattern: MEDI_CAL_WORDS.full },
  { value: 'no', pattern: NO },
  { value: 'yes', pattern: YES },
];

/** Coverage: Medi-Cal and its scope, the Whole Child Model plan, whether the child is already open to CCS. */
export const COVERAGE_FIELDS: Field[] = [
  {
    id: 'mediCal',
    label: 'labelMediCal',
    applies: () => true,
    answered: (d) => d.mediCal !== undefined,
    display: (d, lang) =>
      rt(
        ({ full: 'mediCalFull', limited: 'mediCalLimited', yes: 'mediCalYesScopeUnknown', no: 'mediCalNo', unsure: 'unsure' } as const)[d.mediCal ?? 'unsure'],
        lang,
      ),
    names: fieldNames('mediCal'),
    ask: ({ lang, draft }) =>
      choicesReply(
        rt('mediCalQuestion', lang, { name: childName(draft, lang) }),
        [choice('mediCalFull', lang), choice('mediCalLimited', lang), choice('mediCalNo', lang), choice('unsure', lang)],
        lang,
      ),
    parse: (text) => {
      const mediCal = option(MEDI_CAL_OPTIONS, text);
      return mediCal ? { ok: true, value: { mediCal } } : choiceRetry();
    },
  },
  {
    // Whole Child Model counties only: the plan's care team is told about its own full-scope members.
    id: 'mediCalPlan',
    label: 'labelMediCalPlan',
    applies: (d) => d.region === 'CA' && d.mediCal === 'full' && wholeChildModelPlans(d.county).length > 0,
    answered: (d) => d.mediCalPlan === 'other' || d.mediCalPlan === 'unsure' || wholeChildModelPlans(d.county).includes(d.mediCalPlan ?? ''),
    display: (d, lang) => (d.mediCalPlan === 'other' ? rt('mediCalPlanOther', lang) : d.mediCalPlan === 'unsure' ? rt('unsure', lang) : (d.mediCalPlan ?? '')),
    names: fieldNames('mediCalPlan'),
    ask: ({ lang, draft, router }) =>
      choicesReply(
        rt('mediCalPlanQuestion', lang, { name: childName(draft, lang), county: draft.county ?? '' }),
        [...router.wholeChildModelPlans(draft.county).map((plan) => ({ title: plan, value: plan })), choice('mediCalPlanOther', lang), choice('unsure', lang)],
        lang,
      ),
    parse: (text, { draft, router }) => {
      const f = fold(text);
      const plan = router.planNamedIn(f, draft.county);
      if (plan) return { ok: true, value: { mediCalPlan: plan } };
      // Another county's plan ("kaiser" where Kaiser is not a Whole Child Model plan) is "another plan" here.
      if (titles('mediCalPlanOther').test(f) || router.planNamedIn(f) || OTHER_PLAN.test(f)) return { ok: true, value: { mediCalPlan: 'other' } };
      if (titles('unsure').test(f) || readYesNoUnsure(text) === 'unsure') return { ok: true, value: { mediCalPlan: 'unsure' } };
      return choiceRetry();
    },
  },
  {
    id: 'openToCcs',
    label: 'labelOpenToCcs',
    applies: () => true,
    answered: (d) => d.openToCcs !== undefined,
    display: (d, lang) => yesNoLabel(d.openToCcs, lang),
    names: fieldNames('openToCcs'),
    ask: ({ lang, draft }) => choicesReply(rt('openToCcsQuestion', lang, { name: childName(draft, lang) }), yesNoChoices(lang, true), lang),
    parse: (text) => {
      const answer = yesNoUnsureAnswer(text, true);
      return answer.ok ? { ok: true, value: { openToCcs: answer.value } } : answer;
    },
  },
];
