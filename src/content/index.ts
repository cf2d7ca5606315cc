import faqJson from '../../content/faq.json';
import organizationsJson from '../../content/organizations.json';
import intakeWordsJson from '../../content/intake-words.json';
import type { FaqEntry, IntakeWords, Organization } from './schema';

/**
 * The product's content, typed by the schemas in ./schema. The JSON is checked against those
 * schemas by the unit tests (test/unit/content), so nothing is parsed here on the hot path.
 */
export const faq = faqJson as FaqEntry[];
export { contacts, counties, STATE_DIRECTORY_URL } from './directory';
export const organizations = organizationsJson as Organization[];
export const intakeWords: IntakeWords = intakeWordsJson;

export type { Contact, County, FaqEntry, IntakeWords, Lang, Organization } from './schema';
