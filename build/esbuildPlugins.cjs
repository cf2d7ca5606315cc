// esbuild plugins for the trimmed bundle. serverless-esbuild loads such a file through
// `custom.esbuild.plugins: ./path/to/this.cjs` (an array of plugins), so the deployed build can
// use exactly what the bench measures.
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { basename, dirname, isAbsolute, join } = require('node:path');

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
 * when one of their exports is first read instead: the same modules, evaluated on first use. The
 * web chat's adapter reads them when it is built; the connector's code itself sits in a file of
 * its own (connectorApart, below). Other requires an SMS turn never reads are deferred the same way.
 */
const DEFERRED_REQUIRES = {
  // Their indexes evaluate every module they re-export (skills, Teams, transcripts, telemetry, every
  // prompt...); a module is evaluated when the bot first reads one of its exports (~6 ms less per start).
  'botbuilder-core/lib/index.js': 'every require',
  'botbuilder-dialogs/lib/index.js': 'every require',
  'botbuilder-dialogs/lib/prompts/index.js': 'every require',
  'botbuilder-dialogs/lib/dialogHelper.js': ['botframework-connector'],
  'botbuilder-dialogs/lib/prompts/oauthPrompt.js': ['botframework-connector'],
  // botbuilder-core's storage reads only `stringify`; the Azure HTTP compatibility layer is the connector's.
  'botbuilder-stdlib/lib/index.js': ['./azureCoreHttpCompat'],
  // Only a Recognizer's telemetry calls lodash's omit (136 modules, ~5 ms to evaluate); the bot has no Recognizer.
  'botbuilder-dialogs/lib/recognizer.js': ['lodash/omit'],
  // In the connector's own file: its indexes load all they re-export (Teams, skills, the emulator,
  // managed identity, certificates...), of which the web chat's auth and replies read a few.
  'botframework-connector/lib/index.js': 'every require',
  'botframework-connector/lib/auth/index.js': 'every require',
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
    // const x_1 = __importDefault(require("m"));
    [
      new RegExp(`^((?:const|var) \\w+ = )__importDefault\\(${call}\\);$`, 'm'),
      (_, declaration) => `${declaration}__deferredModule(() => __importDefault(${req}));`,
    ],
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
      build.onLoad({ filter: /node_modules\/(botbuilder-(core|dialogs|stdlib)|botframework-connector)\/lib\/.*\.js$/ }, (args) => {
        const file = Object.keys(DEFERRED_REQUIRES).find((f) => args.path.endsWith(`node_modules/${f}`));
        if (!file) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const specs =
          DEFERRED_REQUIRES[file] === 'every require'
            ? [...new Set([...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))]
            : DEFERRED_REQUIRES[file];
        const code = specs.reduce((text, spec) => deferRequire(text, args.path, spec), source);
        return { contents: DEFER_HELPER + code, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

/** The file beside a bot function's handler that holds botframework-connector (see connectorApart). */
const CONNECTOR_FILE = 'botframework-connector.cjs';

/** What the connector's file exports, by the name its stand-in module in the bundle reads. */
const CONNECTOR_FILE_EXPORTS = {
  connector: 'botframework-connector',
  // The connector's and CloudAdapter's Azure HTTP classes (HttpHeaders, WebResource), one copy for both.
  azureCoreHttpCompat: 'botbuilder-stdlib/lib/azureCoreHttpCompat',
};

/**
 * Deferring the connector (above) spares its evaluation, but its code (~1.5 MB with MSAL, axios,
 * node-fetch, jsonwebtoken and Azure's HTTP stack, half of a bot bundle) was still compiled at
 * every cold start (~25 ms per MB). It is built into a file of its own beside the handler
 * (`botframework-connector.cjs`, CommonJS, so a deferred `require` can load it synchronously), and
 * every import of it in the bundle reads that file when first evaluated: an SMS cold start never
 * reads it, the web chat's adapter reads it on first use. The file carries its own copies of what
 * it shares with the bundle (botframework-schema's constants, botbuilder-stdlib's helpers, zod 3),
 * none of which holds state or classes the two sides exchange; the one shared class library,
 * botbuilder-stdlib's Azure HTTP layer, goes into the file and both sides read it there.
 */
function connectorApart() {
  const built = new Map(); // build options -> Promise of the connector file's code (one build per `serverless package`)
  return {
    name: 'connector-apart',
    setup(build) {
      let used = false;
      build.onResolve({ filter: /^botframework-connector$|^botbuilder-stdlib\/lib\/azureCoreHttpCompat$/ }, (args) => ({
        path: Object.keys(CONNECTOR_FILE_EXPORTS).find((key) => CONNECTOR_FILE_EXPORTS[key] === args.path),
        namespace: 'connector-apart',
      }));
      build.onResolve({ filter: /^\.\/azureCoreHttpCompat$/ }, (args) =>
        args.importer.endsWith('node_modules/botbuilder-stdlib/lib/index.js') ? { path: 'azureCoreHttpCompat', namespace: 'connector-apart' } : undefined,
      );
      build.onResolve({ filter: new RegExp(`^\\./${escapeRegExp(CONNECTOR_FILE)}$`), namespace: 'connector-apart' }, (args) => ({
        path: args.path,
        external: true,
      }));
      build.onLoad({ filter: /.*/, namespace: 'connector-apart' }, (args) => {
        used = true;
        return { contents: `module.exports = require(${JSON.stringify(`./${CONNECTOR_FILE}`)}).${args.path};`, loader: 'js' };
      });
      build.onEnd(async (result) => {
        if (!used || result.errors.length) return;
        const contents = Object.entries(CONNECTOR_FILE_EXPORTS)
          .map(([name, spec]) => `exports.${name} = require(${JSON.stringify(spec)});`)
          .join('\n');
        await writeFileApart(build, 'connector-apart', CONNECTOR_FILE, contents, built);
      });
    },
  };
}

/**
 * Writes `fileName` (CommonJS, `contents` bundled with the build's options and plugins but the
 * one setting it apart, `pluginName`) beside the build's output; `built` caches the code per set
 * of options, so `serverless package` bundles it once for all functions.
 */
async function writeFileApart(build, pluginName, fileName, contents, built) {
  const options = build.initialOptions;
  if (options.write === false || !options.outdir) return;
  const fileOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: options.target,
    minify: options.minify,
    mainFields: options.mainFields,
    alias: options.alias,
    absWorkingDir: options.absWorkingDir,
    plugins: (options.plugins ?? []).filter((plugin) => plugin.name !== pluginName),
  };
  const key = JSON.stringify({ ...fileOptions, plugins: fileOptions.plugins.map((plugin) => plugin.name) });
  if (!built.has(key))
    built.set(
      key,
      build.esbuild
        .build({
          ...fileOptions,
          stdin: { contents, resolveDir: options.absWorkingDir ?? process.cwd(), sourcefile: fileName },
          write: false,
          logLevel: 'error',
        })
        .then((out) => out.outputFiles[0].contents),
    );
  const outdir = isAbsolute(options.outdir) ? options.outdir : join(options.absWorkingDir ?? process.cwd(), options.outdir);
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, fileName), await built.get(key));
}

/** The file beside a function's handler that holds libphonenumber-js (see phoneNumbersApart). */
const PHONE_NUMBERS_FILE = 'libphonenumber-js.cjs';

/** The functions of libphonenumber-js the product calls; importing any other fails the build. */
const PHONE_NUMBER_FUNCTIONS = ['parsePhoneNumberFromString'];

/**
 * libphonenumber-js (~120 kB with its metadata, compiled and evaluated at every bot cold start)
 * serves only phone answers and phone formatting (an intake, a handoff), which a first turn
 * seldom needs. It is built into a file of its own beside the handler, and the bundle imports
 * functions of the same names that read that file on their first call: the same code, loaded on
 * first use.
 */
function phoneNumbersApart() {
  const built = new Map();
  return {
    name: 'phone-numbers-apart',
    setup(build) {
      let used = false;
      build.onResolve({ filter: /^libphonenumber-js$/ }, () => ({ path: 'libphonenumber-js', namespace: 'phone-numbers-apart' }));
      build.onResolve({ filter: new RegExp(`^\\./${escapeRegExp(PHONE_NUMBERS_FILE)}$`), namespace: 'phone-numbers-apart' }, (args) => ({
        path: args.path,
        external: true,
      }));
      build.onLoad({ filter: /.*/, namespace: 'phone-numbers-apart' }, () => {
        used = true;
        const load = `require(${JSON.stringify(`./${PHONE_NUMBERS_FILE}`)})`;
        return {
          contents: PHONE_NUMBER_FUNCTIONS.map((name) => `export function ${name}(...args) { return ${load}.${name}(...args); }`).join('\n'),
          loader: 'js',
        };
      });
      build.onEnd(async (result) => {
        if (!used || result.errors.length) return;
        await writeFileApart(
          build,
          'phone-numbers-apart',
          PHONE_NUMBERS_FILE,
          `export { ${PHONE_NUMBER_FUNCTIONS.join(', ')} } from 'libphonenumber-js';`,
          built,
        );
      });
    },
  };
}

/**
 * botbuilder-dialogs' NumberPrompt loads Globalize and CLDR's number data for ten languages
 * (~150 kB) when botbuilder-dialogs is imported. The bot never uses NumberPrompt
 * (test/unit/build/trims.test.ts), so the bundle carries one that fails loudly when it is built,
 * as the stubbed text recognizers do (build/recognizersStub.cjs).
 */
function trimNumberPrompt() {
  return {
    name: 'trim-number-prompt',
    setup(build) {
      build.onLoad({ filter: /node_modules\/botbuilder-dialogs\/lib\/prompts\/numberPrompt\.js$/ }, () => ({
        contents: `exports.NumberPrompt = class NumberPrompt {
  constructor() {
    throw new Error('NumberPrompt was trimmed from this bundle (build/esbuildPlugins.cjs trim-number-prompt)');
  }
};`,
        loader: 'js',
      }));
    },
  };
}

/**
 * Parts of Bot Framework that the web chat never runs: its sign-in is an app id and password, its
 * JWT checks and replies are plain HTTPS, and a Lambda takes no streaming connection. The
 * connector's file (connectorApart) and the web function's bundle would otherwise compile them at
 * every web cold start (~25 ms per MB), and the streaming parts were evaluated there too. Each
 * `spec`, where `importer` imports it, is a module that fails loudly when one of its exports is
 * used (build/failingModule.cjs).
 */
const UNUSED_BOT_FRAMEWORK_PARTS = [
  // Managed-identity sign-in (the UserAssignedMSI app type): Azure's identity library, with its own copy of MSAL and a browser opener (~280 kB).
  { spec: '@azure/identity', importer: 'botframework-connector/lib/auth/jwtTokenProviderFactory.js', use: 'managed-identity sign-in' },
  // Calling a skill (another bot) is axios' one use here; with it go form-data, mime-db and proxy agents (~250 kB).
  { spec: 'axios', importer: 'botframework-connector/lib/auth/botFrameworkClientImpl.js', use: 'calling a skill' },
  // The Teams API client (TeamsInfo's), ~45 kB.
  { spec: './teams', importer: 'botframework-connector/lib/index.js', use: 'the Teams API' },
  // CloudAdapter's streaming connections (named pipes, WebSockets: App Service's Direct Line extension), with ws and the legacy
  // BotFrameworkAdapter, whose user agent only they read (~100 kB); the web chat's adapter runs activities it is handed over HTTP.
  { spec: 'botframework-streaming', importer: 'botbuilder/lib/cloudAdapter.js', use: 'streaming connections' },
  { spec: './streaming', importer: 'botbuilder/lib/cloudAdapter.js', use: 'streaming connections' },
  { spec: './botFrameworkAdapter', importer: 'botbuilder/lib/cloudAdapter.js', use: 'streaming connections' },
];

function trimUnusedBotFrameworkParts() {
  return {
    name: 'trim-unused-bot-framework-parts',
    setup(build) {
      const specs = new RegExp(`^(${UNUSED_BOT_FRAMEWORK_PARTS.map((part) => escapeRegExp(part.spec)).join('|')})$`);
      build.onResolve({ filter: specs }, (args) => {
        const part = UNUSED_BOT_FRAMEWORK_PARTS.find((p) => p.spec === args.path && args.importer.endsWith(`node_modules/${p.importer}`));
        return part && { path: `${part.spec} (${part.use})`, namespace: 'unused-bot-framework-part' };
      });
      build.onLoad({ filter: /.*/, namespace: 'unused-bot-framework-part' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(join(__dirname, 'failingModule.cjs'))})(${JSON.stringify(
          `${args.path} was trimmed from this bundle (build/esbuildPlugins.cjs trim-unused-bot-framework-parts)`,
        )});`,
        loader: 'js',
        resolveDir: __dirname,
      }));
    },
  };
}

module.exports = [
  dedupeNestedZod(),
  deferConnector(),
  connectorApart(),
  phoneNumbersApart(),
  trimNumberPrompt(),
  trimUnusedBotFrameworkParts(),
  chunksPerFunction(),
];
module.exports.CONNECTOR_FILE = CONNECTOR_FILE;
module.exports.PHONE_NUMBERS_FILE = PHONE_NUMBERS_FILE;
