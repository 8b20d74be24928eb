/**
 * The editor's pages (issue #14): compose and preview an announcement, a broadcast's live page, and the history.
 * Order matters where paths overlap: fixed paths (/broadcasts/new, /broadcasts/export.csv) come before /:id.
 */
import type { ConsoleRoute } from "../../route.js";
import { broadcastRoutes } from "./broadcast.js";
import { composeRoutes } from "./compose.js";
import { historyRoutes } from "./history.js";

export const newsRoutes: ConsoleRoute[] = [...composeRoutes, ...historyRoutes, ...broadcastRoutes];
