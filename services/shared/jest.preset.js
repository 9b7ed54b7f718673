const path = require('node:path');

/**
 * One jest setup for every package: @swc/jest with decorator metadata (type-graphql and TypeORM
 * read it), and, where a package touches data, one real PostgreSQL for the whole run.
 */
function preset({ rootDir, withDatabase = false, testTimeout = 60_000 }) {
  return {
    rootDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            target: 'es2022',
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    setupFiles: ['reflect-metadata'],
    globalSetup: withDatabase ? path.join(__dirname, 'dist/testing/global-setup.js') : undefined,
    globalTeardown: withDatabase ? path.join(__dirname, 'dist/testing/global-teardown.js') : undefined,
    testTimeout,
    maxWorkers: 2,
  };
}

module.exports = { preset };
