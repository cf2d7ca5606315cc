import type { Activity } from 'botbuilder';
import { findCounty } from '../../src/knowledge';
import { choicesReply, clipText, textReply, type Choice } from '../../src/bot/replies';
import { t, type Lang } from '../../src/i18n';
import { normalize } from '../../src/nlu/intents';
import { formatDate } from '../../src/referrals/businessDays';
import { routeInput } from '../../src/referrals/intake';
import { rt, type ReferralMessageKey } from '../../src/referrals/messages';
import type { MediCal, ReferralDraft, ReferrerRole, YesNoUnsure } from '../../src/referrals/model';
import type { ConversationTraits } from '../../src/channels/verifiedChannel';
import { wholeChildModelPlans, type Router } from '../../src/referrals/routing';
import {
  admissionDateSchema,
  check,
  childNameSchema,
  conditionSchema,
  dateOfBirthSchema,
  faxSchema,
  formatPhone,
  npiSchema,
  otherLanguageSchema,
  personNameSchema,
  practiceNameSchema,
  usPhoneSchema,
  type FieldParse,
} from '../../src/referrals/validation';

/**
 * Every question the referral intake and a handoff ask, each with its validator beside it. A
 * question knows how to ask itself (replies neutral to how they are shown; choices become
 * "Reply 1 for ..." in a text), how to read an answer in English or Spanish, and, for draft fields, how the summary shows
 * the answer and which words name it in a correction ("change the county", "cambiar el condado").
 */

export interface AskContext {
  lang: Lang;
  /** Who the conversation is with; its caller id is the number an SMS arrives from (E.164). */
  traits: ConversationTraits;
  draft: ReferralDraft;
  /** Today in California (ISO). */
  today: string;
  router: Router;
  /** A language the person just named ("Spanish") while this question was open. */
  languageHint?: Lang;
}

export interface Question<T = unknown> {
  ask(ctx: AskContext): Partial<Activity>;
  parse(text: string, ctx: AskContext): FieldParse<T>;
  /** Free text (names, condition): a question typed here is answered from the knowledge base rather than taken as the answer. */
  freeText?: boolean;
  /** Re-asks with the hint when the person names a language while this question is open. */
  usesLanguageHint?: boolean;
}

