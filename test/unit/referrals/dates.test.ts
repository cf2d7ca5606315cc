import { ageOn, parseDate } from '../../../src/referrals/dates';

const today = '2026-01-07';
const en = (text: string, relative = false) => parseDate(text, { lang: 'en', today, relative });
const es = (text: string, relative = false) => parseDate(text, { lang: 'es', today, relative });

describe('parseDate', () => {
  it.each([
    ['03/25/2015', '2015-03-25'],
    ['3/25/2015', '2015-03-25'],
    ['3-25-15', '2015-03-25'],
    ['03.25.2015', '2015-03-25'],
    ['2015-03-25', '2015-03-25'],
    ['2015/3/25', '2015-03-25'],
    ['03252015', '2015-03-25'],
    ['20150325', '2015-03-25'],
    ['March 25 2015', '2015-03-25'],
    ['March 25, 2015', '2015-03-25'],
    ['Mar 25th, 2015', '2015-03-25'],
    ['25 March 2015', '2015-03-25'],
    ['march 3rd 2015', '2015-03-03'],
    ['born on March 3 2015', '2015-03-03'],
    ['25/03/2015', '2015-03-25'], // only a day can be 25
    ['1/2/99', '1999-01-02'], // a two-digit year in the future means last century
  ])('reads %s in English as %s', (text, date) => {
    expect(en(text)).toEqual({ ok: true, date });
  });

  it.each([
    ['3 de marzo de 2015', '2015-03-03'],
    ['el 3 de marzo de 2015', '2015-03-03'],
    ['3 marzo 2015', '2015-03-03'],
    ['marzo 3, 2015', '2015-03-03'],
    ['1ro de septiembre de 2012', '2012-09-01'],
    ['25 de dic. de 2010', '2010-12-25'],
    ['04/05/2016', '2016-05-04'], // day first in Spanish
    ['Nació el 12 de agosto de 2019', '2019-08-12'],
  ])('reads %s in Spanish as %s', (text, date) => {
    expect(es(text)).toEqual({ ok: true, date });
  });

  it('tells an impossible date from an unreadable one', () => {
    expect(en('02/30/2016')).toEqual({ ok: false, error: 'impossible' });
    expect(en('13/45/2015')).toEqual({ ok: false, error: 'impossible' });
    expect(en('February 29 2015')).toEqual({ ok: false, error: 'impossible' });
    expect(en('February 29 2016')).toEqual({ ok: true, date: '2016-02-29' });
    expect(en('banana')).toEqual({ ok: false, error: 'format' });
    expect(en('2015')).toEqual({ ok: false, error: 'format' });
    expect(en('next tuesday')).toEqual({ ok: false, error: 'format' });
  });

  it('reads today / yesterday only where relative dates are allowed (admission dates)', () => {
    expect(en('today', true)).toEqual({ ok: true, date: '2026-01-07' });
    expect(en('yesterday', true)).toEqual({ ok: true, date: '2026-01-06' });
    expect(es('ayer', true)).toEqual({ ok: true, date: '2026-01-06' });
    expect(es('anteayer', true)).toEqual({ ok: true, date: '2026-01-05' });
    expect(en('today')).toEqual({ ok: false, error: 'format' });
  });
});

describe('ageOn', () => {
  it('counts whole years, birthdays included', () => {
    expect(ageOn('2005-01-07', '2026-01-07')).toBe(21);
    expect(ageOn('2005-01-08', '2026-01-07')).toBe(20);
    expect(ageOn('2016-02-29', '2026-02-28')).toBe(9);
  });
});
