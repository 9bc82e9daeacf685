module.exports = { ...require('../../jest.preset.cjs'), rootDir: __dirname, setupFiles: ['<rootDir>/test/setup-node20.cjs'] };
