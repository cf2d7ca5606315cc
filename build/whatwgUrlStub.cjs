// Stand-in for whatwg-url (with tr46's Unicode tables, ~290 kB) in the bundle. Its one user,
// node-fetch 2 (botframework-connector's fetch, through cross-fetch), takes Node's own URL
// (`Url.URL || whatwgUrl.URL`), which every Node the functions run on has; whatwg-url is only its
// fallback for runtimes without one.
module.exports = { URL: require('node:url').URL };
