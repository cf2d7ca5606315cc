/** Unit, dialog and integration tests; browser tests run with their own config (jest.browser.config.js). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testMatch: ['<rootDir>/test/{unit,dialog,integration}/**/*.test.ts'],
  globalSetup: '<rootDir>/test/integration/globalSetup.ts',
  globalTeardown: '<rootDir>/test/integration/globalTeardown.ts',
  testTimeout: 30000,
  // `npm test` runs with --coverage: the product's code must stay this well covered (measured
  // 2026-12-01: statements 93.5%, branches 86.8%, functions 96.0%, lines 94.9%).
  collectCoverageFrom: ['<rootDir>/src/**/*.ts', '<rootDir>/dialogs/**/*.ts'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { global: { statements: 90, branches: 83, functions: 92, lines: 91 } },
  // middy ships ESM only; let swc turn it into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!@middy/)'],
};
