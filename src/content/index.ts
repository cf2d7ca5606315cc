import faqJson from '../../content/faq.json';
import countiesJson from '../../content/counties.json';
import contactsJson from '../../content/contacts.json';
import organizationsJson from '../../content/organizations.json';
import intakeWordsJson from '../../content/intake-words.json';
import type { Contact, County, FaqEntry, IntakeWords, Organization } from './schema';

/**
 * The product's content, typed by the schemas in ./schema. The JSON is checked against those
 * schemas by the unit tests (test/unit/content), so nothing is parsed here on the hot path.
 */
export const faq = faqJson as FaqEntry[];
export const counties = countiesJson as County[];
export const contacts = contactsJson as Contact[];
/** The state's list of county CCS offices: where anyone goes whose county office number we don't have. */
export const STATE_DIRECTORY_URL = contacts.find((c) => c.id === 'dhcs-county-offices')?.url ?? '';
export const organizations = organizationsJson as Organization[];
export const intakeWords: IntakeWords = intakeWordsJson;

export type { Contact, County, FaqEntry, IntakeWords, Lang, Organization } from './schema';
