import messages from '../../../content/status-messages.json';
import statuses from '../../../content/statuses.json';
import { BusinessCalendar } from '../../../src/referrals/businessDays';
import { OUTCOMES, type Referral } from '../../../src/referrals/model';
import { Router } from '../../../src/referrals/routing';
import { officeLine, statusUpdateText, stillWaitingText } from '../../../src/family/familyStatus';
import { withOptOutFooter } from '../../../src/family/messages';
import { MAX_SEGMENTS_PER_MESSAGE, segmentInfo } from '../../../src/channels/sms/segments';
import { counties } from '../../../src/content';
import { LANGS } from '../../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every state a family can be told about: each status, each in-progress reason, each closing outcome. */
const STATES: Pick<Referral, 'status' | 'statusReason' | 'outcome'>[] = [
  { status: 'submitted' },
  { status: 'received' },
  { status: 'in_progress' },
  { status: 'closed' },
  ...Object.keys(statuses.reasons).map((reason) => ({ status: 'in_progress' as const, statusReason: reason })),
  ...OUTCOMES.map((outcome) => ({ status: 'closed' as const, outcome })),
];

function referral(state: Pick<Referral, 'status' | 'statusReason' | 'outcome'>, county?: string): Referral {
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
  /** One place for each office line a text can end with: the counties with a checked phone, one without (the state's list of offices), Illinois. */
  const PLACES = [
    ...new Map(
      [...counties.map((c) => ({ region: 'CA' as const, county: c.name })), { region: 'IL' as const }].map((p) => [
        LANGS.map((lang) => officeLine(p, lang, options.router)).join(),
        p,
      ]),
    ).values(),
  ];
  /** No confirmed first-contact date; one still ahead; one already passed (each adds a sentence to a "received" text). */
  const CONFIRMED = [undefined, '2026-01-16', '2026-01-09'];

  /** Each text as SMS sends it (with the opt-out footer) for every state, language, office and confirmed date. */
  function* texts(firstName: string) {
    for (const place of PLACES) {
      for (const lang of LANGS) {
        for (const state of STATES) {
          for (const confirmedFirstContactDue of CONFIRMED) {
            const r = {
              ...referral(state, 'county' in place ? place.county : undefined),
              region: place.region,
              child: { firstName, lastName: 'Hernandez-Villanueva', dateOfBirth: '2015-03-25' },
              confirmedFirstContactDue,
            };
            for (const text of [statusUpdateText(r, { ...options, lang }), stillWaitingText(r, { ...options, lang })]) {
              yield { lang, state, place, confirmedFirstContactDue, text, sms: withOptOutFooter(text, lang) };
            }
          }
        }
      }
    }
  }

  it("fits every text in 3 SMS segments (Twilio's count) in both languages, whatever the state, office or first name; no diagnosis, no last name", () => {
    let count = 0;
    for (const firstName of ['Guadalupe', 'Sofía', 'Maximiliano Alejandro de la Santísima Trinidad']) {
      for (const { text, sms, ...what } of texts(firstName)) {
        const { segments, encoding } = segmentInfo(sms);
        expect(segments <= MAX_SEGMENTS_PER_MESSAGE ? 'fits' : { ...what, firstName, segments, encoding, sms }).toBe('fits');
        expect(sms).not.toMatch(/heart|defect|Hernandez|2015/i);
        expect(text).toMatch(/^CCS Navigator[,:] .*CCS-7K3F9Q/);
        count += 1;
      }
    }
    expect(count).toBe(3 * PLACES.length * LANGS.length * STATES.length * CONFIRMED.length * 2);
  });

  it('names the child when the name fits (a GSM-7 name, no confirmed date: every text), else gives the code alone', () => {
    for (const { text, confirmedFirstContactDue, ...what } of texts('Guadalupe')) {
      if (!confirmedFirstContactDue) expect({ ...what, text }).toEqual({ ...what, text: expect.stringContaining('CCS-7K3F9Q (Guadalupe)') });
    }
    // "í" is not in GSM-7: it would turn a Spanish text into 67-character parts (5 segments), so the code goes alone.
    const sofia = {
      ...referral({ status: 'received' }, 'Kern'),
      language: 'es' as const,
      child: { firstName: 'Sofía', lastName: 'Ruiz', dateOfBirth: '2015-03-25' },
    };
    const text = statusUpdateText(sofia, { ...options, lang: 'es' });
    expect(text).toBe(
      'CCS Navigator, referencia CCS-7K3F9Q: Una persona del equipo ya vio su referencia. Van a comunicarse con usted para empezar el proceso. Puede llamar a la oficina de CCS del condado de Kern al (661) 321-3000.',
    );
    expect(segmentInfo(withOptOutFooter(text, 'es'))).toMatchObject({ encoding: 'GSM-7', segments: 2 });
  });
});
