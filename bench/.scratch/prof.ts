import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdirSync, rmSync } from 'node:fs';
import { trimmedOptions } from '../coldStart';
async function main() {
  const fn = process.argv[2] ?? 'sms'; const trim = process.argv[3] === 'trim';
  const out = `/tmp/prof/${fn}.js`;
  await build({ entryPoints: [`functions/${fn}.ts`], bundle: true, minify: false, platform: 'node', target: 'node20', outfile: out, logLevel: 'silent', ...(trim ? trimmedOptions() : {}) });
  const lines = readFileSync(out, 'utf8').split('\n');
  const owner: string[] = []; let cur = 'bootstrap';
  for (let i = 0; i < lines.length; i++) { const m = /^\/\/ (node_modules\/.+|src\/.+|functions\/.+|dialogs\/.+|content\/.+)$/.exec(lines[i]); if (m) { const p = m[1]; const pk = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p); cur = pk ? pk[1] : p.split('/')[0]; } owner[i] = cur; }
  rmSync('/tmp/prof/cpu', { recursive: true, force: true }); mkdirSync('/tmp/prof/cpu', { recursive: true });
  let total: Record<string, number> = {};
  for (let r = 0; r < 3; r++) {
    spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof/cpu', '--cpu-prof-interval=100', '-e', `require('${out}')`], { env: { ...process.env, NODE_NO_WARNINGS: '1' } });
  }
  for (const f of readdirSync('/tmp/prof/cpu')) {
    const prof = JSON.parse(readFileSync(`/tmp/prof/cpu/${f}`, 'utf8'));
    const byId = new Map<number, any>(prof.nodes.map((n: any) => [n.id, n]));
    const dt = prof.timeDeltas as number[];
    prof.samples.forEach((id: number, i: number) => {
      const n = byId.get(id); const url = n.callFrame.url as string;
      const key = url.endsWith(`${fn}.js`) ? owner[n.callFrame.lineNumber] ?? '?' : url ? (url.startsWith('node:') ? 'node-internal' : url) : n.callFrame.functionName || '(vm)';
      total[key] = (total[key] ?? 0) + dt[i] / 1000 / 3;
    });
  }
  const sum = Object.values(total).reduce((a, b) => a + b, 0);
  console.log(fn, trim ? 'trimmed' : 'deployed', 'total ms', sum.toFixed(0));
  for (const [k, v] of Object.entries(total).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(0).padStart(6), k);
}
main();
