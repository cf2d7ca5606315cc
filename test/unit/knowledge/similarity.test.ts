import { similarEntries } from '../../../src/knowledge/similarity';

describe('Function: similarEntries', () => {
  it('finds the entry through typos and chatty framing that share no exact word with it', () => {
    expect(similarEntries('hi sorry to bother, how do we qualifiy for ccs', 'en')[0].entry.id).toBe('ccs-eligibility');
    expect(similarEntries('does ccs help with transportaton to appointments', 'en')[0].entry.id).toBe('cm-transport');
  });

  it('meets Spanish word endings without a dictionary', () => {
    expect(similarEntries('que necesitamos para que califiquen a mi hijo', 'es')[0].entry.id).toBe('ccs-eligibility');
  });

  it('tells a negated question from the plain one', () => {
    const plain = similarEntries('how do we qualify', 'en');
    const negated = similarEntries('what if my child does not qualify', 'en');
    expect(plain[0].entry.id).toBe('ccs-eligibility');
    expect(negated[0].entry.id).toBe('not-eligible');
  });

  it('scores unrelated messages low', () => {
    expect(similarEntries('who won the world cup in 2022', 'en')[0]?.similarity ?? 0).toBeLessThan(0.5);
  });
});
