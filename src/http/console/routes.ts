/**
 * Every page of the console. A console that adds pages (tickets #13, news #14) exports its route list from its
 * own module under pages/ and appends it here; the router applies sign-in, roles and CSRF to all of them.
 */
import { adminRoutes } from "./pages/admin/index.js";
import { authRoutes } from "./pages/auth.js";
import { homeRoutes } from "./pages/home.js";
import { newsRoutes } from "./pages/news/index.js";
import { queueRoutes } from "./pages/tickets/queue.js";
import { templateRoutes } from "./pages/tickets/templates.js";
import { ticketRoutes } from "./pages/tickets/ticket.js";
import { kbRoutes } from "./pages/kb/index.js";
import { unansweredRoutes } from "./pages/unanswered/unanswered.js";
import type { ConsoleRoute } from "./route.js";

// ticket pages: fixed paths (/tickets/live, /tickets/templates) before /tickets/:id
export const CONSOLE_ROUTES: readonly ConsoleRoute[] = [...authRoutes, ...homeRoutes, ...newsRoutes, ...queueRoutes, ...templateRoutes, ...ticketRoutes, ...adminRoutes, ...kbRoutes, ...unansweredRoutes];
