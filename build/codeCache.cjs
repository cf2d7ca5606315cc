// V8's code cache for a CommonJS file of a bundle (the connector's file, build/esbuildPlugins.cjs
// connector-code-cache): made when the function is packaged, beside the file, and handed to V8 at
// run time, which uses it only when it was made by the same V8 version with the same V8 flags
// (`script.cachedDataRejected` otherwise; the file then compiles from its source as without one).
const { existsSync, readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/** The cache's file name beside `file`. */
const cacheFileOf = (file) => `${file}.v8-code-cache`;

/** Where a process making caches (build/esbuildPlugins.cjs makeCodeCache) collects each file's compiled script; absent at run time. */
const PRODUCING = Symbol.for('ccs-navigator.codeCache.producing');

// Node's CommonJS wrapper; the cache is made over exactly this text, so both sides must wrap alike.
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_END = '\n});';

/**
 * `require(file)` (an absolute path), compiled with its code cache when V8 accepts it. The module
 * is Node's own kind, in require.cache like any required file; its `v8CodeCache` says what became
 * of the cache: 'accepted', 'rejected' (another V8 version or other V8 flags) or 'absent'.
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
