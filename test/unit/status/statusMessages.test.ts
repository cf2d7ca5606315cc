import messages from '../../../content/status-messages.json';
import statuses from '../../../content/statuses.json';
import { BusinessCalendar } from '../../../src/referrals/businessDays';
import { OUTCOMES, type Referral } from '../../../src/referrals/model';
import { Router } from '../../../src/referrals/routing';
import { statusUpdateText, stillWaitingText } from '../../../src/status/familyStatus';
import { st } from '../../../src/status/messages';
import { LANGS } from '../../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every state a family can be told about: each status, each in-progress reason, each closing outcome. */
const STATES: Pick<Referral, 'status' | 'statusReason' | 'outcome'>[] = [
  { status: 'submitted' },
  { status: 'received' },
  { status: 'in_progress' },
  ...Object.keys(statuses.reasons).map((reason) => ({ status: 'in_progress' as const, statusReason: reason })),
  ...OUTCOMES.map((outcome) => ({ status: 'closed' as const, outcome })),
];

function referral(state: Pick<Referral, 'status' | 'statusReason' | 'outcome'>, county: string): Referral {
  return {
    id: 'CCS-7K3F9Q',
    code: 'CCS-7K3F9Q',
    kind: 'referral',
    sourceKey: 'k',
    statusChangedAt: '2026-01-08T17:00:00Z',
    history: [],
    queue: { id: 'county-kern', name: 'Kern County CCS office' },
    region: 'CA',
    county,
    channel: 'sms',
    contact: { channel: 'sms', key: '+16615550123' },
    language: 'en',
    updatesOptIn: true,
    child: { firstName: 'Guadalupe', lastName: 'Hernandez-Villanueva', dateOfBirth: '2015-03-25' },
    condition: 'congenital heart defect',
    firstContactDue: '2026-01-09',
    createdAt: '2026-01-07T18:00:00Z',
    ...state,
  };
}

describe('Content: status-messages.json', () => {
  it('has every message in English and Spanish, with the same placeholders', () => {
    expect(Object.keys(messages.es).sort()).toEqual(Object.keys(messages.en).sort());
    for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[]) expect(placeholders(messages.es[key])).toEqual(placeholders(messages.en[key]));
  });

  it('never tells anyone to text CANCEL or QUIT (carriers unsubscribe the number)', () => {
    expect(JSON.stringify(messages)).not.toMatch(/\b(cancel|quit|cancelar|salir)\b/i);
  });
});

describe('Function: statusUpdateText and stillWaitingText', () => {
  const options = { today: '2026-01-13', calendar: new BusinessCalendar(), router: new Router() };

  it('for every status, in both languages, with a long first name and the longest office line: within 320 characters (Twilio\'s advice), no diagnosis, no last name', () => {
    // Kern has a checked phone number; Alpine has none (the state directory's address is given instead).
    for (const county of ['Kern', 'Alpine']) {
      for (const lang of LANGS) {
        for (const state of STATES) {
          const texts = [statusUpdateText(referral(state, county), { ...options, lang }), stillWaitingText(referral(state, county), { ...options, lang })];
          for (const text of texts) {
            const sms = `${text} ${st('smsFooter', lang)}`;
            expect(sms.length).toBeLessThanOrEqual(320);
            expect(sms).not.toMatch(/heart|defect|Hernandez|2015/i);
            expect(sms).toContain('CCS-7K3F9Q (Guadalupe)');
          }
        }
      }
    }
  });
});
