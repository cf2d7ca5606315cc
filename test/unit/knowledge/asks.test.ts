import { asksOf } from '../../../src/knowledge/asks';

describe('Function: asksOf', () => {
  it('reads what a question asks from the words the stop list drops', () => {
    expect(asksOf('who can refer')).toEqual(expect.arrayContaining(['who', 'can']));
    expect(asksOf('or does it have to be the MD')).toContain('must');
    expect(asksOf('la referencia tiene que venir del doctor')).toContain('must');
    expect(asksOf('how do i send it')).toEqual(['how']);
  });

  it('tells "anyway" from "the same as" and from politeness', () => {
    expect(asksOf('igual lo mandamos?')).toContain('anyway');
    expect(asksOf('es igual que medi-cal?')).toEqual(['compare']);
    expect(asksOf('should we even bother referring')).toContain('anyway');
    expect(asksOf('hi sorry to bother you')).toEqual([]);
  });
});
