import { build } from 'esbuild';
async function main() {
  for (const fn of ['sms', 'messages', 'health']) {
    const r = await build({ entryPoints: [`functions/${fn}.ts`], bundle: true, minify: true, platform: 'node', target: 'node20', outfile: `/tmp/bb/${fn}.js`, metafile: true, logLevel: 'error' });
    const inputs = r.metafile!.outputs[`../../tmp/bb/${fn}.js`] ?? Object.values(r.metafile!.outputs)[0];
    const byPkg: Record<string, number> = {};
    for (const [path, info] of Object.entries(inputs.inputs)) {
      const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(path);
      const key = m ? m[1] : path.split('/').slice(0, 2).join('/');
      byPkg[key] = (byPkg[key] ?? 0) + info.bytesInOutput;
    }
    console.log(fn, (inputs.bytes / 1e6).toFixed(2), 'MB');
    for (const [k, v] of Object.entries(byPkg).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log('  ', k, (v / 1e3).toFixed(0), 'kB');
  }
}
main();
