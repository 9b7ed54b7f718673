const path = require('node:path');

/**
 * Unit specs of the UI's deciding pieces (src/**\/*.spec.ts(x), rendered to static markup, no DOM
 * emulation needed) and the browser journeys (e2e/**\/*.e2e.test.ts: the real hub on a real
 * PostgreSQL, driven in Debian's Chromium).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { react: { runtime: 'automatic' }, legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/e2e/**/*.e2e.test.ts'],
  transform: { '^.+\\.(ts|tsx)$': swc },
  setupFiles: ['reflect-metadata'],
  globalSetup: path.join(__dirname, '../services/shared/dist/testing/global-setup.js'),
  globalTeardown: path.join(__dirname, '../services/shared/dist/testing/global-teardown.js'),
  testTimeout: 120_000,
  maxWorkers: 1,
};
