import { defineConfig } from "prisma/config";
import { fileURLToPath } from "node:url";

// Offline machines cannot download Prisma's native schema-engine binary, and Prisma 7's CLI tries to before
// generate/validate/format. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the download;
// generate never executes it. Migrations are produced by `npm run db:diff` (wasm engine) and applied at start-up
// by src/db/migrate.ts, which keeps Prisma's own _prisma_migrations bookkeeping.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
