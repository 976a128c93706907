// Jest projects: unit (node), dom (jsdom: add-in, admin console and their shared client code), integration and e2e
// (both start their own emulators once per run through globalSetup), infra (CDK assertions).
// Type-checking happens in `npm run typecheck` (tsc covers test/); ts-jest only transpiles.
const transform = {
  '^.+\\.[tj]sx?$': [
    'ts-jest',
    {
      tsconfig: {
        module: 'commonjs',
        moduleResolution: 'node10',
        jsx: 'react-jsx',
        allowJs: true,
        isolatedModules: true,
        esModuleInterop: true,
        target: 'ES2022',
      },
      diagnostics: false,
    },
  ],
};
// ESM-only packages that must be transformed to CommonJS for jest on Node 20.
const esmOnly = [
  'jose',
  'nanoid',
  'strip-bom',
  'node-fetch',
  'data-uri-to-buffer',
  'fetch-blob',
  'formdata-polyfill',
];
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnly.join('|')})/)`];
const common = {
  transform,
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

module.exports = {
  testTimeout: 30000,
  // Skipped tests (a missing ../shared or system tool) are listed with their reasons after the run.
  reporters: ['default', '<rootDir>/test/helpers/skip-reporter.js'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/{core,backend,bench,scripts,docs}/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/{addin,web-admin,client-shared}/**/*.test.{ts,tsx}'],
      setupFiles: ['<rootDir>/test/helpers/dom-setup.ts'],
      moduleNameMapper: {
        '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
        '\\.(css)$': '<rootDir>/test/stubs/style.js',
      },
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/helpers/stack-needs.ts'],
      globalSetup: '<rootDir>/test/helpers/stack-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/stack-teardown.ts',
    },
    // security: the probes of issue 15 (unit-level ones and, with the shared stack, over HTTP).
    {
      ...common,
      displayName: 'security',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/security/**/*.test.ts'],
      globalSetup: '<rootDir>/test/helpers/stack-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/stack-teardown.ts',
    },
    // e2e: headless Chromium against dist/ and the local stack (shares the integration stack).
    '<rootDir>/test/e2e/jest.e2e.config.js',
    {
      ...common,
      displayName: 'infra',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/infra/**/*.test.ts'],
    },
  ],
};
