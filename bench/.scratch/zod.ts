import { build } from 'esbuild';
async function main() {
  const r = await build({ entryPoints: [`functions/sms.ts`], bundle: true, minify: true, platform: 'node', target: 'node20', write: false, outfile: '/tmp/x.js', metafile: true, logLevel: 'error' });
  const out = Object.values(r.metafile!.outputs)[0];
  const by: Record<string, number> = {};
  for (const [p, i] of Object.entries(out.inputs)) { const m = /^(.*node_modules\/(@[^/]+\/)?[^/]+)\//.exec(p); const k = m ? m[1] : 'src'; by[k] = (by[k] ?? 0) + i.bytesInOutput; }
  for (const [k, v] of Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((v / 1e3).toFixed(0).padStart(6), k);
}
main();
