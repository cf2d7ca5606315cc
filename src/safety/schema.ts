import { z } from 'zod';

/** Twilio acts on these words by unsubscribing the sender, so safety text must never suggest them. */
const SMS_OPT_OUT_WORDS = /\b(?:stop|stopall|unsubscribe|end|quit|cancel|revoke|optout)\b/i;

// Twilio recommends at most 320 characters per SMS; each part stays under 300 so a full reply fits.
const smsText = z
  .string()
  .min(1)
  .max(300)
  .refine((text) => !SMS_OPT_OUT_WORDS.test(text), { message: 'must not contain an SMS opt-out word' });

/** One message in both languages, with where its facts come from. */
const localizedMessage = z.strictObject({ en: smsText, es: smsText, source: z.string().min(1) });

export const safetyContentSchema = z.strictObject({
  crisis: z.strictObject({
    medical: localizedMessage,
    poisoning: localizedMessage,
    behavioral: localizedMessage,
    unclear: localizedMessage,
    illinoisCares: localizedMessage,
    followUp: localizedMessage,
    /** A kind's number when a more urgent kind's line comes first (safetyMessage). */
    then: z.strictObject({ poisoning: localizedMessage, behavioral: localizedMessage }),
  }),
  poisonControlNumber: localizedMessage,
  ssnNotice: localizedMessage,
});

/** A term as normalizeText leaves it: lowercase words without accents or apostrophes; `word*` for any ending. */
const vocabularyTerm = z.string().regex(/^[a-z0-9]+\*?(?: [a-z0-9]+\*?)*$/, 'lowercase words, no accents or punctuation');
const concept = z.strictObject({ about: z.string().min(1), en: z.array(vocabularyTerm).min(1), es: z.array(vocabularyTerm).min(1) });

export const CRISIS_CONCEPTS = [
  'ingest',
  'householdProduct',
  'plant',
  'alcohol',
  'youngPerson',
  'drug',
  'swallowedObject',
  'foreignObject',
  'medicine',
  'medicineSource',
  'otherPerson',
  'ingestAmount',
  'doseMistake',
  'mistakenForFood',
  'afterIngestion',
  'seizure',
  'stillSeizing',
  'rescueMedicine',
  'rescueFailed',
  'fever',
  'feverDanger',
  'youngInfant',
  'allergyDanger',
  'bleeding',
  'severeBleeding',
  'bloodTest',
  'severeInjury',
  'missingChild',
  'harmingPerson',
  'harmer',
  'child',
  'abuseSign',
  'selfHarmSign',
  'breathingDanger',
  'waterPlace',
  'weapon',
  'firearm',
  'notAWeapon',
  'weaponDanger',
  'foundMedicine',
  'foodOil',
  'alteredMental',
  'person',
  'highRiskFever',
  'fuelBurner',
  'coSymptom',
  'dehydrationSign',
  'biteAnimal',
  'highEdge',
  'hydrocarbon',
] as const;
export type CrisisConcept = (typeof CRISIS_CONCEPTS)[number];

/** content/crisis-vocabulary.json: the words the crisis rules compose, for review by safety staff. */
export const crisisVocabularySchema = z.strictObject({
  about: z.string().min(1),
  concepts: z.strictObject(Object.fromEntries(CRISIS_CONCEPTS.map((name) => [name, concept])) as Record<CrisisConcept, typeof concept>),
  notTypos: z.array(z.string().regex(/^[a-z]+$/)),
  illinoisPlaces: z.array(vocabularyTerm).min(1),
});
