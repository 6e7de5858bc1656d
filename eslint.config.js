// ESLint flat config: typescript-eslint's recommended rules plus the dependency direction of STYLE.md §1.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const RULE_FORBIDDEN = ["yargs", "yargs/*", "cli-table3", "franc", "node:fs", "fs", "node:process", "process"];
const RULE_FORBIDDEN_PATTERNS = ["**/src/cli*", "**/src/formatters/**", "**/src/lang*", "**/src/read-input*", "./*.js", "!./index.js"];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "bench/out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["rules/**/*.ts"],
    ignores: ["rules/index.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: RULE_FORBIDDEN.map((name) => ({ name, message: "rules are pure: no I/O, CLI or franc (STYLE.md §1)" })),
        patterns: [{ group: RULE_FORBIDDEN_PATTERNS, message: "rules import only src/types, src/text/*, diff and string-similarity" }],
      }],
      "no-restricted-globals": ["error", { name: "process", message: "rules never read process (STYLE.md §9)" }],
      "no-console": "error",
    },
  },
  {
    files: ["src/formatters/**/*.ts"],
    rules: {
      // node:crypto is allowed: hashing is pure (the html page's Content-Security-Policy hashes its inline code)
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/engine*", "../cli*", "**/src/cli*", "**/config*", "node:*", "!node:crypto"], message: "formatters import only src/types (STYLE.md §1)" }] }],
      "no-restricted-globals": ["error", "process"],
    },
  },
  {
    files: ["__tests__/**/*.ts"],
    rules: {
      "no-restricted-properties": ["error",
        { object: "describe", property: "only" }, { object: "it", property: "only" }, { object: "test", property: "only" }],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", performance: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", Buffer: "readonly" } },
  },
);
