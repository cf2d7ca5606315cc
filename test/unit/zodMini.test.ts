import * as z from '../../src/zodMini';

describe('zod/mini as the functions use it (src/zodMini.ts)', () => {
  it("says what is wrong in the classic API's English, which 400 answers and configuration errors quote", () => {
    const schema = z.strictObject({ weeks: z.coerce.number().check(z.int(), z.maximum(52)) });
    const messages = (value: unknown) => z.safeParse(schema, value).error?.issues.map((issue) => issue.message);
    expect(messages({ weeks: '60' })).toEqual(['Too big: expected number to be <=52']);
    expect(messages({ weeks: '4', extra: 'x' })).toEqual(['Unrecognized key: "extra"']);
    expect(messages({ weeks: '4' })).toBeUndefined();
  });
});
