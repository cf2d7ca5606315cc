/** Browser tests: the provider web chat in real Chromium against the local stack (see test/browser/helpers). */
const base = require('./jest.config');

module.exports = {
  testEnvironment: base.testEnvironment,
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  globalSetup: base.globalSetup,
  globalTeardown: base.globalTeardown,
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  // A page load plus a few bot turns in Chromium; a cold Web Chat bundle parse alone takes a second or two.
  testTimeout: 60000,
};
