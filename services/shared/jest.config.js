/** Unit specs of the shared package; the database helpers are exercised by every service's integration tests. */
module.exports = require('./jest.preset').preset({ rootDir: __dirname, withDatabase: true });
