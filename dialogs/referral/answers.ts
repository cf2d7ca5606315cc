import { findCounty } from '../../src/knowledge';
import { rt, type ReferralMessageKey } from '../../src/referrals/messages';
import type { Choice } from '../../src/bot/replies';
import type { Lang } from '../../src/i18n';
import { normalize } from '../../src/nlu/intents';
import type { ReferralDraft, YesNoUnsure } from '../../src/referrals/model';
import type { FieldParse } from '../../src/referrals/validation';
import { ILLINOIS, NO, UNSURE, YES } from './words';

/** Reading answers and offering choices: what the intake's questions share. */

/** Lowercase, no accents, no punctuation, hyphens as spaces: what answer patterns match against. */
export function fold(text: string): string {
  return normalize(text).replace(/[-–/]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function readYesNoUnsure(text: string): YesNoUnsure | undefined {
  const f = fold(text);
  if (UNSURE.test(f)) return 'unsure';
  if (YES.test(f)) return 'yes';
  if (NO.test(f)) return 'no';
  return undefined;
}

export function option<T>(choices: { value: T; pattern: RegExp }[], text: string): T | undefined {
  const f = fold(text);
  return choices.find((c) => c.pattern.test(f))?.value;
}

/** A choice whose value is its title in the person's language. */
export function choice(key: ReferralMessageKey, lang: Lang, vars?: Record<string, string>): Choice {
  const title = rt(key, lang, vars);
  return { title, value: title };
}

/** Pattern matching a message that is exactly one of these titles, in either language. */
export function titles(...keys: ReferralMessageKey[]): RegExp {
  const all = keys.flatMap((k) => (['en', 'es'] as Lang[]).map((lang) => fold(rt(k, lang, { phone: '' }).replace(/\(\s*\)/, ''))));
  return new RegExp(`^(${all.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);
}

export const choiceRetry = (): FieldParse<never> => ({ ok: false, error: { key: 'choiceRetry' } });

export function yesNoUnsureAnswer(text: string, withUnsure: boolean): FieldParse<YesNoUnsure> {
  const answer =
    readYesNoUnsure(text) ??
    option(
      [
        { value: 'yes' as const, pattern: titles('yes') },
        { value: 'no' as const, pattern: titles('no') },
      ],
      text,
    );
  if (!answer || (answer === 'unsure' && !withUnsure)) return choiceRetry();
  return { ok: true, value: answer };
}

export function yesNoChoices(lang: Lang, withUnsure: boolean): Choice[] {
  return [choice('yes', lang), choice('no', lang), ...(withUnsure ? [choice('unsure', lang)] : [])];
}

export function yesNoLabel(value: YesNoUnsure | undefined, lang: Lang): string {
  return value ? rt(value === 'yes' ? 'yes' : value === 'no' ? 'no' : 'unsure', lang) : '';
}

export function childName(draft: ReferralDraft, lang: Lang): string {
  return draft.childFirstName ?? rt('theChild', lang);
}

/** A county, city or ZIP (the intake's county question and the handoff's). */
export function readCounty(text: string): FieldParse<Partial<ReferralDraft>> {
  if (ILLINOIS.test(fold(text))) return { ok: true, value: { region: 'IL', county: undefined } };
  const match = findCounty(text);
  if (match) return { ok: true, value: { region: 'CA', county: match.county.name } };
  return { ok: false, error: { key: 'countyRetry' } };
}
