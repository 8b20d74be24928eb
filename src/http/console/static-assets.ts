/**
 * The console's static files: its stylesheet and scripts from ./static, and htmx from node_modules (served by the
 * app, never from a CDN: ward offices may sit behind filters, and a CDN would see every staff page view).
 * Files are read once at start; they are small.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Request, Response } from "express";

/** ./static beside this file, from src/ (tsx) and from dist/src/ (built: tsc copies no CSS, so read the source). */
function staticDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const inDist = here.includes(`${path.sep}dist${path.sep}`);
  return inDist ? path.resolve(here, "../../../../src/http/console/static") : path.resolve(here, "static");
}

const TYPES: Record<string, string> = { ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

/** The router of /console/static: a fixed list of files, nothing else from the disk. */
export function staticAssets(): (req: Request, res: Response, next: () => void) => void {
  const dir = staticDir();
  const htmx = createRequire(import.meta.url).resolve("htmx.org/dist/htmx.min.js");
  const files = new Map<string, Buffer>([
    ["/console.css", readFileSync(path.join(dir, "console.css"))],
    ["/console.js", readFileSync(path.join(dir, "console.js"))],
    ["/menu.js", readFileSync(path.join(dir, "menu.js"))],
    ["/htmx.min.js", readFileSync(htmx)],
  ]);
  return (req, res, next) => {
    const body = req.method === "GET" || req.method === "HEAD" ? files.get(req.path) : undefined;
    if (!body) return next();
    res.setHeader("Cache-Control", "public, max-age=3600");
    res.type(TYPES[path.extname(req.path)] ?? "application/octet-stream").send(body);
  };
}
