import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../helpers/sourceFiles';
import { createRuntime } from '../../../src/app/runtime';
import type { DomainRuntime } from '../../../src/app/domainRuntime';
import { compileRegExpsAtOnce } from '../../../src/app/regExpCompilation';

jest.mock('../../../src/app/regExpCompilation', () => ({ compileRegExpsAtOnce: jest.fn() }));

/**
 * A new instance's first message runs every crisis rule once (src/safety). Interpreted, those first
 * matches took about 1 s of CPU (the figure is printed by `npm run bench -- cold` as the first
 * answer); the bot runtime has V8 compile them to machine code at once. V8's own test functions
 * (%RegexpHasBytecode, behind --allow-natives-syntax, so in a child process) tell which way a
 * rule ran.
 */
function firstMatchOfACrisisRule(compiledAtOnce: boolean): { bytecode: boolean; native: boolean } {
  const script = `
    const { CRISIS_RULES } = require(${JSON.stringify(join(ROOT, 'src/safety/crisisRules.ts'))});
    if (${compiledAtOnce}) require(${JSON.stringify(join(ROOT, 'src/app/regExpCompilation.ts'))}).compileRegExpsAtOnce();
    const pattern = CRISIS_RULES[0].pattern;
    pattern.test('hi, what does ccs cover?');
    const ran = (check) => new Function('re', 'return %' + check + '(re, true)')(pattern);
    console.log(JSON.stringify({ bytecode: ran('RegexpHasBytecode'), native: ran('RegexpHasNativeCode') }));
  `;
  const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

describe('Compiling regular expressions at once (the first message of a new instance)', () => {
  it("by V8's default a crisis rule's first match runs in the bytecode interpreter", () => {
    expect(firstMatchOfACrisisRule(false).bytecode).toBe(true);
  });

  it('the bot runtime asks for it when it is built', () => {
    const domain = { config: { TABLE_NAME: 'table', STATE_TTL_DAYS: 30 }, dynamo: { documentClient: {} }, referrals: {}, family: {} };
    createRuntime(domain as unknown as DomainRuntime);
    expect(compileRegExpsAtOnce).toHaveBeenCalledTimes(1);
  });

  it('after compileRegExpsAtOnce (which the bot runtime calls first) it runs as machine code, never interpreted', () => {
    expect(firstMatchOfACrisisRule(true)).toEqual({ bytecode: false, native: true });
  });
});
