#!/usr/bin/env node
// Entry point of the `motcua` command. The TypeScript sources are compiled to dist/ by `npm run build`
// (`npm start` builds first when needed).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../dist/src/cli/index.js", import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write("motcua: not built yet; run `npm run build` (or `npm start`, which builds first)\n");
  process.exit(1);
}
await import(entry);
