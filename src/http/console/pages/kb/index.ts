/**
 * The knowledge base pages (issue #10 point 5): procedures, "thử câu hỏi", import by upload and local words.
 */
import type { ConsoleRoute } from "../../route.js";
import { importRoutes } from "./import.js";
import { localWordRoutes } from "./local-words.js";
import { procedureRoutes } from "./procedures.js";
import { tryRoutes } from "./try.js";

export const kbRoutes: ConsoleRoute[] = [...procedureRoutes, ...tryRoutes, ...importRoutes, ...localWordRoutes];
