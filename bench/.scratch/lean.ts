import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { trimmedOptions } from '../coldStart';
const stub = join(__dirname, 'leanStub.cjs');
const sets: Record<string, string[]> = {
  'connector+azure': ['botframework-connector', '@azure/identity', '@azure/msal-node'],
  'ssm+ses': ['@aws-sdk/client-ssm', '@aws-sdk/client-sesv2'],
  'date-holidays': ['date-holidays'],
  all: ['botframework-connector', '@azure/identity', '@azure/msal-node', '@aws-sdk/client-ssm', '@aws-sdk/client-sesv2', 'date-holidays', 'botframework-streaming'],
};
async function main() {
  const t = trimmedOptions();
  for (const [name, pk] of Object.entries(sets)) {
    const out = `/tmp/exp/lean-${name}.js`;
    await build({ entryPoints: ['functions/sms.ts'], bundle: true, minify: true, platform: 'node', target: 'node20', outfile: out, logLevel: 'silent', alias: { ...t.alias, ...Object.fromEntries(pk.map((p) => [p, stub])) }, plugins: t.plugins });
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = spawnSync(process.execPath, ['-e', `const t=process.hrtime.bigint();try{require('${out}')}catch(e){console.log('ERR',e.stack.split('\\n').slice(0,3).join(' '))};console.log(Number(process.hrtime.bigint()-t)/1e6)`], { encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } });
      const lines = r.stdout.trim().split('\n'); if (lines.length > 1 && i === 0) console.log(lines[0]);
      times.push(Number(lines.pop()));
    }
    times.sort((a, b) => a - b);
    console.log(name.padEnd(16), (statSync(out).size / 1e6).toFixed(2), 'MB', times[3].toFixed(0), 'ms');
  }
  const f: number[] = [];
  for (let i = 0; i < 7; i++) { const r = spawnSync(process.execPath, ['-e', `const t=process.hrtime.bigint();require('/tmp/bb/floor.js');console.log(Number(process.hrtime.bigint()-t)/1e6)`], { encoding: 'utf8' }); f.push(Number(r.stdout.trim().split('\n').pop())); }
  f.sort((a, b) => a - b); console.log('floor', f[3].toFixed(0));
}
main();
