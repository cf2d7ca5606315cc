// esbuild plugins for the trimmed bundle. serverless-esbuild loads such a file through
// `custom.esbuild.plugins: ./path/to/this.cjs` (an array of plugins), so the deployed build can
// use exactly what the bench measures.
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { basename, dirname, isAbsolute, join } = require('node:path');
const { evaluateAtBuild } = require('./evaluateAtBuild.cjs');

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
      const canonical = canonicalNestedZod(root);
      if (!canonical) return;
      build.onResolve({ filter: /^zod(\/.*)?$/ }, (args) =>
        importsCanonicalZod(args.importer, canonical) ? { path: canonical.resolve(args.path) } : undefined,
      );
    },
  };
}

/** The first of Bot Framework's nested zod 3 copies: its version, and where a zod specifier resolves in it. */
function canonicalNestedZod(root) {
  const owners = ['botbuilder', 'botbuilder-core', 'botbuilder-dialogs', 'botframework-connector', 'botframework-schema'];
  const dir = owners.map((o) => join(root, 'node_modules', o, 'node_modules', 'zod')).find((d) => readPackageJson(d) !== undefined);
  if (!dir) return undefined;
  return { version: readPackageJson(dir).version, resolve: (spec) => require.resolve(spec, { paths: [dirname(dir)] }) };
}

/** Whether a zod import from `importer` is one of the nested copies of the canonical one's version. */
function importsCanonicalZod(importer, canonical) {
  const pkg = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(importer)?.[1];
  return pkg !== undefined && readPackageJson(join(pkg, 'node_modules/zod'))?.version === canonical.version;
}

