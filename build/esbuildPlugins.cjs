// esbuild plugins for the trimmed bundle. serverless-esbuild loads such a file through
// `custom.esbuild.plugins: ./path/to/this.cjs` (an array of plugins), so the deployed build can
// use exactly what the bench measures.
const { readFileSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');

/**
 * botbuilder, botbuilder-core, botbuilder-dialogs, botframework-connector and botframework-schema
 * each carry their own nested copy of zod 3 (npm cannot hoist them beside the product's zod 4).
 * Every import of zod from a package that has a nested copy of the same version as the first one
 * found resolves to that one copy: four duplicate copies fewer in every bundle.
 */
function dedupeNestedZod(root = process.cwd()) {
  return {
    name: 'dedupe-nested-zod',
    setup(build) {
      const owners = ['botbuilder', 'botbuilder-core', 'botbuilder-dialogs', 'botframework-connector', 'botframework-schema'];
      const canonical = owners
        .map((o) => join(root, 'node_modules', o, 'node_modules', 'zod'))
        .find((dir) => {
          try {
            readFileSync(join(dir, 'package.json'));
            return true;
          } catch {
            return false;
          }
        });
      if (!canonical) return;
      const version = JSON.parse(readFileSync(join(canonical, 'package.json'), 'utf8')).version;
      build.onResolve({ filter: /^zod(\/.*)?$/ }, (args) => {
        const pkg = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(args.importer)?.[1];
        if (!pkg) return undefined;
        try {
          if (JSON.parse(readFileSync(join(pkg, 'node_modules/zod/package.json'), 'utf8')).version !== version) return undefined;
        } catch {
          return undefined;
        }
        return { path: require.resolve(args.path, { paths: [dirname(canonical)] }) };
      });
    },
  };
}

/**
 * With `splitting`, a function's lazily imported parts are chunk files beside its handler, and
 * serverless-esbuild writes every function's chunks into one folder and zips the whole folder into
 * every function. This writes each function's handler and chunks under `__only_<name>/` instead,
 * serverless-esbuild's folder for files of one function alone (it drops the prefix in that
 * function's zip), so a zip holds only its own code. It relies on each function being named as
 * its handler file (`sms: handler: functions/sms.handler`), which test/unit/build checks.
 */
function chunksPerFunction() {
  return {
    name: 'chunks-per-function',
    setup(build) {
      const { entryPoints, outdir, splitting } = build.initialOptions;
      if (!splitting || !outdir || !Array.isArray(entryPoints) || entryPoints.length !== 1 || typeof entryPoints[0] !== 'string') return;
      const entry = entryPoints[0];
      const folder = dirname(entry);
      if (!outdir.endsWith(folder)) return;
      const buildDir = outdir.slice(0, outdir.length - folder.length);
      const name = basename(entry).replace(/\.[^.]+$/, '');
      build.initialOptions.outdir = join(buildDir, `__only_${name}`, folder);
    },
  };
}

module.exports = [dedupeNestedZod(), chunksPerFunction()];
