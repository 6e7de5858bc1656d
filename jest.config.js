/** Jest runs TypeScript through @swc/jest in ESM mode (see TOOLCHAIN.md); type-checking is `npm run typecheck`. */
export default {
  testEnvironment: "node",
  testMatch: ["<rootDir>/__tests__/**/*.test.ts"],
  extensionsToTreatAsEsm: [".ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022", parser: { syntax: "typescript" } }, module: { type: "es6" } }] },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testTimeout: 30000,
  // Jest's default is cores - 1 workers: one on these 2-core machines; the CLI-spawning suites wait on
  // child processes, so two workers finish the suite about a third sooner.
  maxWorkers: 2,
};
