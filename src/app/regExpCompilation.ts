import { setFlagsFromString } from 'node:v8';

/**
 * V8 runs a regular expression's first match in its bytecode interpreter and compiles machine code
 * only when the expression runs again. On the crisis rules' large alternations (src/safety) those
 * first, interpreted matches took about 1 s of CPU on a new instance's first message; compiled at
 * once, the same check takes about 0.1 s. NODE_OPTIONS refuses V8 flags like this one, so the bot
 * runtime sets it before its first turn: an expression reads it when it is first run.
 */
export function compileRegExpsAtOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
