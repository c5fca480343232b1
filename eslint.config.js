import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'proto/gen/**', 'coverage/**', '.ci-out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'no focused tests' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'no skipped tests' },
      ],
    },
  },
  {
    // The gateway core is pure: no NATS, Redis or HTTP, and no process environment.
    files: [
      'services/gateway/src/{addresses,policy,routes,sessions,dirty,format,cli,engine,model,common}/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'nats',
            'ioredis',
            'node:http',
            'node:net',
            'fastify',
            'pino',
            '../nats/*',
            '../redis/*',
            '../http/*',
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'process', property: 'env' }],
    },
  },
);
