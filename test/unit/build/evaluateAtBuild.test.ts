import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { evaluateAtBuild } = require('../../../build/evaluateAtBuild.cjs') as { evaluateAtBuild: (files: string[]) => import('esbuild').Plugin };

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'evaluate-at-build-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Bundles an entry that re-exports `data.ts` (given source), with the plugin on data.ts; the bundle's text. */
async function bundled(dataSource: string): Promise<string> {
  writeFileSync(join(dir, 'data.ts'), dataSource);
  writeFileSync(join(dir, 'entry.ts'), "export * from './data';\n");
  const result = await build({
    entryPoints: [join(dir, 'entry.ts')],
    bundle: true,
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    plugins: [evaluateAtBuild([join(dir, 'data.ts')])],
  });
  return result.outputFiles[0].text;
}

function exportsOf(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

describe('evaluate-at-build', () => {
  it('ships what a data module computes as literals equal to its exports, and none of the code that computed them', async () => {
    const code = await bundled(`
      const words = ['cut', 'burn'];
      function terms(list: string[]) { return list.map((w) => w + 's?').join('|'); }
      export const RULE = new RegExp('\\\\b(?:' + terms(words) + ')\\\\b', 'iu');
      export const LIMITS = { max: 3, ratio: -0.5, on: true, none: null, names: ['a', "b'c"], nested: { deep: [1, [2]] } };
      export const LABEL = 'poisoning';
    `);
    expect(code).not.toContain('function terms');
    const { RULE, LIMITS, LABEL } = exportsOf(code) as { RULE: RegExp; LIMITS: unknown; LABEL: string };
    expect(RULE).toBeInstanceOf(RegExp);
    expect([RULE.source, RULE.flags]).toEqual(['\\b(?:cuts?|burns?)\\b', 'iu']);
    expect(RULE.test('she burns')).toBe(true);
    expect(LIMITS).toEqual({ max: 3, ratio: -0.5, on: true, none: null, names: ['a', "b'c"], nested: { deep: [1, [2]] } });
    expect(LABEL).toBe('poisoning');
  });

  it.each([
    ['a function', 'export const f = () => 1;', /f is function/],
    ['a Set', 'export const s = new Set([1]);', /s is \[object Set\]/],
    ['a class instance', 'class A { x = 1 } export const a = { inner: new A() };', /a\.inner is \[object Object\], not plain data/],
    ['undefined', 'export const u = undefined;', /u is undefined/],
    ['NaN', 'export const n = NaN;', /n is NaN/],
    ['a RegExp with state', "const r = /x/g; r.test('x'); export const g = r;", /g is a RegExp with state/],
  ])('fails the build on %s', async (_what, source, message) => {
    await expect(bundled(source)).rejects.toThrow(message);
  });
});
