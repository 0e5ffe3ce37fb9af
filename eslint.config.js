// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * Lint: typescript-eslint's type-checked recommendations, which catch what the compiler lets
 * through (promises nobody awaits, `any` leaking in from JSON and libraries, awaits of
 * non-promises), and Prettier's config last, so that formatting is Prettier's alone.
 */
export default tseslint.config(
  // What is built, downloaded or generated, and scratch files that are never committed (.gitignore).
  { ignores: ['dist/', 'test-artifacts/', '.neo4j/', '.scratch/', '**/__generated__/', 'bench/results/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A `void promise` is how this code says "started on purpose, not awaited" (signal
      // handlers, background closes); every other promise must be awaited or returned.
      // node:test's describe() and it() return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { ignoreVoid: true, allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] },
      ],
      // Type imports are erased at build time (verbatimModuleSyntax); keeping them apart shows
      // which imports run code.
      '@typescript-eslint/consistent-type-imports': 'error',
      // Unused names are dead code; a leading underscore marks a parameter a signature requires.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `==` conflates null, undefined, 0 and ''; the data distinguishes them.
      eqeqeq: 'error',
    },
  },
  {
    // Plain JavaScript files (this config) are not in a TypeScript project.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
