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

/**
 * botbuilder-core and botbuilder-dialogs load botframework-connector (and with it MSAL, axios,
 * node-fetch, jsonwebtoken and Azure's HTTP stack: ~50 ms of every bot cold start) when they are
 * imported, although only Bot Framework authentication, skills and OAuth use it, which an SMS turn
 * never does. In these files that require, and the re-exports of the modules that make it, run
 * when one of their exports is first read instead: the same modules, evaluated on first use (the
 * code stays in the bundle). The web chat's adapter reads them when it is built.
 */
const DEFERRED_REQUIRES = {
  'botbuilder-core/lib/index.js': [
    './cloudAdapterBase',
    './configurationBotFrameworkAuthentication',
    './configurationServiceClientCredentialFactory',
    './showTypingMiddleware',
  ],
  'botbuilder-dialogs/lib/dialogHelper.js': ['botframework-connector'],
  'botbuilder-dialogs/lib/prompts/oauthPrompt.js': ['botframework-connector'],
  // botbuilder-core's storage reads only `stringify`; the Azure HTTP compatibility layer is the connector's.
  'botbuilder-stdlib/lib/index.js': ['./azureCoreHttpCompat'],
};

/** A module object that requires the module when one of its properties is first read. */
const DEFER_HELPER =
  'function __deferredModule(load) { let m; return new Proxy({}, { get: (_, key) => (m ??= load())[key], has: (_, key) => key in (m ??= load()) }); }\n';

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `code` (a TypeScript-compiled CommonJS file at `file`) with `require(spec)` deferred to first use; throws if it has no such require. */
function deferRequire(code, file, spec) {
  const req = `require(${JSON.stringify(spec)})`;
  const call = escapeRegExp(req);
  const patterns = [
    // const x_1 = require("m");
    [new RegExp(`^((?:const|var) \\w+ = )${call};$`, 'm'), (_, declaration) => `${declaration}__deferredModule(() => ${req});`],
    // __exportStar(require("./m"), exports);  ->  a getter per export of m (named here, at build time)
    [
      new RegExp(`^__exportStar\\(${call}, exports\\);$`, 'm'),
      () => {
        const names = Object.keys(require(require.resolve(spec, { paths: [dirname(file)] }))).filter((n) => n !== 'default' && n !== '__esModule');
        return `for (const key of ${JSON.stringify(names)}) if (!Object.prototype.hasOwnProperty.call(exports, key)) Object.defineProperty(exports, key, { enumerable: true, get: () => ${req}[key] });`;
      },
    ],
    // exports.X = __importStar(require("./m"));
    [
      new RegExp(`^exports\\.(\\w+) = __importStar\\(${call}\\);$`, 'm'),
      (_, name) =>
        `let ${name}Deferred; Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => (${name}Deferred ??= __importStar(${req})) });`,
    ],
  ];
  for (const [pattern, replacement] of patterns) if (pattern.test(code)) return code.replace(pattern, replacement);
  throw new Error(`defer-connector: ${file} has no ${req} to defer (did botbuilder change?)`);
}

function deferConnector() {
  return {
    name: 'defer-connector',
    setup(build) {
      build.onLoad({ filter: /node_modules\/botbuilder-(core|dialogs|stdlib)\/lib\/.*\.js$/ }, (args) => {
        const file = Object.keys(DEFERRED_REQUIRES).find((f) => args.path.endsWith(`node_modules/${f}`));
        if (!file) return undefined;
        const code = DEFERRED_REQUIRES[file].reduce((text, spec) => deferRequire(text, args.path, spec), readFileSync(args.path, 'utf8'));
        return { contents: DEFER_HELPER + code, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

module.exports = [dedupeNestedZod(), deferConnector(), chunksPerFunction()];
