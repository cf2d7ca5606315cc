import { choicesReply } from '../../src/bot/replies';
import { routeInput } from '../../src/referrals/intake';
import { rt } from '../../src/referrals/messages';
import type { ReferralDraft } from '../../src/referrals/model';
import { check, usPhoneSchema } from '../../src/referrals/validation';
import { choice, choiceRetry, fold, readCounty, readYesNoUnsure, titles } from './answers';
import { fieldNamedIn, summaryFields } from './fields';
import type { FieldId, Question } from './questionTypes';
import { CHANGE, CONSENT_DECLINE, CONSENT_SHARE, NO, PURE_YES, REPLY_IN_CHAT, RESUME_CONTINUE, RESUME_RESTART, SEND, SKIP_COUNTY, YES } from './words';

/** The questions that are not draft fields: the summary, which answer to change, consent, resuming after a pause, and the handoff's two. */
export type ReviewAnswer = { action: 'confirm' } | { action: 'change'; field?: FieldId };

export const REVIEW_QUESTIONS = {
  review: {
    ask: ({ lang, draft }) => {
      const lines = summaryFields(draft).map((f) => `• ${rt(f.label, lang)}: ${f.display(draft, lang)}`);
      const text = [rt('summaryIntro', lang), lines.join('\n'), rt('summaryQuestion', lang)].join('\n\n');
      return choicesReply(text, [choice('summaryConfirm', lang), choice('summaryChange', lang)], lang);
    },
    parse: (text, { draft }) => {
      const f = fold(text);
      if (titles('summaryConfirm').test(f)) return { ok: true, value: { action: 'confirm' } };
      if (titles('summaryChange').test(f)) return { ok: true, value: { action: 'change' } };
      if (PURE_YES.test(f)) return { ok: true, value: { action: 'confirm' } };
      const field = fieldNamedIn(text, draft);
      if (field) return { ok: true, value: { action: 'change', field: field.id } };
      if (CHANGE.test(f) || NO.test(f)) return { ok: true, value: { action: 'change' } };
      if (YES.test(f) || SEND.test(f)) return { ok: true, value: { action: 'confirm' } };
      return choiceRetry();
    },
  } satisfies Question<ReviewAnswer>,

  pickField: {
    ask: ({ lang, draft }) => {
      const choices = summaryFields(draft).map((f) => ({ title: rt(f.label, lang), value: rt(f.label, lang) }));
      return choicesReply(rt('pickFieldQuestion', lang), choices, lang);
    },
    parse: (text, { draft }) => {
      const field = fieldNamedIn(text, draft);
      return field ? { ok: true, value: field.id } : choiceRetry();
    },
  } satisfies Question<FieldId>,

  consent: {
    ask: ({ lang, draft, router }) => {
      const route = routeInput(draft);
      const destination = [router.route(route), ...router.planTeams(route)].map((q) => q.name[lang]).join(rt('consentAnd', lang));
      return choicesReply(rt('consentQuestion', lang, { destination }), [choice('consentYes', lang), choice('consentNo', lang)], lang);
    },
    parse: (text) => {
      const f = fold(text);
      if (titles('consentYes').test(f)) return { ok: true, value: true };
      if (titles('consentNo').test(f)) return { ok: true, value: false };
      const answer = readYesNoUnsure(text);
      if (answer === 'yes') return { ok: true, value: true };
      if (answer === 'no' || CONSENT_DECLINE.test(f)) return { ok: true, value: false };
      if (answer !== 'unsure' && CONSENT_SHARE.test(f)) return { ok: true, value: true };
      return choiceRetry();
    },
  } satisfies Question<boolean>,

  resume: {
    ask: ({ lang }) => choicesReply(rt('resumeQuestion', lang), [choice('resumeContinue', lang), choice('resumeRestart', lang)], lang),
    parse: (text) => {
      const f = fold(text);
      if (titles('resumeContinue').test(f) || RESUME_CONTINUE.test(f)) return { ok: true, value: 'continue' };
      if (titles('resumeRestart').test(f) || RESUME_RESTART.test(f)) return { ok: true, value: 'restart' };
      return choiceRetry();
    },
  } satisfies Question<'continue' | 'restart'>,

  handoffCounty: {
    ask: ({ lang }) => choicesReply(rt('handoffCountyQuestion', lang), [choice('unsure', lang)], lang),
    parse: (text) => {
      const county = readCounty(text);
      if (county.ok) return county;
      if (readYesNoUnsure(text) === 'unsure' || titles('unsure').test(fold(text)) || SKIP_COUNTY.test(fold(text))) {
        return { ok: true, value: { countyUnknown: true } };
      }
      return { ok: false, error: { key: 'handoffCountyRetry' } };
    },
  } satisfies Question<Partial<ReferralDraft>>,

  handoffPhone: {
    ask: ({ lang }) => choicesReply(rt('handoffPhoneQuestion', lang), [choice('handoffReplyHere', lang)], lang),
    parse: (text) => {
      if (titles('handoffReplyHere').test(fold(text)) || REPLY_IN_CHAT.test(fold(text))) return { ok: true, value: { replyInChat: true } };
      const parsed = check(usPhoneSchema, text);
      return parsed.ok ? { ok: true, value: { phone: parsed.value } } : parsed;
    },
  } satisfies Question<Partial<ReferralDraft>>,
} satisfies Record<string, Question<unknown>>;
