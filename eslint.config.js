// Lint rules, including the import boundaries of DESIGN.md §2:
// src/core imports nothing outside src/core; bots import src/core contracts and their platform library, never
// src/db or each other; src/http and src/jobs call core services, not Prisma; only src/config.ts reads process.env;
// production code never imports tests/.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const noTests = { group: ["**/tests/**"], message: "production code never imports tests/" };
const noPrisma = {
  group: ["**/generated/prisma/**", "@prisma/*", "pg", "@electric-sql/*", "pglite-prisma-adapter"],
  message: "only src/db talks to the database",
};

export default tseslint.config(
  { ignores: ["dist/**", "src/generated/**", "node_modules/**", "data/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", Buffer: "readonly", fetch: "readonly", WebAssembly: "readonly", setInterval: "readonly", clearInterval: "readonly", setImmediate: "readonly", performance: "readonly", AbortController: "readonly", AbortSignal: "readonly", TextEncoder: "readonly", TextDecoder: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "no-empty": ["error", { allowEmptyCatch: true }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}", "bots/**/*.{ts,tsx}"],
    ignores: ["src/config.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "read configuration through src/config.ts" }],
      "no-restricted-imports": ["error", { patterns: [noTests] }],
    },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noTests,
            { group: ["**/db/**", "**/http/**", "**/jobs/**", "**/bots/**", "**/config.js", "**/logger.js", "**/main.js", "**/cli/**", "**/security/**", "**/generated/**"], message: "src/core imports nothing outside src/core" },
            { group: ["express", "telegraf", "telegraf/*", "pino", "node-cron", "pg-boss", "prom-client"], message: "src/core is pure TypeScript" },
            { group: ["node:fs", "node:fs/*", "fs", "node:net", "node:http", "node:https", "node:child_process", "node:dns"], message: "src/core does no I/O of its own; declare a port" },
            noPrisma,
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "fetch", message: "src/core does no I/O; declare a port" }],
    },
  },
  {
    files: ["bots/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noTests,
            noPrisma,
            { group: ["**/src/db/**", "**/src/http/**", "**/src/jobs/**", "**/src/cli/**"], message: "bots depend on src/core contracts only" },
            { group: ["../telegram/**", "../zalo/**", "../terminal/**", "../web/**"], message: "a bot never imports another bot" },
          ],
        },
      ],
    },
  },
  {
    // the console's browser scripts (plain, no build step)
    files: ["src/http/console/static/**/*.js"],
    languageOptions: { sourceType: "script", globals: { window: "readonly", document: "readonly", XMLHttpRequest: "readonly", FormData: "readonly" } },
  },
  {
    // citizen and staff text is rendered as text: no raw HTML anywhere in the server-rendered pages
    files: ["src/http/**/*.tsx"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "console pages render text, never raw HTML" }],
    },
  },
  {
    files: ["src/http/**/*.{ts,tsx}", "src/jobs/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [noTests, noPrisma, { group: ["**/db/**"], message: "src/http and src/jobs call core services, not the database layer" }] }],
    },
  },
);
