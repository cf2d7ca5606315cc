import type { Lang } from '../../src/i18n';
import { rt } from '../../src/referrals/messages';
import type { ReferralDraft } from '../../src/referrals/model';
import { fold } from './answers';
import { CHILD_FIELDS } from './childQuestions';
import { CONTACT_FIELDS } from './contactQuestions';
import { COVERAGE_FIELDS } from './coverageQuestions';
import { PROVIDER_FIELDS } from './providerQuestions';
import { FIELD_IDS, type Field, type FieldId } from './questionTypes';
import { REFERRER_FIELDS } from './referrerQuestions';

const byId = new Map([...REFERRER_FIELDS, ...CHILD_FIELDS, ...COVERAGE_FIELDS, ...PROVIDER_FIELDS, ...CONTACT_FIELDS].map((f) => [f.id, f]));

/** Every intake field, in the order of {@link FIELD_IDS} (the order they are asked). */
const fields: Field[] = FIELD_IDS.map((id) => {
  const field = byId.get(id);
  if (!field) throw new Error(`[intake]: no question for the field ${id}.`);
  return field;
});

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
  const order: FieldId[] = [
    'referrerName',
    'fax',
    'admittedOn',
    'npi',
    'practiceName',
    'openToCcs',
    'mediCalPlan',
    'mediCal',
    'emergency',
    'dateOfBirth',
    'county',
    'condition',
    'phone',
    'preferredLanguage',
    'updatesOptIn',
    'role',
    'childName',
  ];
  for (const id of order) {
    const field = candidates.find((c) => c.id === id);
    if (field && field.names.test(f)) return field;
  }
  // A field's own title ("Date of birth", "Fecha de nacimiento") as picked from the list.
  return candidates.find((c) => (['en', 'es'] as Lang[]).some((lang) => fold(rt(c.label, lang)) === f.trim()));
}
