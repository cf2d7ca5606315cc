import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT, tsFiles } from '../../helpers/sourceFiles';

/**
 * The repository files a file imports: static imports and re-exports (type-only ones too, which
 * ESLint's import-x/no-cycle does not follow) and dynamic `import()`. Packages are left out.
 */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const base = resolve(ROOT, dirname(file), s);
      const found = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
      return relative(ROOT, found ?? base);
    });
}

const under = (folder: string) => (path: string) => path === folder || path.startsWith(`${folder}/`);

/** `file → imported file` lines of the files under `folder` that reach into any of `forbidden`. */
function reachesInto(folder: string, forbidden: string[]): string[] {
  return tsFiles(folder).flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden.some((f) => under(f)(target)))
      .map((target) => `${file} → ${target}`),
  );
}

/** Import cycles in an import graph (each as the files along it); at least one for every set of files that import each other. */
function cyclesAmong(edges: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at >= 0) return void cycles.push(path.slice(at));
    if (done.has(file)) return;
    for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
    done.add(file);
  };
  for (const file of edges.keys()) visit(file, []);
  return cycles;
}

/** The product's code: what the functions load. */
const PRODUCT = ['src', 'dialogs', 'functions'];

/** The import graph of the files under `folders`, type-only imports included. */
function importGraph(folders: string[]): Map<string, string[]> {
  return new Map(folders.flatMap(tsFiles).map((f) => [f, importsOf(f)]));
}

describe('Layers: the referral domain at the centre imports nothing above it', () => {
  it('src/referrals imports nothing from staff, family updates, channels, the bot or the dialogs', () => {
    expect(reachesInto('src/referrals', ['src/staff', 'src/family', 'src/channels', 'src/bot', 'dialogs'])).toEqual([]);
  });

  it('src/, dialogs/ and functions/ have no import cycle, not even through type-only imports (which ESLint lets through)', () => {
    expect(cyclesAmong(importGraph(PRODUCT))).toEqual([]);
  });

  it('family updates do not reach up into the bot or the composition roots', () => {
    expect(reachesInto('src/family', ['src/bot', 'src/app'])).toEqual([]);
  });

  it("the staff API's HTTP layer does not reach up into the composition roots (they hand it what it needs)", () => {
    expect(reachesInto('src/staff/http', ['src/app'])).toEqual([]);
  });

  it('staff and family updates do not import the dialogs', () => {
    expect(reachesInto('src/staff', ['dialogs'])).toEqual([]);
    expect(reachesInto('src/family', ['dialogs'])).toEqual([]);
  });

  it('reads the imports it checks (a known import of each kind is found)', () => {
    // Guards the checks above against passing because the import reader finds nothing.
    expect(importsOf('src/referrals/intake.ts')).toEqual(expect.arrayContaining(['src/referrals/model.ts', 'src/i18n/index.ts']));
    expect(reachesInto('dialogs', ['src/referrals']).length).toBeGreaterThan(0);
    // A type-only import is an edge too.
    expect(importsOf('src/staff/templates.ts')).toContain('src/staff/templatesSchema.ts');
  });

  it('finds a cycle, however long, and none in a graph without one', () => {
    const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
    expect(cyclesAmong(graph({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'] }))).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cyclesAmong(graph({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }))).toEqual([]);
  });
});
