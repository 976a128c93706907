// The e2e jest project: headless Chromium (Debian chromium + playwright-core) against the built
// add-in in dist/ and the local stack (started once per run by test/helpers/stack-setup.ts).
// Wire it in jest.config.js `projects` as '<rootDir>/test/e2e/jest.e2e.config.js'.
// Needs `npm run build` first (the tests load dist/taskpane.html).
const path = require('node:path');

module.exports = {
  displayName: 'e2e',
  rootDir: path.resolve(__dirname, '../..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/helpers/stack-needs.ts'],
  globalSetup: '<rootDir>/test/helpers/stack-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/stack-teardown.ts',
  testTimeout: 180000,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  transform: {
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
  },
};
