/**
 * The editor's pages (issue #14): incoming news and its sources, compose and preview an announcement, a broadcast's live page, and the history.
 * Order matters where paths overlap: fixed paths (/broadcasts/new, /broadcasts/export.csv) come before /:id.
 */
import type { ConsoleRoute } from "../../route.js";
import { broadcastRoutes } from "./broadcast.js";
import { composeRoutes } from "./compose.js";
import { historyRoutes } from "./history.js";
import { incomingRoutes } from "./incoming.js";
import { sourceRoutes } from "./sources.js";

export const newsRoutes: ConsoleRoute[] = [...sourceRoutes, ...incomingRoutes, ...composeRoutes, ...historyRoutes, ...broadcastRoutes];
