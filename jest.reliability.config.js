/**
 * The reliability suite (npm run test:reliability; CI runs it after the main tests): DynamoDB and
 * Twilio faults injected into the real handlers, concurrent texts from one phone, fuzzed and
 * forged webhooks. Prints what it tried at the end (test/reliability/globalTeardown.ts).
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testMatch: ['<rootDir>/test/reliability/**/*.test.ts'],
  globalSetup: '<rootDir>/test/reliability/globalSetup.ts',
  globalTeardown: '<rootDir>/test/reliability/globalTeardown.ts',
  testTimeout: 120000,
  // middy ships ESM only; let swc turn it into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!@middy/)'],
};
