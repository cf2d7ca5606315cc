const fail = () => { throw new Error('stubbed module used'); };
const handler = {
  get: (_t, key) => (key === '__esModule' ? true : key === Symbol.toPrimitive ? () => 'stub' : key === 'then' || typeof key === 'symbol' ? undefined : stub),
  apply: fail, construct: fail,
};
const stub = new Proxy(function stubbed() {}, handler);
module.exports = stub;
