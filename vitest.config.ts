import { defineConfig } from "vitest/config";

// Each test file runs in its own forked process; a file that needs a database opens one (PGlite or a fresh
// PostgreSQL schema) once in beforeAll. Two workers match the 2-core machines and bound PGlite's memory peak.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ["default"],
  },
});
