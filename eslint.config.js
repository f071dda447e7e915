// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'reports', 'test-results', 'screenshots', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Secrets must never reach a log: only warnings and errors may be printed, and never with a secret.
      'no-console': ['error', { allow: ['error', 'warn'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Never insert text as HTML; use textContent.',
        },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never insert text as HTML.' },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never insert text as HTML.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off', 'no-empty-pattern': 'off' },
  },
  {
    // Unit tests build fixtures from literal markup they own.
    files: ['tests/unit/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
