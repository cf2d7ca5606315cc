import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { trimmedOptions } from '../coldStart';
const stub = join(__dirname, '../coldstart/recognizersStub.cjs');
async function main() {
  const t = trimmedOptions();
  await build({ entryPoints: ['functions/sms.ts'], bundle: true, minify: false, platform: 'node', target: 'node20', outfile: '/tmp/exp/conn.js', logLevel: 'silent', alias: { ...t.alias, 'botframework-connector': stub }, plugins: t.plugins });
  const r = spawnSync(process.execPath, ['-e', `try{require('/tmp/exp/conn.js')}catch(e){console.log(e.stack.split('\\n').slice(0,8).join('\\n'))}`], { encoding: 'utf8' });
  console.log(r.stdout, r.stderr.slice(0, 500));
}
main();
