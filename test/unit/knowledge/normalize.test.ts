import { fold, unaccented, withoutPhrase } from '../../../src/knowledge/normalize';

describe('Function: withoutPhrase', () => {
  it('takes a condition out of folded text, where its words stand one space apart (as the entities read it)', () => {
    // Prepare
    const folded = fold('How do I get my newborn with a Cleft-Lip into CCS?');

    // Act
    const rest = withoutPhrase(folded, 'cleft lip');

    // Assess
    expect(rest.replace(/ +/g, ' ')).toBe(' how do i get my newborn with a into ccs ');
  });

  it('takes a condition out of text only unaccented, its punctuation kept (as the answer splits it in clauses)', () => {
    const said = unaccented('Mi hija tiene parálisis cerebral, ¿cómo la inscribo en CCS?');

    expect(withoutPhrase(said, 'paralisis cerebral')).toBe('mi hija tiene  , ¿como la inscribo en ccs?');
  });

  it('takes only the first place the words stand as words, not inside other words', () => {
    expect(withoutPhrase(' autism autism ', 'autism')).toBe('   autism ');
    expect(withoutPhrase('autistic, not autism', 'autism')).toBe('autistic, not  ');
    expect(withoutPhrase('no condition named', 'asthma')).toBe('no condition named');
  });
});
