/**
 * The administrator's pages (issue #10 point 4), in menu order: organisation, departments, feedback categories,
 * routing rules, working calendar, staff accounts, API tokens, audit log. Each page's route checks its `config.*` capability and
 * its service checks it again.
 */
import type { ConsoleRoute } from "../../route.js";
import { apiTokenAdminRoutes } from "./api-tokens.js";
import { auditAdminRoutes } from "./audit.js";
import { calendarAdminRoutes } from "./calendar.js";
import { categoryAdminRoutes } from "./categories.js";
import { departmentAdminRoutes } from "./departments.js";
import { routingRuleAdminRoutes } from "./routing-rules.js";
import { organisationAdminRoutes } from "./organisation.js";
import { staffAdminRoutes } from "./staff.js";

export const adminRoutes: ConsoleRoute[] = [
  ...organisationAdminRoutes,
  ...departmentAdminRoutes,
  ...categoryAdminRoutes,
  ...routingRuleAdminRoutes,
  ...calendarAdminRoutes,
  ...staffAdminRoutes,
  ...apiTokenAdminRoutes,
  ...auditAdminRoutes,
];
