/** Ops tests: the manifests offline, the image's layout and backup/restore on a real PostgreSQL. */
module.exports = require('../services/shared/jest.preset').preset({
  rootDir: __dirname,
  withDatabase: true,
  testTimeout: 240_000,
});
