import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One function of serverless.yml: its name, handler module (`functions/x`) and HTTP API route keys ("METHOD /path"). */
export interface ServerlessFunction {
  name: string;
  /** The handler's module, relative to the project root, without extension. */
  module: string;
  routeKeys: string[];
}

const ROOT = join(__dirname, '../..');

/**
 * The functions serverless.yml declares, read from the file itself so the local host and the
 * benchmarks use the deployed route table rather than a copy of it. Reads the one layout the file
 * uses: functions at two spaces under `functions:`, `handler: functions/x.handler`, and httpApi
 * events written `{ method: GET, path: /x }` or as `method:` / `path:` lines below `- httpApi:`.
 */
export function serverlessFunctions(yml = readFileSync(join(ROOT, 'serverless.yml'), 'utf8')): ServerlessFunction[] {
  const body = /^functions:\n([\s\S]*?)(?=^\S)/m.exec(`${yml}\n~`)?.[1] ?? '';
  const blocks = body.split(/^(?= {2}\w+:\s*$)/m).filter((b) => /^ {2}\w+:/.test(b));
  return blocks.flatMap((block) => {
    const name = /^ {2}(\w+):/.exec(block)![1];
    const module = /^ {4}handler:\s*(\S+)\.handler\s*$/m.exec(block)?.[1];
    if (!module) return [];
    const routeKeys = [...block.matchAll(/- httpApi:[ \t]*(\{.*\}|\n(?: {10}.*\n?)+)/g)].map(([, event]) => {
      const field = (key: string) => {
        const m = new RegExp(`\\b${key}:\\s*(?:'([^']+)'|([^\\s,}]+))`).exec(event);
        return m?.[1] ?? m?.[2];
      };
      return `${field('method')} ${field('path')}`;
    });
    return [{ name, module, routeKeys }];
  });
}
