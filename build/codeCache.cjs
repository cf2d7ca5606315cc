// V8's code cache for a CommonJS file of a bundle (the connector's file, build/esbuildPlugins.cjs
// connector-code-cache): made when the function is packaged, beside the file, and read at run time
// only by the Node version and architecture that made it. V8 checks the rest (its own version, and
// its flags: `script.cachedDataRejected`); rejected or absent, the file compiles from its source.
const { existsSync, readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/**
 * The cache's file beside `file`, named for the Node version and architecture that made it and the
 * only ones that read it: V8's own check does not tell one Node 20 patch from another, and a cache
 * it accepted from another patch has crashed the process (nodejs/node#62781, 20.20.2 reading 20.20.1's).
 */
const cacheFileOf = (file) => `${file}.${process.version}-${process.arch}.v8-code-cache`;

/** Where a process making caches (build/esbuildPlugins.cjs makeCodeCache) collects each file's compiled script; absent at run time. */
const PRODUCING = Symbol.for('ccs-navigator.codeCache.producing');

// Node's CommonJS wrapper; the cache is made over exactly this text, so both sides must wrap alike.
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_END = '\n});';

/**
 * `require(file)` (an absolute path), compiled with its code cache when V8 accepts it. The module
 * is Node's own kind, in require.cache like any required file; its `v8CodeCache` says what became
 * of the cache: 'accepted', 'rejected' (by V8: other V8 flags) or 'absent' (none made by this Node
 * version on this architecture).
 */
function requireWithCodeCache(file) {
  if (require.cache[file]) return require.cache[file].exports;
  const cacheFile = cacheFileOf(file);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new Script(WRAPPER_START + readFileSync(file, 'utf8') + WRAPPER_END, { filename: file, cachedData });
  const module = new Module(file, undefined);
  module.filename = file;
  module.paths = Module._nodeModulePaths(dirname(file));
  module.v8CodeCache = cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted';
  globalThis[PRODUCING]?.set(file, script);
  require.cache[file] = module;
  try {
    script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dirname(file));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  module.loaded = true;
  return module.exports;
}

module.exports = { requireWithCodeCache, cacheFileOf, PRODUCING };