/** Intake fields in the order they are asked; each is a key of the draft (or two, for the name). */
export const FIELD_IDS = [
  'role',
  'referrerName',
  'childName',
  'dateOfBirth',
  'county',
  'condition',
  'mediCal',
  'mediCalPlan',
  'openToCcs',
  'practiceName',
  'npi',
  'fax',
  'emergency',
  'admittedOn',
  'phone',
  'preferredLanguage',
  'preferredLanguageOther',
  'updatesOptIn',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

export interface Field extends Question<Partial<ReferralDraft>> {
  id: FieldId;
  /** Summary label; also the title of the field in "what would you like to change?". */
  label: ReferralMessageKey;
  applies(draft: ReferralDraft): boolean;
  answered(draft: ReferralDraft): boolean;
  display(draft: ReferralDraft, lang: Lang): string;
  /** Folded words that name this field in a correction. */
  names: RegExp;
}

// ---------------------------------------------------------------------------------------------
// Reading answers

/** Lowercase, no accents, no punctuation, hyphens as spaces: what answer patterns match against. */
export function fold(text: string): string {
  return normalize(text).replace(/[-–/]/g, ' ').replace(/\s+/g, ' ').trim();
}

const YES = /^(yes|y|yeah|yea|yep|yup|sure|ok|okay|of course|correct|right|that s right|its right|it s right|si|sip|claro|por supuesto|correcto|afirmativo|dale|esta bien|de acuerdo|asi es)\b/;
const NO = /^(no|n|nope|nah|not really|negativo|para nada)\b/;
const UNSURE = /\b(not sure|unsure|dont know|don t know|do not know|idk|no idea|no se|no lo se|no estoy segur[oa]|maybe|quizas|tal vez|ni idea)\b/;

export function readYesNoUnsure(text: string): YesNoUnsure | undefined {
  const f = fold(text);
  if (UNSURE.test(f)) return 'unsure';
  if (YES.test(f)) return 'yes';
  if (NO.test(f)) return 'no';
  return undefined;
}

function option<T>(choices: { value: T; pattern: RegExp }[], text: string): T | undefined {
  const f = fold(text);
  return choices.find((c) => c.pattern.test(f))?.value;
}

/** A choice whose value is its title in the person's language. */
function choice(key: ReferralMessageKey, lang: Lang, vars?: Record<string, string>): Choice {
  const title = rt(key, lang, vars);
  return { title, value: title };
}

/** Pattern matching a message that is exactly one of these titles, in either language. */
function titles(...keys: ReferralMessageKey[]): RegExp {
  const all = keys.flatMap((k) => (['en', 'es'] as Lang[]).map((lang) => fold(rt(k, lang, { phone: '' }).replace(/\(\s*\)/, ''))));
  return new RegExp(`^(${all.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);
}

const choiceRetry = (): FieldParse<never> => ({ ok: false, error: { key: 'choiceRetry' } });

function yesNoUnsureAnswer(text: string, withUnsure: boolean): FieldParse<YesNoUnsure> {
  const answer = readYesNoUnsure(text) ?? option([{ value: 'yes' as const, pattern: titles('yes') }, { value: 'no' as const, pattern: titles('no') }], text);
  if (!answer || (answer === 'unsure' && !withUnsure)) return choiceRetry();
  return { ok: true, value: answer };
}

function yesNoChoices(lang: Lang, withUnsure: boolean): Choice[] {
  return [choice('yes', lang), choice('no', lang), ...(withUnsure ? [choice('unsure', lang)] : [])];
}

function yesNoLabel(value: YesNoUnsure | undefined, lang: Lang): string {
  return value ? rt(value === 'yes' ? 'yes' : value === 'no' ? 'no' : 'unsure', lang) : '';
}

function childName(draft: ReferralDraft, lang: Lang): string {
  return draft.childFirstName ?? rt('theChild', lang);
}

// ---------------------------------------------------------------------------------------------
// The intake fields

const isProvider = (d: ReferralDraft) => d.role === 'provider';

const ROLE_OPTIONS: { value: ReferrerRole; pattern: RegExp }[] = [
  { value: 'parent', pattern: titles('roleParent') },
  { value: 'provider', pattern: titles('roleProvider') },
  { value: 'other', pattern: titles('roleOther') },
  {
    value: 'other',
    pattern: /\b(social worker|trabajador[a]? social|case manager|teacher|school|maestr[oa]|escuela|friend|amig[oa]|neighbor|vecin[oa]|myself|yo mism[oa]|patient|paciente|someone else|otra persona|other)\b/,
  },
  {
    value: 'parent',
    pattern: /\b(parent|guardian|mom|mother|mum|dad|father|mama|papa|padre|madre|tutor[a]?|grand(ma|mother|pa|father|parent)|abuel[oa]|foster|family|familia|aunt|uncle|ti[oa])\b/,
  },
  {
    value: 'provider',
    pattern: /\b(provider|doctor|dr|physician|nurse|np|pa|clinic|hospital|pediatrician|medical office|office staff|proveedor[a]?|medic[oa]|doctora|enfermer[oa]|clinica|pediatra|consultorio)\b/,
  },
];

const MEDI_CAL_OPTIONS: { value: MediCal; pattern: RegExp }[] = [
  { value: 'full', pattern: titles('mediCalFull') },
  { value: 'limited', pattern: titles('mediCalLimited') },
  { value: 'no', pattern: titles('mediCalNo') },
  { value: 'unsure', pattern: titles('unsure') },
  { value: 'unsure', pattern: UNSURE },
  { value: 'limited', pattern: /\b(limited|restricted|emergency only|limitad[oa]|restringid[oa]|solo emergencias)\b/ },
  { value: 'full', pattern: /\b(full|full scope|completo|completa|alcance completo|cobertura completa|complete)\b/ },
  { value: 'no', pattern: NO },
  { value: 'yes', pattern: YES },
];

const LANGUAGE_OPTIONS: { value: 'en' | 'es' | 'other'; pattern: RegExp }[] = [
  { value: 'en', pattern: titles('languageEnglish') },
  { value: 'es', pattern: titles('languageSpanish') },
  { value: 'other', pattern: titles('languageOther') },
  { value: 'en', pattern: /^(english|ingles|en ingles|in english)\b/ },
  { value: 'es', pattern: /^(spanish|espanol|en espanol|castellano|in spanish)\b/ },
  { value: 'other', pattern: /^(other|another|otro)\b/ },
];

function languageName(draft: ReferralDraft, lang: Lang): string {
  if (draft.preferredLanguage === 'other') return draft.preferredLanguageOther ?? rt('languageOther', lang);
  return draft.preferredLanguage ? rt(draft.preferredLanguage === 'en' ? 'languageNameEn' : 'languageNameEs', lang) : '';
}

const fields: Field[] = [
  {
    id: 'role',
    label: 'labelRole',
    applies: () => true,
    answered: (d) => d.role !== undefined,
    display: (d, lang) => rt(d.role === 'parent' ? 'roleParent' : d.role === 'provider' ? 'roleProvider' : 'roleOther', lang),
    names: /\b(who|role|referring|referrer|quien|rol)\b/,
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
    names: /\b(my name|your name|mi nombre|su nombre|referrer)\b/,
    ask: ({ lang, draft }) => textReply(rt(draft.role === 'provider' ? 'referrerNameQuestionProvider' : 'referrerNameQuestion', lang), lang),
    parse: (text) => {
      const parsed = check(personNameSchema, text);
      return parsed.ok ? { ok: true, value: { referrerName: parsed.value } } : parsed;
    },
  },
  {
    id: 'childName',
    label: 'labelChildName',
    freeText: true,
    applies: () => true,
    answered: (d) => d.childFirstName !== undefined && d.childLastName !== undefined,
    display: (d) => `${d.childFirstName ?? ''} ${d.childLastName ?? ''}`.trim(),
    names: /\b(child s name|childs name|child|name|first name|last name|nombre|apellido|nino|nina|hijo|hija)\b/,
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
    names: /\b(date of birth|birth ?date|birthday|dob|born|fecha de nacimiento|nacimiento|cumpleanos|nacio)\b/,
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
    names: /\b(county|condado|city|ciudad|zip|codigo postal|where|donde)\b/,
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
    names: /\b(condition|diagnosis|diagnostico|condicion|enfermedad|health|salud|problem|problema)\b/,
    ask: ({ lang }) => textReply(rt('conditionQuestion', lang), lang),
    parse: (text) => {
      const parsed = check(conditionSchema, text);
      if (parsed.ok && readYesNoUnsure(text) && text.trim().split(/\s+/).length <= 2) return { ok: false, error: { key: 'conditionRetry' } };
      return parsed.ok ? { ok: true, value: { condition: parsed.value } } : parsed;
    },
  },
  {
    id: 'mediCal',
    label: 'labelMediCal',
    applies: () => true,
    answered: (d) => d.mediCal !== undefined,
    display: (d, lang) =>
      rt(({ full: 'mediCalFull', limited: 'mediCalLimited', yes: 'mediCalYesScopeUnknown', no: 'mediCalNo', unsure: 'unsure' } as const)[d.mediCal ?? 'unsure'], lang),
    names: /\b(medi ?cal|medical|medicaid)\b/,
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
    names: /\b(plan|health plan|plan de salud|plan de medi ?cal)\b/,
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
      if (titles('mediCalPlanOther').test(f) || router.planNamedIn(f) || /\b(other|another|otro|different|diferente)\b/.test(f)) return { ok: true, value: { mediCalPlan: 'other' } };
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
    names: /\b(open to ccs|already|ccs case|ccs services|ya tiene|abierto|caso)\b/,
    ask: ({ lang, draft }) => choicesReply(rt('openToCcsQuestion', lang, { name: childName(draft, lang) }), yesNoChoices(lang, true), lang),
    parse: (text) => {
      const answer = yesNoUnsureAnswer(text, true);
      return answer.ok ? { ok: true, value: { openToCcs: answer.value } } : answer;
    },
  },
  {
    id: 'practiceName',
    label: 'labelPractice',
    freeText: true,
    applies: isProvider,
    answered: (d) => d.practiceName !== undefined,
    display: (d) => d.practiceName ?? '',
    names: /\b(practice|clinic|hospital|office name|consultorio|clinica)\b/,
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
    names: /\bnpi\b/,
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
    names: /\bfax\b/,
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
    names: /\b(emergency|emergencia)\b/,
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
    names: /\b(admission|admitted|admision|ingreso|admitid[oa]|internad[oa])\b/,
    ask: ({ lang, draft }) => textReply(rt('admittedQuestion', lang, { name: childName(draft, lang) }), lang),
    parse: (text, { lang, today }) => {
      // A bare "no" to "what day was the child admitted?" says there was no emergency admission: it answers the question.
      if (readYesNoUnsure(text) === 'no' && fold(text).split(' ').length <= 3) return { ok: true, value: { emergency: 'no' } };
      const parsed = check(admissionDateSchema(lang, today), text);
      return parsed.ok ? { ok: true, value: { admittedOn: parsed.value } } : parsed;
    },
  },
  {
    id: 'phone',
    label: 'labelPhone',
    applies: () => true,
    answered: (d) => d.phone !== undefined,
    display: (d) => (d.phone ? formatPhone(d.phone) : ''),
    names: /\b(phone|telephone|number|cell|telefono|numero|celular|call)\b/,
    ask: ({ lang, traits: { callerId } }) =>
      callerId
        ? choicesReply(rt('phoneQuestionCaller', lang), [choice('phoneThisNumber', lang, { phone: formatPhone(callerId) })], lang)
        : textReply(rt('phoneQuestion', lang), lang),
    parse: (text, { traits: { callerId } }) => {
      if (callerId && (titles('phoneThisNumber').test(fold(text)) || /^(this|same|this one|este|el mismo|ese)\b/.test(fold(text)) || readYesNoUnsure(text) === 'yes')) {
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
    names: /\b(language|idioma|lengua)\b/,
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
    names: /$^/,
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
    names: /\b(updates|actualizaciones|avisos|notifications|notificaciones)\b/,
    // Updates reach a caller by text, anyone else in this chat.
    ask: ({ lang, traits }) => choicesReply(rt(traits.callerId ? 'updatesQuestionText' : 'updatesQuestionChat', lang), yesNoChoices(lang, false), lang),
    parse: (text) => {
      const answer = yesNoUnsureAnswer(text, false);
      return answer.ok ? { ok: true, value: { updatesOptIn: answer.value === 'yes' } } : answer;
    },
  },
];

export const FIELDS: Record<FieldId, Field> = Object.fromEntries(fields.map((f) => [f.id, f])) as Record<FieldId, Field>;

/** The next intake question still to ask, or undefined when the draft is complete. */
export function nextField(draft: ReferralDraft): Field | undefined {
  return fields.find((f) => f.applies(draft) && !f.answered(draft));
}

/** Fields shown in the summary and offered for correction, in order. */
export function summaryFields(draft: ReferralDraft): Field[] {
  return fields.filter((f) => f.applies(draft) && f.id !== 'preferredLanguageOther');
}

/** Fields named in a message ("change the county", "el condado está mal"); first listed wins ties. */
export function fieldNamedIn(text: string, draft: ReferralDraft): Field | undefined {
  const f = ` ${fold(text)} `;
  const candidates = summaryFields(draft);
  // Specific names first: "my name" before "name", "fax number" before "number", "admission date" before "date".
  const order: FieldId[] = ['referrerName', 'fax', 'admittedOn', 'npi', 'practiceName', 'openToCcs', 'mediCalPlan', 'mediCal', 'emergency', 'dateOfBirth', 'county', 'condition', 'phone', 'preferredLanguage', 'updatesOptIn', 'role', 'childName'];
  for (const id of order) {
    const field = candidates.find((c) => c.id === id);
    if (field && field.names.test(f)) return field;
  }
  // A field's own title ("Date of birth", "Fecha de nacimiento") as picked from the list.
  return candidates.find((c) => (['en', 'es'] as Lang[]).some((lang) => fold(rt(c.label, lang)) === f.trim()));
}

// ---------------------------------------------------------------------------------------------
// County (shared with the handoff)

const ILLINOIS = /\b(illinois|chicago|cook county|springfield il|il)\b|\b6[0-2]\d{3}\b/;

function readCounty(text: string): FieldParse<Partial<ReferralDraft>> {
  if (ILLINOIS.test(fold(text))) return { ok: true, value: { region: 'IL', county: undefined } };
  const match = findCounty(text);
  if (match) return { ok: true, value: { region: 'CA', county: match.county.name } };
  return { ok: false, error: { key: 'countyRetry' } };
}

// ---------------------------------------------------------------------------------------------
// Review, consent, resume and handoff questions

export type ReviewAnswer = { action: 'confirm' } | { action: 'change'; field?: FieldId };

/** A confirmation and nothing else ("correct", "yes it's right", "todo bien"). */
const PURE_YES =
  /^(yes|y|yeah|yep|sure|ok|okay|correct|right|si|claro|correcto|perfecto|perfect|looks good|all good|todo bien|esta bien|todo correcto)( (it s|that s|its|thats|esta|todo|all) ?(right|correct|good|bien|correcto))?$/;
const CHANGE = /\b(change|fix|edit|update|wrong|mistake|not right|cambiar|cambia|cambie|corregir|corrige|corrija|editar|arreglar|esta mal|incorrect[oa]|error)\b/;

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
      if (YES.test(f) || /\b(send|submit|enviar|enviala|mandar|looks good|all good|todo bien)\b/.test(f)) return { ok: true, value: { action: 'confirm' } };
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
      if (answer === 'no' || /\b(not|dont|don t|do not|never|nunca)\b/.test(f)) return { ok: true, value: false };
      if (answer !== 'unsure' && /\b(share|send|go ahead|compartir|compartala|enviar|enviela|adelante)\b/.test(f)) return { ok: true, value: true };
      return choiceRetry();
    },
  } satisfies Question<boolean>,

  resume: {
    ask: ({ lang }) => choicesReply(rt('resumeQuestion', lang), [choice('resumeContinue', lang), choice('resumeRestart', lang)], lang),
    parse: (text) => {
      const f = fold(text);
      if (titles('resumeContinue').test(f) || /^(continue|go on|keep going|seguir|sigamos|continuar|yes|si)\b/.test(f)) return { ok: true, value: 'continue' };
      if (titles('resumeRestart').test(f) || /\b(new|nueva|nuevo|again|otra vez|de nuevo)\b/.test(f)) return { ok: true, value: 'restart' };
      return choiceRetry();
    },
  } satisfies Question<'continue' | 'restart'>,

  handoffCounty: {
    ask: ({ lang }) => choicesReply(rt('handoffCountyQuestion', lang), [choice('unsure', lang)], lang),
    parse: (text) => {
      const county = readCounty(text);
      if (county.ok) return county;
      if (readYesNoUnsure(text) === 'unsure' || titles('unsure').test(fold(text)) || /^(skip|saltar|no)\b/.test(fold(text))) {
        return { ok: true, value: { countyUnknown: true } };
      }
      return { ok: false, error: { key: 'handoffCountyRetry' } };
    },
  } satisfies Question<Partial<ReferralDraft>>,

  handoffPhone: {
    ask: ({ lang }) => choicesReply(rt('handoffPhoneQuestion', lang), [choice('handoffReplyHere', lang)], lang),
    parse: (text) => {
      if (titles('handoffReplyHere').test(fold(text)) || /^(skip|here|chat|aqui|saltar|no)\b/.test(fold(text))) return { ok: true, value: { replyInChat: true } };
      const parsed = check(usPhoneSchema, text);
      return parsed.ok ? { ok: true, value: { phone: parsed.value } } : parsed;
    },
  } satisfies Question<Partial<ReferralDraft>>,
} satisfies Record<string, Question<any>>;

export type StepId = FieldId | keyof typeof REVIEW_QUESTIONS;

export function questionFor(id: StepId): Question<unknown> {
  return (id in FIELDS ? FIELDS[id as FieldId] : REVIEW_QUESTIONS[id as keyof typeof REVIEW_QUESTIONS]) as Question<unknown>;
}

/** What "Talk to a person" is called in this language (the global command recognizes it). */
export function personChoice(lang: Lang): Choice {
  const title = t('menuHuman', lang);
  return { title, value: title };
}
