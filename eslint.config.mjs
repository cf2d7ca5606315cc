// Lint rules the team relies on (npm run lint, part of npm test): no `any`, no promise left
// floating, no import cycles; formatting is Prettier's (npm run format).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['node_modules/**', '.serverless/**', '.esbuild/**', 'test-artifacts/**', 'bench/results/**', 'web/**/vendor/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.cjs', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // What the functions check at run time uses zod's tree-shakable build (src/zodMini.ts): the
    // classic API costs every cold start ~6 ms to load, more to build each schema. Content schemas
    // (checked by the tests) and the bot's intake fields keep the classic API.
    files: ['src/**/*.ts', 'functions/**/*.ts'],
    ignores: ['src/**/*Schema.ts', 'src/**/schema.ts', 'src/referrals/intake.ts', 'src/referrals/validation.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              allowTypeImports: true,
              message: "Import src/zodMini.ts for run-time checks; zod's classic API is for content schemas (*Schema.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    // Fault injection and benchmarks reach into the AWS SDK's middleware stack and marshalled
    // DynamoDB JSON, which have no useful static type; the product's own code allows no `any`.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{cjs,mjs}', 'jest*.config.js'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The pages' scripts: plain browser globals, plus Web Chat's bundle and our Direct Line client, loaded before them.
    files: ['web/**/*.js'],
    languageOptions: { globals: { ...globals.browser, WebChat: 'readonly', createLocalDirectLine: 'readonly' } },
  },
);
