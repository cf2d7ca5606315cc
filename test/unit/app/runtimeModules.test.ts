import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../helpers/sourceFiles';

/**
 * What a function's cold start loads is what it requires. The staff, stream and schedule
 * functions build on the domain runtime and must not load botbuilder or the dialogs (issue 16:
 * a runtime per kind of function, `npm run bench -- cold`); only the two bot functions do.
 */
const BOT_FUNCTIONS = ['messages.ts', 'sms.ts'];

/** The files a fresh module registry holds after requiring `path` (its whole import graph). */
function modulesLoadedBy(path: string): string[] {
  let loaded: string[] = [];
  jest.isolateModules(() => {
    jest.requireActual(path);
    loaded = Object.keys(require.cache);
  });
  return loaded;
}

const botModules = (files: string[]) =>
  files
    .filter((file) => /\/node_modules\/botbuilder[^/]*\//.test(file) || file.startsWith(join(ROOT, 'dialogs') + '/'))
    .map((file) => file.slice(ROOT.length + 1));

describe('Per-kind runtimes (what each kind of function loads)', () => {
  it('the bot runtime loads botbuilder-core and the main dialog (so the checks below can see them), and only the web chat loads botbuilder', () => {
    const loaded = botModules(modulesLoadedBy(join(ROOT, 'src/app/runtime.ts')));
    expect(loaded).toContain('dialogs/mainDialog.ts');
    expect(loaded.some((file) => file.startsWith('node_modules/botbuilder-core/'))).toBe(true);
    expect(loaded.some((file) => file.startsWith('node_modules/botbuilder-dialogs/'))).toBe(true);
    // botbuilder's own package (CloudAdapter and all it brings) is for the web chat: an SMS cold start would only load it.
    expect(loaded.some((file) => file.startsWith('node_modules/botbuilder/'))).toBe(false);
    expect(botModules(modulesLoadedBy(join(ROOT, 'src/app/webRuntime.ts'))).some((file) => file.startsWith('node_modules/botbuilder/'))).toBe(true);
  });

  it('the domain runtime loads no botbuilder package and no dialog', () => {
    const loaded = modulesLoadedBy(join(ROOT, 'src/app/domainRuntime.ts'));
    expect(loaded).toContain(join(ROOT, 'src/referrals/runtime.ts'));
    expect(botModules(loaded)).toEqual([]);
  });

  const otherFunctions = readdirSync(join(ROOT, 'functions')).filter((file) => file.endsWith('.ts') && !BOT_FUNCTIONS.includes(file));

  it.each(otherFunctions)('functions/%s loads no botbuilder package and no dialog', (file) => {
    expect(botModules(modulesLoadedBy(join(ROOT, 'functions', file)))).toEqual([]);
  });

  it('the two bot functions do load the dialogs (the list of bot functions above is not stale)', () => {
    expect(otherFunctions.length).toBeGreaterThan(10);
    for (const file of BOT_FUNCTIONS) expect(botModules(modulesLoadedBy(join(ROOT, 'functions', file)))).toContain('dialogs/mainDialog.ts');
  });
});
