import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectCrisis } from '../../../src/safety';
import * as crisisRules from '../../../src/safety/crisisRules';
import * as crisisWordLists from '../../../src/safety/crisisWordLists';
import { bundleProbe } from '../../helpers/bundleProbe';

const ROOT = join(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CRISIS_DATA_MODULES } = require('../../../build/esbuildPlugins.cjs') as { CRISIS_DATA_MODULES: string[] };

interface FixtureMessage {
  text: string;
  after?: 'medical' | 'poisoning' | 'behavioral';
}
const messages = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/crisis-messages.json'), 'utf8')) as FixtureMessage[];

/** Every RegExp as its source, flags and lastIndex, so two values compare by what they match, byte for byte. */
const regExpsSpelled = `(key, value) => Object.prototype.toString.call(value) === '[object RegExp]' ? { regExp: value.source, flags: value.flags, lastIndex: value.lastIndex } : value`;
const spelled = new Function(`return ${regExpsSpelled}`)() as (key: string, value: unknown) => unknown;
const asData = (exports: object) => JSON.parse(JSON.stringify({ ...exports }, spelled)) as unknown;

describe('The crisis rules and word lists, evaluated at build time (build/esbuildPlugins.cjs, as serverless package builds the bot functions)', () => {
  it('ship every export equal to what the TypeScript modules compute (each RegExp with the same source and flags), and the crisis fixtures get the same answers from the bundle', async () => {
    expect(CRISIS_DATA_MODULES.map((file) => file.slice(ROOT.length + 1))).toEqual(['src/safety/crisisRules.ts', 'src/safety/crisisWordLists.ts']);
    const dir = mkdtempSync(join(tmpdir(), 'crisis-data-'));
    try {
      const probe = [
        "export * as crisisRules from './src/safety/crisisRules';",
        "export * as crisisWordLists from './src/safety/crisisWordLists';",
        "export { detectCrisis } from './src/safety';",
      ].join('\n');
      const bundle = await bundleProbe(dir, probe);
      const code = readFileSync(fileURLToPath(bundle), 'utf8');
      // The vocabulary's words are in the rules' sources; its file and its reviewers' notes are not shipped.
      expect(code).not.toContain('"concepts"');
      const script = [
        `const m = await import('${bundle}');`,
        `const messages = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(join(ROOT, 'test/fixtures/crisis-messages.json'))}, 'utf8'));`,
        'const answers = messages.map((m_) => m.detectCrisis(m_.text, m_.after ? { lastCrisis: m_.after } : {}) ?? null);',
        `console.log(JSON.stringify({ crisisRules: { ...m.crisisRules }, crisisWordLists: { ...m.crisisWordLists }, answers }, ${regExpsSpelled}));`,
      ].join('\n');
      const bundled = JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', script], {
          cwd: dir,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          env: { PATH: process.env.PATH },
        }),
      ) as { crisisRules: unknown; crisisWordLists: unknown; answers: unknown[] };
      expect(bundled.crisisRules).toEqual(asData(crisisRules));
      expect(bundled.crisisWordLists).toEqual(asData(crisisWordLists));
      expect((bundled.crisisRules as { CRISIS_RULES: unknown[] }).CRISIS_RULES.length).toBeGreaterThan(50);
      const answers = messages.map((message) => detectCrisis(message.text, message.after ? { lastCrisis: message.after } : {}) ?? null);
      expect(answers.filter((answer) => answer !== null).length).toBeGreaterThan(1000);
      expect(bundled.answers).toEqual(answers);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
