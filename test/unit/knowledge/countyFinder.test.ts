import { findCounty } from '../../../src/knowledge';
import { counties } from '../../../src/content';

const county = (text: string) => findCounty(text)?.county.name;

describe('Function: findCounty', () => {
  it('recognizes county names and aliases', () => {
    expect(findCounty('Kern')).toMatchObject({ county: { name: 'Kern' }, via: 'name' });
    expect(county('LA county')).toBe('Los Angeles');
    expect(county('ccs in LA')).toBe('Los Angeles');
    expect(county('condado de San Joaquín')).toBe('San Joaquin');
    expect(findCounty('SLO')).toMatchObject({ county: { name: 'San Luis Obispo' }, via: 'alias' });
  });

  it('recognizes cities, longest name first', () => {
    expect(findCounty('Stockton')).toMatchObject({ county: { name: 'San Joaquin' }, via: 'city' });
    expect(county('we live in Bakersfield')).toBe('Kern');
    expect(county('Modesto')).toBe('Stanislaus');
    expect(county('Visalia')).toBe('Tulare');
    expect(county('Oakland')).toBe('Alameda');
    expect(county('West Sacramento')).toBe('Yolo');
    expect(county('Mt. Shasta')).toBe('Siskiyou');
    expect(county('Yuba City')).toBe('Sutter');
  });

  it('recognizes ZIP codes, the most specific prefix first', () => {
    expect(findCounty('93301')).toMatchObject({ county: { name: 'Kern' }, via: 'zip' });
    expect(county('my zip is 95823')).toBe('Sacramento');
    expect(county('92243')).toBe('Imperial');
    expect(county('92880')).toBe('Riverside');
    expect(county('92801')).toBe('Orange');
    expect(county('10001')).toBeUndefined();
  });

  it('forgives typos in longer names', () => {
    expect(findCounty('sacremento')).toMatchObject({ county: { name: 'Sacramento' }, via: 'fuzzy' });
    expect(county('san joquin')).toBe('San Joaquin');
    expect(county('bakersfeild')).toBe('Kern');
    expect(county('stanislus county')).toBe('Stanislaus');
    expect(county('los angelas')).toBe('Los Angeles');
  });

  it('needs context for names that are also ordinary words', () => {
    expect(county('Orange County')).toBe('Orange');
    expect(county('Lake')).toBe('Lake');
    expect(county('ccs en Chico')).toBe('Butte');
    expect(county('El Centro, CA')).toBe('Imperial');
    expect(county('the orange is sweet')).toBeUndefined();
    expect(county('mi chico tiene ccs')).toBeUndefined();
    expect(county('el centro de salud')).toBeUndefined();
    expect(county('necesito la oficina de ccs')).toBeUndefined();
    expect(county('NECESITO LA OFICINA DE CCS')).toBeUndefined();
    expect(county('I was reading about ccs')).toBeUndefined();
    expect(county('my son is modest')).toBeUndefined();
  });

  it('takes an ordinary-word name after "we are in" or "she is in" as the place', () => {
    expect(county('we are in plumas and nobody calls back')).toBe('Plumas');
    expect(county('my daughter is in merced right now')).toBe('Merced');
    expect(county('the pillow is full of plumas')).toBeUndefined();
  });

  it('takes an ordinary-word name as the place where someone goes or a patient is from, asked about CCS', () => {
    expect(county('sending the baby home to Escondido tomorrow, ccs number?')).toBe('San Diego');
    expect(county('family is moving to Salinas, who is the ccs office')).toBe('Monterey');
    expect(county('Salinas patient needs the ccs fax')).toBe('Monterey');
    expect(county('Escondido kid, ccs phone?')).toBe('San Diego');
    // A surname is no place: "the Salinas family", "Mrs Salinas".
    expect(county('the Salinas family called, ccs number?')).toBeUndefined();
    expect(county('I need to talk to Mrs Salinas about ccs')).toBeUndefined();
    expect(county('we went to escondido park')).toBeUndefined();
  });

  it('finds a Spanish-phrase city written as a name or after an English "in", never the Spanish phrase', () => {
    expect(county('we live in el cajon, ccs number?')).toBe('San Diego');
    expect(county('El Centro patient needs the ccs fax')).toBe('Imperial');
    expect(county('discharging him home to Los Banos, who is the ccs office')).toBe('Merced');
    expect(county('vivimos en el centro, ccs telefono?')).toBeUndefined();
    expect(county('el centro de salud me dijo de ccs')).toBeUndefined();
  });

  it('finds every county and city of the county data inside a sentence about CCS', () => {
    const missed = counties.flatMap((c) =>
      [c.name, ...c.cities].flatMap((name) =>
        [`we live in ${name}, what is the ccs number`, `${name} patient, ccs phone?`, `discharging a child home to ${name}, need the ccs fax`]
          .filter((text) => county(text) !== c.name)
          .map((text) => `${c.name}: ${text}`),
      ),
    );
    expect(missed).toEqual([]);
  });
});
