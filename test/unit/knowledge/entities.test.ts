import { readEntities } from '../../../src/knowledge';

describe('Function: readEntities', () => {
  it('reads the place by county, city, ZIP or typo, and leaves words that only look like places', () => {
    expect(readEntities('who handles ccs in anaheim').place?.county.name).toBe('Orange');
    expect(readEntities('prior auth for a kid in solano').place?.county.name).toBe('Solano');
    expect(readEntities('we are in 93301').place?.county.name).toBe('Kern');
    expect(readEntities('vivo en bakersfeild').place?.county.name).toBe('Kern');
    expect(readEntities('is there a lake near the hospital').place).toBeUndefined();
  });

  it('reads a move from one place to another as the place they go to', () => {
    expect(readEntities('we just moved from sacramento to fresno, does his ccs move with him').place?.county.name).toBe('Fresno');
    expect(readEntities('nos mudamos de bakersfield a visalia').place?.county.name).toBe('Tulare');
    expect(readEntities('moving from fresno to kern county next month').place?.county.name).toBe('Kern');
    expect(readEntities('oficina de ccs de fresno').place?.county.name).toBe('Fresno');
  });

  it('reads an age, never a regulation title, a ZIP, an amount or a count of days', () => {
    expect(readEntities('my son just turned 22').age).toBe(22);
    expect(readEntities('mi hijo ya cumplio 20 años').age).toBe(20);
    expect(readEntities('my daughter is 19 and has CP').age).toBe(19);
    expect(readEntities('mi hijo de 14 tiene problemas').age).toBe(14);
    expect(readEntities('what does Title 22 say').age).toBeUndefined();
    expect(readEntities('we make around 60k a year').age).toBeUndefined();
    expect(readEntities('within 15 days of the notice').age).toBeUndefined();
    expect(readEntities('our zip is 93301').age).toBeUndefined();
  });

  it("reads the plan, and the county when the plan is one county's Whole Child Model plan", () => {
    expect(readEntities('orange county we have caloptima').plan).toMatchObject({ name: 'CalOptima Health', wcmCounties: [{ name: 'Orange' }] });
    expect(readEntities('tenemos kaiser no medi-cal').plan?.name).toBe('Kaiser Permanente');
    expect(
      readEntities('family has cencal')
        .plan?.wcmCounties.map((c) => c.name)
        .sort(),
    ).toEqual(['San Luis Obispo', 'Santa Barbara']);
  });

  it('reads who is asking and about which program', () => {
    expect(readEntities('pt already open to ccs').audience).toBe('provider');
    expect(readEntities('my son needs surgery').audience).toBe('parent');
    expect(readEntities('que es eso del whole child model?').program).toBe('wcm');
    expect(readEntities('who is eligible for Pathways to Success').program).toBe('pathways');
  });

  it('reads another state only as a move or a home, never the county that shares its name', () => {
    expect(readEntities("we're moving to texas").otherState).toBe('Texas');
    expect(readEntities('just moved here from oregon').otherState).toBe('Oregon');
    expect(readEntities('nevada county ccs phone').otherState).toBeUndefined();
    expect(readEntities('nevada county ccs phone').place?.county.name).toBe('Nevada');
    expect(readEntities('family just moved here from Nevada, can the kid get CCS?')).toMatchObject({ otherState: 'Nevada', place: undefined });
    expect(readEntities('vivo en illinois').illinois).toBe(true);
  });
});
