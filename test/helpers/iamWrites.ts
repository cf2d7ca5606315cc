import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One DynamoDB statement of a function's role: its actions and the partition-key patterns it is limited to (undefined: no condition). */
export interface TableStatement {
  actions: string[];
  leadingKeys?: string[];
}

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim().replace(/^'(.*)'$/, '$1'))
    .filter(Boolean);

/**
 * The DynamoDB statements of each function's `iamRoleStatements`, read from serverless.yml's text
 * (its CloudFormation tags keep a YAML library from reading it as is), with `*anchor` lists and
 * statements resolved. Enough for this file's flow-style statements; the packaged template is
 * checked in test/unit/config/functionSecrets.test.ts.
 */
export function tableStatements(): Record<string, TableStatement[]> {
  const text = readFileSync(join(__dirname, '../../serverless.yml'), 'utf8');
  const anchoredLists = new Map([...text.matchAll(/^\s*\w+: &(\w+) \[([^\]]*)\]/gm)].map((m) => [m[1], list(m[2])]));
  const anchoredBlocks = new Map([...text.matchAll(/^ {2}(\w+): &(\w+)\n((?: {4}.*\n)+)/gm)].map((m) => [m[2], m[3]]));
  const functionsText = text.slice(text.indexOf('\nfunctions:\n'), text.indexOf('\nresources:'));
  const functions = [...functionsText.matchAll(/^ {2}(\w+):\n((?:(?: {4}.*)?\n)+)/gm)];
  return Object.fromEntries(
    functions.map(([, name, body]) => {
      const roles = body.slice(body.indexOf('iamRoleStatements:'));
      const statements = roles
        .split(/\n\s{6}- /)
        .slice(1)
        .map((statement) => anchoredBlocks.get(/^\*(\w+)/.exec(statement)?.[1] ?? '') ?? statement)
        .flatMap((statement): TableStatement[] => {
          const actions = list(/Action: \[([^\]]*)\]/.exec(statement)?.[1] ?? '').filter((a) => a.startsWith('dynamodb:'));
          if (actions.length === 0) return [];
          const keys = /'dynamodb:LeadingKeys': (?:\[([^\]]*)\]|\*(\w+))/.exec(statement);
          const leadingKeys = keys ? (keys[1] !== undefined ? list(keys[1]) : anchoredLists.get(keys[2])) : undefined;
          return [{ actions, leadingKeys }];
        });
      return [name, statements];
    }),
  );
}

/** AWS StringLike: `*` any run of characters, `?` exactly one. */
export function stringLike(pattern: string, value: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`, 's').test(value);
}

/** Whether a role lets `action` touch an item under partition key `pk` (some statement allows the action, and its condition, if any, matches). */
export function allows(statements: TableStatement[], action: string, pk: string): boolean {
  return statements.some((s) => s.actions.includes(action) && (!s.leadingKeys || s.leadingKeys.some((pattern) => stringLike(pattern, pk))));
}
