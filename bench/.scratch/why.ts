import { build } from 'esbuild';
async function main() {
  const targets = process.argv.slice(2);
  const r = await build({ entryPoints: [`functions/sms.ts`], bundle: true, minify: true, platform: 'node', target: 'node20', write: false, outfile: '/tmp/x.js', metafile: true, logLevel: 'error' });
  const inputs = r.metafile!.inputs;
  const importers: Record<string, string[]> = {};
  for (const [p, info] of Object.entries(inputs)) for (const imp of info.imports) (importers[imp.path] ??= []).push(p);
  const zods = new Set(Object.keys(inputs).filter((p) => /node_modules\/zod\//.test(p)).map((p) => p.replace(/(node_modules\/zod)\/.*/, '$1')));
  console.log('zod copies', [...zods]);
  for (const t of targets) {
    const start = Object.keys(inputs).find((p) => p.includes(t));
    if (!start) { console.log('none', t); continue; }
    // BFS back to an entry in src/ or functions/
    let cur = start; const chain = [cur]; const seen = new Set([cur]);
    for (let i = 0; i < 40; i++) {
      const ups = (importers[cur] ?? []).filter((u) => !seen.has(u));
      if (!ups.length) break;
      cur = ups.find((u) => !u.includes('node_modules')) ?? ups[0]; seen.add(cur); chain.push(cur);
      if (!cur.includes('node_modules')) break;
    }
    console.log(t, '\n   <- ' + chain.join('\n   <- '));
  }
}
main();
