/** End-to-end tests: real subgraphs and the real gateway over HTTP, on a real PostgreSQL. */
module.exports = {
  ...require('../services/shared/jest.preset').preset({ rootDir: __dirname, withDatabase: true, testTimeout: 120_000 }),
  testMatch: ['<rootDir>/src/**/*.e2e.test.ts', '<rootDir>/src/**/*.test.ts'],
  maxWorkers: 1,
};
