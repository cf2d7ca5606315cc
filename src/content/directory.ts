import countiesJson from '../../content/counties.json';
import contactsJson from '../../content/contacts.json';
import type { Contact, County } from './schema';

/**
 * Counties and the offices to contact, typed by ./schema (checked by test/unit/content). The
 * referral domain, staff and family updates import them from here rather than from the content
 * barrel, so their functions' bundles carry neither the FAQ nor the intake words.
 */
export const counties = countiesJson as County[];
export const contacts = contactsJson as Contact[];
/** The state's list of county CCS offices: where anyone goes whose county office number we don't have. */
export const STATE_DIRECTORY_URL = contacts.find((c) => c.id === 'dhcs-county-offices')?.url ?? '';
