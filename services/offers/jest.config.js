module.exports = require('../shared/jest.preset').preset({ rootDir: __dirname, withDatabase: true });
