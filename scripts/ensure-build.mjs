#!/usr/bin/env node
// Builds dist/ when it is missing or older than the sources, so `npm start` works right after `npm install`.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const stamp = "dist/.build-stamp";
function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).filter((n) => n !== "generated").map((n) => newest(path.join(p, n))));
}
const sources = Math.max(newest("src"), newest("bots"), newest("prisma/schema.prisma"), newest("package-lock.json"), newest("tsconfig.json"), newest("tsconfig.build.json"));
if (!existsSync(stamp) || statSync(stamp).mtimeMs < sources) {
  process.stderr.write("motcua: building (prisma generate + tsc)...\n");
  execSync("npm run -s build", { stdio: ["ignore", "ignore", "inherit"] });
  execSync(`node -e "require('fs').writeFileSync('${stamp}', new Date().toISOString())"`);
}
