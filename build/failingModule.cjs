// A stand-in for a module trimmed from a bundle: every export read from it is a function that
// throws `message` when called or constructed (and has such exports itself), so a path that needs
// the real module fails loudly at once instead of running on without it.
module.exports = function failingModule(message) {
  const fail = () => {
    throw new Error(message);
  };
  const handler = {
    get: (_target, key) => (key === '__esModule' ? true : key === 'then' || typeof key === 'symbol' ? undefined : stub),
    apply: fail,
    construct: fail,
  };
  const stub = new Proxy(function trimmed() {}, handler);
  return stub;
};
