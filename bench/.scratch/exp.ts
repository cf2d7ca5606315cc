import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { trimmedOptions } from '../coldStart';
const stub = join(__dirname, '../coldstart/recognizersStub.cjs');
const variants: Record<string, string[]> = {
  trimmed: [],
  '+date-holidays': ['date-holidays'],
  '+azure': ['@azure/identity', '@azure/msal-node'],
  '+ssm+ses': ['@aws-sdk/client-ssm', '@aws-sdk/client-sesv2'],
  '+libphone': ['libphonenumber-js'],
  '+connector': ['botframework-connector'],
  '+all': ['date-holidays', '@azure/identity', '@azure/msal-node', '@aws-sdk/client-ssm', '@aws-sdk/client-sesv2', 'botframework-connector'],
};
async function main() {
  const t = trimmedOptions();
  for (const [name, pk] of Object.entries(variants)) {
    const out = `/tmp/exp/${name}.js`;
    try {
      await build({ entryPoints: ['functions/sms.ts'], bundle: true, minify: true, platform: 'node', target: 'node20', outfile: out, logLevel: 'silent', alias: { ...t.alias, ...Object.fromEntries(pk.map((p) => [p, stub])) }, plugins: t.plugins });
    } catch (e) { console.log(name, 'build failed', String(e).slice(0, 200)); continue; }
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = spawnSync(process.execPath, ['-e', `const t=process.hrtime.bigint();try{require('${out}')}catch(e){console.log('ERR',e.message.slice(0,100))};console.log(Number(process.hrtime.bigint()-t)/1e6)`], { encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } });
      const lines = r.stdout.trim().split('\n'); if (lines.length > 1) console.log(lines[0]);
      times.push(Number(lines.pop()));
    }
    times.sort((a, b) => a - b);
    const { size } = require('node:fs').statSync(out);
    console.log(name.padEnd(16), (size / 1e6).toFixed(2), 'MB', times[2].toFixed(0), 'ms', times.map((x) => x.toFixed(0)).join(' '));
  }
}
main();
