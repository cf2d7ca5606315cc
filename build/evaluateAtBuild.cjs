// An esbuild plugin that evaluates a pure-data module at build time and ships its exports as
// literals, so a cold start parses values instead of computing them (issue 16: the crisis rules'
// regular expressions, build/esbuildPlugins.cjs CRISIS_DATA_MODULES).
const { buildSync } = require('esbuild');
const { runInNewContext } = require('node:vm');

/** `files`: absolute paths of modules whose exports are data. Anything else exported fails the build. */
function evaluateAtBuild(files) {
  const wanted = new Set(files);
  return {
    name: 'evaluate-at-build',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => (wanted.has(args.path) ? { contents: literalModule(args.path), loader: 'js' } : undefined));
    },
  };
}

/** The module bundled alone and run in a fresh context without Node's APIs (a pure-data module needs none), its exports written as `export const`. */
function literalModule(file) {
  const { outputFiles } = buildSync({ entryPoints: [file], bundle: true, format: 'cjs', platform: 'neutral', write: false, logLevel: 'silent' });
  const module = { exports: {} };
  runInNewContext(outputFiles[0].text, { module, exports: module.exports });
  return Object.entries(module.exports)
    .map(([name, value]) => (name === 'default' ? `export default ${literal(value, name)};` : `export const ${name} = ${literal(value, name)};`))
    .join('\n');
}

/** JavaScript source for a value; throws, naming where, on anything that is not plain data. */
function literal(value, at) {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`evaluate-at-build: ${at} is ${value}, not a literal`);
    return Object.is(value, -0) ? '-0' : JSON.stringify(value);
  }
  // Values made in the module's own context: their prototypes are not this realm's, so compare by tag.
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object RegExp]') {
    if (value.lastIndex !== 0) throw new Error(`evaluate-at-build: ${at} is a RegExp with state (lastIndex ${value.lastIndex})`);
    return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
  }
  if (Array.isArray(value)) return `[${Array.from(value, (item, i) => literal(item, `${at}[${i}]`)).join(', ')}]`;
  if (tag === '[object Object]' && isPlain(value)) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${literal(item, `${at}.${key}`)}`)
      .join(', ')}}`;
  }
  throw new Error(`evaluate-at-build: ${at} is ${typeof value === 'object' ? tag : typeof value}, not plain data`);
}

function isPlain(value) {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

module.exports = { evaluateAtBuild, literal };
