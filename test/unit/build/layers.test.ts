import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * `new X(` in a function file where X is imported from the product (src/): a part the function
 * builds itself instead of asking its runtime for. Errors are thrown, not parts.
 */
function partsBuiltIn(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const fromProduct = [...text.matchAll(/import\s+(?!type\b)\{([^}]*)\}\s+from\s+'\.\.\/src\/[^']+'/g)].flatMap((m) =>
    m[1]
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type '))
      .map((name) => name.split(/\s+as\s+/).pop()!),
  );
  return fromProduct.filter((name) => !name.endsWith('Error') && new RegExp(`\\bnew\\s+${name}\\b`).test(text)).map((name) => `${file}: new ${name}`);
}

describe('Layers: the referral domain at the centre imports nothing above it', () => {
  it('src/referrals imports nothing from staff, family updates, channels, the bot or the dialogs', () => {
    expect(reachesInto('src/referrals', ['src/staff', 'src/family', 'src/channels', 'src/bot', 'dialogs'])).toEqual([]);
  });

  it('src/, dialogs/ and functions/ have no import cycle, not even through type-only imports (which ESLint lets through)', () => {
    expect(cyclesAmong(importGraph(PRODUCT))).toEqual([]);
  });

  it('family updates do not reach up into the bot', () => {
    expect(reachesInto('src/family', ['src/bot'])).toEqual([]);
  });

  it('only functions/ and the local host import the composition roots (src/app): every other part is handed what it needs', () => {
    const parts = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !['app', 'local'].includes(entry.name))
      .map((entry) => `src/${entry.name}`);
    expect(parts).toEqual(expect.arrayContaining(['src/staff', 'src/family', 'src/referrals', 'src/bot']));
    expect([...parts, 'dialogs'].flatMap((folder) => reachesInto(folder, ['src/app']))).toEqual([]);
  });

  it('staff and family updates do not import the dialogs', () => {
    expect(reachesInto('src/staff', ['dialogs'])).toEqual([]);
    expect(reachesInto('src/family', ['dialogs'])).toEqual([]);
  });

  it('functions build no store, client, sender, limiter or router of their own: they ask the composition roots in src/app for parts', () => {
    expect(tsFiles('functions').flatMap((file) => partsBuiltIn(file))).toEqual([]);
  });

  it('reads the imports it checks (a known import of each kind is found)', () => {
    // Guards the checks above against passing because the import reader finds nothing.
    expect(importsOf('src/referrals/intake.ts')).toEqual(expect.arrayContaining(['src/referrals/model.ts', 'src/i18n/index.ts']));
    expect(reachesInto('dialogs', ['src/referrals']).length).toBeGreaterThan(0);
    // A type-only import is an edge too.
    expect(importsOf('src/staff/templates.ts')).toContain('src/staff/templatesSchema.ts');
  });

  it('finds a part a function builds itself, renamed or not, and leaves out an error it throws and a type it names', () => {
    const handler = [
      "import { OnceClaims } from '../src/storage/onceClaims';",
      "import { DynamoRateLimiter as Limiter, type RateLimit } from '../src/family/rateLimiter';",
      "import { HttpError } from '../src/http/errors';",
      'const claims = new OnceClaims(client, table);',
      'const limiter = new Limiter(client, table);',
      "throw new HttpError(429, 'Too many');",
    ].join('\n');
    expect(partsBuiltIn('functions/probe.ts', handler)).toEqual(['functions/probe.ts: new OnceClaims', 'functions/probe.ts: new Limiter']);
  });

  it('finds a cycle, however long, and none in a graph without one', () => {
    const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
    expect(cyclesAmong(graph({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'] }))).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cyclesAmong(graph({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }))).toEqual([]);
  });
});
