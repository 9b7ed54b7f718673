module.exports = require('../services/shared/jest.preset').preset({ rootDir: __dirname, withDatabase: true });
