// Offline loader for Prisma's wasm schema engine (@prisma/schema-engine-wasm). The package entry uses ESM-wasm
// integration, which Node 20 cannot load, so the .wasm is instantiated by hand (as @prisma/internals does).
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

let engineClass;
async function loadSchemaEngineClass() {
  if (engineClass) return engineClass;
  const bgJs = fileURLToPath(import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bytes = await readFile(path.join(path.dirname(bgJs), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  engineClass = bg.SchemaEngine;
  return engineClass;
}

export function wasmEngineVersion() {
  return bg.version();
}

/** Creates an engine bound to a driver adapter factory; the engine connects to the main database at once. */
export async function createSchemaEngine({ adapterFactory, schemaFiles }) {
  const SchemaEngine = await loadSchemaEngineClass();
  const datamodels = schemaFiles.map((f) => [f.path, f.content]);
  return await SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}

/** The MigrationList shape the Prisma CLI builds from prisma/migrations. */
export async function listMigrations(migrationsDir) {
  const baseDir = path.resolve(migrationsDir);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((e) => {
    if (e.code === "ENOENT") return [];
    throw e;
  });
  const lockContent = await readFile(path.join(baseDir, "migration_lock.toml"), "utf8").catch(() => null);
  const migrationDirectories = [];
  for (const name of entries.filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    let content;
    try {
      content = { tag: "ok", value: await readFile(path.join(baseDir, name, "migration.sql"), "utf8") };
    } catch (e) {
      content = { tag: "error", value: String(e.message) };
    }
    migrationDirectories.push({ path: name, migrationFile: { path: "migration.sql", content } });
  }
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export const noFilters = { externalTables: [], externalEnums: [] };

/** Warns when the wasm engine does not match the engines version of the installed Prisma CLI. */
export async function checkEngineVersion(log = console.warn) {
  await loadSchemaEngineClass();
  let expected = null;
  try {
    const req = createRequire(createRequire(import.meta.url).resolve("prisma/package.json"));
    expected = createRequire(req.resolve("@prisma/engines/package.json"))("@prisma/engines-version/package.json").version;
  } catch {
    expected = null;
  }
  const actual = bg.version();
  if (expected && !expected.endsWith(actual)) {
    log(`warning: @prisma/schema-engine-wasm is ${actual}, the prisma CLI expects engines ${expected}`);
  }
}
