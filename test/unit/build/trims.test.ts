import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file below a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('Build trims (serverless.yml custom.esbuild.alias)', () => {
  it('no dialog or core code uses the prompts whose text recognizers the deployed bundle stubs out, a Recognizer (whose telemetry is the one use of the lodash it stubs out) or the TestAdapter it stubs out', () => {
    const root = join(__dirname, '../../..');
    const offenders = [...sources(join(root, 'dialogs')), ...sources(join(root, 'src'))].filter((file) =>
      /\b(ChoicePrompt|ConfirmPrompt|NumberPrompt|DateTimePrompt|recognizeChoices|Recognizer|TestAdapter|TestFlow)\b/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