function readPackageJson(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
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

/** Packages the connector's file takes from the bundle that reads it instead of carrying copies of its own. */
const FROM_THE_BUNDLE = ['zod', 'botframework-schema'];

/**
 * Deferring the connector (above) spares its evaluation, but its code (~1.5 MB with MSAL, axios,
 * node-fetch, jsonwebtoken and Azure's HTTP stack, half of a bot bundle) was still compiled at
 * every cold start (~25 ms per MB). It is built into a file of its own beside the handler
 * (`botframework-connector.cjs`, CommonJS, so a deferred `require` can load it synchronously), and
 * every import of it in the bundle reads that file when first evaluated: an SMS cold start never
 * reads it, the web chat's adapter reads it on first use. The file exports one function, which the
 * bundle calls with its own zod 3 and botframework-schema (FROM_THE_BUNDLE), so the file carries
 * no second copy of either (~90 kB less to compile, and the schema's zod objects built once); the
 * one class library both sides use, botbuilder-stdlib's Azure HTTP layer, is in the file and the
 * bundle reads it there. Other helpers the file shares with the bundle (botbuilder-stdlib's) are
 * copies that hold no state.
 */
function connectorApart(root = process.cwd()) {
  const built = new Map(); // build options -> Promise of the connector file's code (one build per `serverless package`)
  return {
    name: 'connector-apart',
    setup(build) {
      let used = false;
      const canonicalZod = canonicalNestedZod(root);
      build.onResolve({ filter: /^botframework-connector$|^botbuilder-stdlib\/lib\/azureCoreHttpCompat$/ }, (args) => ({
        path: Object.keys(CONNECTOR_FILE_EXPORTS).find((key) => CONNECTOR_FILE_EXPORTS[key] === args.path),
        namespace: 'connector-apart',
      }));
      build.onResolve({ filter: /^\.\/azureCoreHttpCompat$/ }, (args) =>
        args.importer.endsWith('node_modules/botbuilder-stdlib/lib/index.js') ? { path: 'azureCoreHttpCompat', namespace: 'connector-apart' } : undefined,
      );
      build.onResolve({ filter: /^connector-file$/, namespace: 'connector-apart' }, () => ({ path: 'connector-file', namespace: 'connector-apart' }));
      build.onResolve({ filter: new RegExp(`^\\./${escapeRegExp(CONNECTOR_FILE)}$`), namespace: 'connector-apart' }, (args) => ({
        path: args.path,
        external: true,
      }));
      build.onLoad({ filter: /.*/, namespace: 'connector-apart' }, (args) => {
        used = true;
        if (args.path !== 'connector-file') return { contents: `module.exports = require("connector-file").${args.path};`, loader: 'js' };
        // The bundle's own copies, resolved as its Bot Framework packages resolve them (zod 3 through dedupe-nested-zod).
        const modules = { zod: canonicalZod.resolve('zod'), 'botframework-schema': require.resolve('botframework-schema', { paths: [root] }) };
        const fromTheBundle = FROM_THE_BUNDLE.map((name) => `${JSON.stringify(name)}: require(${JSON.stringify(modules[name])})`).join(', ');
        return { contents: `module.exports = require(${JSON.stringify(`./${CONNECTOR_FILE}`)})({ ${fromTheBundle} });`, loader: 'js', resolveDir: root };
      });
      build.onEnd(async (result) => {
        if (!used || result.errors.length) return;
        const contents = [
          'const fromTheBundle = require("connector-file:from-the-bundle");',
          'module.exports = (modules) => {',
          '  Object.assign(fromTheBundle, modules);',
          `  return { ${Object.entries(CONNECTOR_FILE_EXPORTS)
            .map(([name, spec]) => `${name}: require(${JSON.stringify(spec)})`)
            .join(', ')} };`,
          '};',
        ].join('\n');
        await writeFileApart(build, 'connector-apart', CONNECTOR_FILE, contents, built, [takeFromTheBundle(canonicalZod)]);
      });
    },
  };
}

/**
 * In the connector's file: FROM_THE_BUNDLE's packages are the modules the bundle passed in (zod
 * only where dedupe-nested-zod would resolve it to the bundle's copy); reading one before the
 * bundle passed it fails loudly.
 */
function takeFromTheBundle(canonicalZod) {
  return {
    name: 'take-from-the-bundle',
    setup(build) {
      build.onResolve({ filter: /^connector-file:from-the-bundle$/ }, () => ({ path: 'registry', namespace: 'from-the-bundle' }));
      build.onResolve({ filter: new RegExp(`^(${FROM_THE_BUNDLE.map(escapeRegExp).join('|')})$`) }, (args) =>
        args.path !== 'zod' || importsCanonicalZod(args.importer, canonicalZod) ? { path: args.path, namespace: 'from-the-bundle' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'from-the-bundle' }, (args) => ({
        contents:
          args.path === 'registry'
            ? 'module.exports = {};'
            : `const module_ = require("connector-file:from-the-bundle")[${JSON.stringify(args.path)}];
if (!module_) throw new Error(${JSON.stringify(`${CONNECTOR_FILE} was loaded without the bundle's ${args.path} (build/esbuildPlugins.cjs connector-apart)`)});
module.exports = module_;`,
        loader: 'js',
      }));
    },
  };
}

/**
 * Writes `fileName` (CommonJS, `contents` bundled with the build's options and plugins but the
 * one setting it apart, `pluginName`, and `ownPlugins` first) beside the build's output; `built`
 * caches the code per set of options, so `serverless package` bundles it once for all functions.
 */
async function writeFileApart(build, pluginName, fileName, contents, built, ownPlugins = []) {
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
    plugins: [...ownPlugins, ...(options.plugins ?? []).filter((plugin) => plugin.name !== pluginName)],
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
  writeFileSync(
    join(outdir, fileName),
    options.minify ? commonJsWrappersAsFunctions(Buffer.from(await built.get(key)).toString('utf8'), fileName).code : await built.get(key),
  );
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
 * Parts of Bot Framework that the bot never runs: the web chat's sign-in is an app id and
 * password, its JWT checks and replies are plain HTTPS with no proxy, a Lambda takes no streaming
 * connection, and no dialog uses a Recognizer. The connector's file (connectorApart) and the bot
 * functions' bundles would otherwise compile them at every cold start (~25 ms per MB), and the
 * streaming parts were evaluated there too. Each `spec`, where `importer` imports it, is a module
 * that fails loudly when one of its exports is used (build/failingModule.cjs).
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
  // Only a Recognizer's telemetry calls lodash's omit (136 modules, ~25 kB; it was evaluated on first use, but compiled at every
  // start); the bot has no Recognizer (test/unit/build/trims.test.ts).
  { spec: 'lodash/omit', importer: 'botbuilder-dialogs/lib/recognizer.js', use: "a Recognizer's telemetry" },
  // Prompts whose text recognizers are stubbed out already (serverless.yml alias), and the adapter tests drive a bot with: no product
  // code names them (test/unit/build/trims.test.ts) and no first turn evaluated them (V8 coverage, round 5); 16 kB of each bot
  // bundle, pre-parsed at every start.
  { spec: './choicePrompt', importer: 'botbuilder-dialogs/lib/prompts/index.js', use: 'ChoicePrompt' },
  { spec: './confirmPrompt', importer: 'botbuilder-dialogs/lib/prompts/index.js', use: 'ConfirmPrompt' },
  { spec: './datetimePrompt', importer: 'botbuilder-dialogs/lib/prompts/index.js', use: 'DateTimePrompt' },
  { spec: './testAdapter', importer: 'botbuilder-core/lib/index.js', use: "testing a bot (botbuilder-core's TestAdapter)" },
  // The connector's HTTP pipeline builds a proxy agent only when HTTP(S)_PROXY is set, which no function of the stack sets, and
  // its key discovery only when given proxy settings, which the web chat's adapter never passes (src/channels/web/webChatAdapter.ts);
  // with the agents go agent-base, debug, supports-color and Node's tty (~30 kB, evaluated at every web start).
  { spec: 'https-proxy-agent', importer: '@typespec/ts-http-runtime/dist/commonjs/policies/proxyPolicy.js', use: 'sending through an HTTPS proxy' },
  { spec: 'http-proxy-agent', importer: '@typespec/ts-http-runtime/dist/commonjs/policies/proxyPolicy.js', use: 'sending through an HTTP proxy' },
  { spec: 'https-proxy-agent', importer: 'botframework-connector/lib/auth/openIdMetadata.js', use: 'key discovery through a proxy' },
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

/**
 * @middy/core imports Node's web streams (`node:stream/web`) for one `instanceof` in its
 * streamed-response mode, which the product's handlers do not use (src/http/middleware.ts). As a
 * static import, every function built with middy loaded them at start: six of Node's own modules,
 * ~2 ms of CPU that the floor does not spend. Here that one check reads the module when it runs.
 */
function lazyMiddyWebStreams() {
  const IMPORT = 'import { ReadableStream } from "node:stream/web";\n';
  const CHECK = 'handlerBody instanceof ReadableStream';
  return {
    name: 'lazy-middy-web-streams',
    setup(build) {
      build.onLoad({ filter: /node_modules\/@middy\/core\/index\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(IMPORT) || source.split(CHECK).length !== 2)
          throw new Error(`lazy-middy-web-streams: ${args.path} no longer reads ReadableStream once as expected (did @middy/core change?)`);
        return {
          contents: source.replace(IMPORT, '').replace(CHECK, 'handlerBody instanceof require("node:stream/web").ReadableStream'),
          loader: 'js',
          resolveDir: dirname(args.path),
        };
      });
    },
  };
}

/** esbuild's minified CommonJS module helper (`__commonJS`): a function of the module's body and its cached module object. */
const COMMONJS_HELPER = /^\(([\w$]+),([\w$]+)\)=>\(\)=>\{try\{return \2\|\|\1\(\(\2=\{exports:\{\}\}\)\.exports,\2\),\2\.exports\}catch/;

/**
 * Minified, esbuild wraps each bundled CommonJS module in an arrow function passed to its module
 * helper (`var x=y((e,t)=>{...})`), and V8 parses such an arrow's body in full when it compiles
 * the file, not just pre-parses it as it does a function expression's: every module of
 * botbuilder, zod 3, twilio's TwiML and the connector's file was parsed whole at every cold start,
 * and parsed again when first run. Each top-level wrapper whose body reads neither `this` nor
 * `arguments` of its own (so it means the same) is written as a function expression instead.
 * `helpers` maps a chunk's file name to the name it exports the helper under (from the chunk that
 * defines it); the function returns the code and, if this file defines the helper, that name.
 */
function commonJsWrappersAsFunctions(code, fileName, helpers = new Map()) {
  const ts = require('typescript');
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const local = new Set();
  let exportedAs;
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name) && declaration.initializer && COMMONJS_HELPER.test(declaration.initializer.getText(file)))
          local.add(declaration.name.text);
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.importClause?.namedBindings) {
      const exported = helpers.get(basename(statement.moduleSpecifier.text));
      const bindings = statement.importClause.namedBindings;
      if (exported && ts.isNamedImports(bindings))
        for (const element of bindings.elements) if ((element.propertyName ?? element.name).text === exported) local.add(element.name.text);
    }
  }
  for (const statement of file.statements)
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause))
      for (const element of statement.exportClause.elements) if (local.has((element.propertyName ?? element.name).text)) exportedAs = element.name.text;
  if (local.size === 0) return { code, exportedAs };
  // Whether `node` reads the `this` or `arguments` of the function it is in (not of a function or class member inside it).
  const readsOwnThisOrArguments = (node) => {
    if (node.kind === ts.SyntaxKind.ThisKeyword || (ts.isIdentifier(node) && node.text === 'arguments')) return true;
    const ownThis = (ts.isFunctionLike(node) && !ts.isArrowFunction(node)) || ts.isPropertyDeclaration(node) || ts.isClassStaticBlockDeclaration(node);
    if (ownThis) return node.name !== undefined && ts.isComputedPropertyName(node.name) && readsOwnThisOrArguments(node.name);
    return ts.forEachChild(node, readsOwnThisOrArguments) === true;
  };
  const edits = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const { initializer } of statement.declarationList.declarations) {
      const body =
        initializer && ts.isCallExpression(initializer) && ts.isIdentifier(initializer.expression) && local.has(initializer.expression.text)
          ? initializer.arguments[0]
          : undefined;
      if (!body || !ts.isArrowFunction(body) || !ts.isBlock(body.body) || readsOwnThisOrArguments(body.body)) continue;
      edits.push([body.getStart(file), body.body.getStart(file) + 1, `function(${body.parameters.map((p) => p.getText(file)).join(',')}){`]);
    }
  }
  let out = code;
  for (const [start, end, text] of edits.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return { code: out, exportedAs };
}

function commonJsWrappersAsFunctionsPlugin() {
  return {
    name: 'commonjs-wrappers-as-functions',
    setup(build) {
      if (!build.initialOptions.minify || build.initialOptions.write === false) return;
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        if (result.errors.length || !result.metafile) return;
        const root = build.initialOptions.absWorkingDir ?? process.cwd();
        const files = Object.keys(result.metafile.outputs)
          .filter((path) => /\.(m?js|cjs)$/.test(path))
          .map((path) => (isAbsolute(path) ? path : join(root, path)));
        // The chunks that define the helper first, so the files that import it know its name.
        const helpers = new Map();
        const rewritten = new Map();
        for (const path of files) {
          const { code, exportedAs } = commonJsWrappersAsFunctions(readFileSync(path, 'utf8'), path);
          if (exportedAs) helpers.set(basename(path), exportedAs);
          rewritten.set(path, code);
        }
        for (const path of files) {
          const { code } = commonJsWrappersAsFunctions(rewritten.get(path), path, helpers);
          writeFileSync(path, code);
        }
      });
    },
  };
}

/**
 * esbuild writes an imported JSON file as a JavaScript object literal, which V8 parses and
 * builds more slowly than the same text handed to `JSON.parse` (no JavaScript grammar, and
 * objects shaped as they are read): the crisis model alone (168 kB, 5,000 weights) cost ~6 ms
 * of every bot cold start as a literal, ~4 ms parsed. Each of the product's JSON files (content/,
 * the crisis model; not a package's) is `JSON.parse` of its text: the same values. The product
 * imports them only as a default import; a named import of one fails the build.
 */
function jsonParsedAsJson() {
  return {
    name: 'json-parsed-as-json',
    setup(build) {
      build.onLoad({ filter: /\.json$/ }, (args) => {
        if (args.path.includes('/node_modules/')) return undefined;
        const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
        return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
      });
    },
  };
}

/**
 * The crisis rules and the word lists the run time reads, computed from content/crisis-vocabulary.json
 * at build time: a cold start parses their regular expressions' sources instead of composing them
 * (the `terms()` alternations), and ships neither the vocabulary nor the code that composes it.
 */
const CRISIS_DATA_MODULES = ['src/safety/crisisRules.ts', 'src/safety/crisisWordLists.ts'].map((file) => join(__dirname, '..', file));

module.exports = [
  dedupeNestedZod(),
  jsonParsedAsJson(),
  evaluateAtBuild(CRISIS_DATA_MODULES),
  deferConnector(),
  connectorApart(),
  phoneNumbersApart(),
  trimNumberPrompt(),
  trimUnusedBotFrameworkParts(),
  lazyMiddyWebStreams(),
  commonJsWrappersAsFunctionsPlugin(),
  chunksPerFunction(),
];
module.exports.CONNECTOR_FILE = CONNECTOR_FILE;
module.exports.CRISIS_DATA_MODULES = CRISIS_DATA_MODULES;
module.exports.PHONE_NUMBERS_FILE = PHONE_NUMBERS_FILE;
module.exports.commonJsWrappersAsFunctions = commonJsWrappersAsFunctions;
