import fc from 'fast-check';
import { normalizeText, withinOneEdit } from '../../../src/safety/normalizeText';

/** Optimal-string-alignment distance by the textbook table, to hold the fast check to. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('Function: withinOneEdit (which typos normalizeText corrects)', () => {
  it('agrees with the optimal-string-alignment distance on short words of few letters (many of them one edit apart)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(
      fc.property(word, word, (a, b) => withinOneEdit(a, b) === osaDistance(a, b) <= 1),
      { numRuns: 5000 },
    );
  });

  it('corrects the typos people make in a hurry and leaves other words alone', () => {
    expect(normalizeText('siezure')).toBe('seizure');
    expect(normalizeText('unconcious')).toBe('unconscious');
    expect(normalizeText('overdossed')).toBe('overdosed');
    expect(normalizeText('breething')).toBe('breathing');
    expect(normalizeText('cooking dinner')).toBe('cooking dinner');
  });
});
