// @ts-check
/**
 * One jest project per test area: `npx jest --selectProjects components` runs one of them.
 * TypeScript (and TDesign's ES-module .js) go through @swc/jest: transpile only; `npm run typecheck`
 * does the type checking.
 */

/** @type {import('@swc/jest').Options} */
const swcTs = {
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/** @type {import('@swc/jest').Options} */
const swcJs = {
  jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
  module: { type: 'commonjs' },
};

/**
 * @param {string} name
 * @param {import('jest').Config} [extra]
 * @returns {import('jest').Config}
 */
function project(name, extra = {}) {
  return {
    displayName: name,
    rootDir: __dirname,
    testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': ['@swc/jest', swcTs] },
    moduleFileExtensions: ['ts', 'js', 'json'],
    ...extra,
  };
}

/** @type {import('jest').Config} */
module.exports = {
  // jest reads testTimeout from the root config, not per project: 30 s covers a cold WXML compile
  // on a loaded 2-core machine; slower projects set their own in the test files.
  testTimeout: 30_000,
  // Generated and runtime folders: never tests, never haste modules.
  modulePathIgnorePatterns: ['<rootDir>/.local-cloud-data/', '<rootDir>/coverage/'],
  projects: [
    project('shared'),
    project('local-cloud'),
    // Cloud functions run in UTC on CloudBase; the setup file pins the same zone here.
    project('functions', { setupFiles: ['<rootDir>/test/toolchain/setup-tz-utc.ts'] }),
    project('components', {
      testEnvironment: 'jsdom',
      // TDesign ships ES modules in miniprogram_npm/ (and in node_modules/tdesign-miniprogram):
      // transform them too. Resolve bare names the way WeChat does, miniprogram_npm first.
      transform: {
        '^.+\\.ts$': ['@swc/jest', swcTs],
        '^.+\\.js$': ['@swc/jest', swcJs],
      },
      transformIgnorePatterns: ['/node_modules/(?!tdesign-miniprogram/)'],
      moduleDirectories: ['miniprogram_npm', 'node_modules'],
      setupFilesAfterEnv: ['<rootDir>/test/components/setup.ts'],
    }),
    project('e2e', { testTimeout: 120_000 }),
    // Compiles small projects with miniprogram-ci in child processes.
    project('toolchain', { testTimeout: 180_000 }),
  ],
};
