// ESLint flat config. The import-boundary rules below enforce the dependency direction of
// ARCHITECTURE.md §2: core imports nothing outside core; apps import core only through its
// public entry (core/index.ts); the add-in and the admin console never import the backend or
// each other — what they share lives in client-shared/, which imports only core's public entry
// and browser libraries; infra names handler files as strings and imports no backend code;
// backend routes and use cases receive ports and never import adapters.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// core has one public entry, core/index.ts. (The embedded catalog's data is read from its files by
// backend/adapters/embedded-catalog-files.ts, a region when first priced: no module imports it.)
const deepCoreImport = {
  regex: '(^|/)core/.+',
  message: 'Import core through its public entry (core/index.ts), not its internals.',
};
const outside = (names, why) => names.map((n) => ({ regex: `(^|/)${n}(/|$)`, message: why }));
const noAwsSdkInClients = {
  regex: '^@aws-sdk/',
  message: 'clients have no AWS SDK; they call the API.',
};
const backendPatterns = [
  deepCoreImport,
  ...outside(
    ['addin', 'web-admin', 'client-shared', 'infra'],
    'backend does not import the clients or infra.',
  ),
];
/** A browser front end (or their shared folder) may import core's public entry, browser
 * libraries and client-shared/, never the backend, infra or the `others`. */
const clientImports = (others, why) => [
  'error',
  {
    patterns: [
      deepCoreImport,
      ...outside(
        ['backend', 'infra'],
        'clients talk to the backend over HTTP; shared types live in core.',
      ),
      ...outside(others, why),
      noAwsSdkInClients,
    ],
  },
];

// One of everything (DECISIONS 32): a second copy of a vocabulary or of decimal arithmetic is a lint
// error. Region codes are tested by core's isRegionCode (core/vocabulary/regions.ts); zod enums name
// core's `as const` arrays (core/vocabulary); exact decimal arithmetic is core/money's Decimal.
// `no-restricted-syntax` options do not merge across config blocks: add selectors to these lists.
const regionPattern = {
  selector: 'Literal[regex.pattern=/\\[a-z\\]\\{2\\}/]',
  message:
    "A region-code pattern: use core's isRegionCode / parseRegion (core/vocabulary/regions.ts).",
};
const literalEnum = {
  selector: "CallExpression[callee.property.name='enum'] > ArrayExpression > Literal",
  message: "A word list in a zod enum: name core's `as const` array (core/vocabulary) instead.",
};
const bigintArithmetic = ['Literal[bigint]', "CallExpression[callee.name='BigInt']"].map(
  (selector) => ({
    selector,
    message:
      "BigInt arithmetic outside core/money: use core's Decimal (the one decimal implementation).",
  }),
);
const oneOfEverything = [regionPattern, literalEnum, ...bigintArithmetic];
// Amounts are decimal strings shown through core's formatMoney (client-shared moneyText).
const clientMoneyDisplay = [
  {
    selector: "CallExpression[callee.property.name='toFixed']",
    message:
      'Show amounts with moneyText (client-shared/format, core formatMoney): no float rounding.',
  },
  {
    selector: "NewExpression[callee.object.name='Intl'][callee.property.name='NumberFormat']",
    message: 'Show amounts with moneyText (client-shared/format, core formatMoney).',
  },
];
/** Where BigInt is the implementation: core's Decimal, tier labels on its units, Intl's integer part. */
const BIGINT_OWNERS = [
  'core/money/**',
  'core/estimate/tiers.ts',
  'backend/documents/number-format.ts',
];
const VOCABULARY = ['core/vocabulary/**'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'cdk.out/**',
      '.local/**',
      'coverage/**',
      'test-artifacts/**',
      'bench/out/**',
      'core/catalog/data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...outside(
              ['backend', 'addin', 'web-admin', 'client-shared', 'infra', 'test', 'bench'],
              'core imports nothing outside core.',
            ),
            { regex: '^node:', message: 'core is isomorphic: no Node built-ins.' },
            {
              regex:
                '^(fs|path|os|crypto|http|https|stream|zlib|child_process|url|util|events|buffer)$',
              message: 'core is isomorphic: no Node built-ins.',
            },
            { regex: '^@aws-sdk/', message: 'core has no AWS SDK.' },
            {
              regex: '^(react|react-dom|@fluentui/.*|aws-amplify.*|office.*|exceljs|pdfkit|docx)$',
              message: 'core has no platform or UI dependency.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'process',
        'window',
        'document',
        'Buffer',
        'Office',
        'Excel',
        'require',
        '__dirname',
        'fetch',
      ],
    },
  },
  {
    files: ['backend/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: backendPatterns }] },
  },
  {
    // Routes and use cases receive ports (backend/ports); the handlers — the composition roots —
    // build the adapters (no exception: InvalidCursorError lives in ports/paging.ts).
    files: ['backend/routes/**/*.ts', 'backend/use-cases/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...backendPatterns,
            ...outside(
              ['adapters'],
              'routes and use cases receive ports (backend/ports); only handlers build adapters.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['client-shared/**/*.{ts,tsx}', 'addin/**/*.{ts,tsx}', 'web-admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...clientMoneyDisplay, ...oneOfEverything],
    },
  },
  {
    files: ['client-shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': clientImports(
        ['addin', 'web-admin'],
        'client-shared serves both front ends: it imports neither.',
      ),
    },
  },
  {
    files: ['addin/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': clientImports(
        ['web-admin'],
        'the add-in and the admin console never import each other; share code in client-shared/.',
      ),
    },
  },
  {
    files: ['web-admin/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': clientImports(
        ['addin'],
        'the add-in and the admin console never import each other; share code in client-shared/.',
      ),
    },
  },
  {
    files: ['infra/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepCoreImport,
            ...outside(
              ['backend', 'addin', 'web-admin', 'client-shared'],
              'infra names handler files as strings; it imports only core data (routes, storage layout).',
            ),
          ],
        },
      ],
    },
  },
  {
    // The front ends' block above carries these selectors with its own.
    files: ['core/**/*.ts', 'backend/**/*.ts', 'infra/**/*.ts'],
    ignores: [...BIGINT_OWNERS, ...VOCABULARY],
    rules: { 'no-restricted-syntax': ['error', ...oneOfEverything] },
  },
  {
    files: BIGINT_OWNERS,
    rules: { 'no-restricted-syntax': ['error', regionPattern, literalEnum] },
  },
  {
    files: VOCABULARY,
    rules: { 'no-restricted-syntax': ['error', literalEnum, ...bigintArithmetic] },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
