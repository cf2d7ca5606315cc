/**
 * `build` as a part of a runtime: built on first use, once per runtime. Keyed by the runtime
 * object, so a runtime rebuilt after a reset (tests, the local host) gets parts of its own.
 */
export function perRuntime<Runtime extends object, Part>(build: (runtime: Runtime) => Part): (runtime: Runtime) => Part {
  const parts = new WeakMap<Runtime, Part>();
  return (runtime) => {
    let part = parts.get(runtime);
    if (part === undefined) {
      part = build(runtime);
      parts.set(runtime, part);
    }
    return part;
  };
}
