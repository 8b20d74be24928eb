import type { Router } from "express";
import type { Config } from "../config.js";
import { AuditTrail } from "../core/audit/audit-trail.js";
import { CalendarAdmin } from "../core/calendar/calendar-admin.js";
import { FeedbackCategories } from "../core/organisation/feedback-categories.js";
import { RoutingRulesAdmin } from "../core/organisation/routing-rules-admin.js";
import { createRoutingRuleStore } from "../db/repositories/routing-repository.js";
import { OrganisationSettings } from "../core/organisation/organisation-settings.js";
import { buildCalendarService } from "./calendar.js";
import { ApiTokens } from "../core/staff/api-tokens.js";
import { StaffAccounts } from "../core/staff/staff-accounts.js";
import { StaffAuth } from "../core/staff/staff-auth.js";
import type { Database } from "../db/database.js";
import { createApiTokenStore } from "../db/repositories/api-token-repository.js";
import { createAuditStore } from "../db/repositories/audit-repository.js";
import { createCategoryStore, createDepartmentStore, createOrganisationStore } from "../db/repositories/organisation-repository.js";
import { createSessionStore, createSignInAttemptStore, createStaffStore } from "../db/repositories/staff-repository.js";
import { createApiAuth, type ApiAuth } from "../http/api/api-auth.js";
import { createConsoleRouter } from "../http/console/router.js";
import { broadcastMediaRouter } from "../http/routes/broadcast-media.js";
import { StoredBroadcastImages } from "../storage/broadcast-image-files.js";
import { removeUnusedImages } from "../core/news/unused-images.js";
import { PrismaBroadcastStore } from "../db/repositories/news/broadcast-repository.js";
import { CONSOLE_ROUTES } from "../http/console/routes.js";
import type { ConsoleServices, StaffServices } from "../http/console/services.js";
import { hashId } from "../logger.js";
import { buildEditorServices } from "./editor.js";
import type { News } from "./news.js";
import { staffSecrets } from "../security/staff-secrets.js";
import { buildDesk, type DeskParts } from "./desk.js";
import { buildKnowledgeBaseServices } from "./knowledge-base.js";

/** The staff console and the JSON API's token check, as the composition root mounts them. */
export interface StaffConsole {
  services: ConsoleServices;
  /** /console: pages, static files, sign-in. */
  router: Router;
  /** /api: bearer-token guard (mount before any /api route) and per-route capability checks. */
  apiAuth: ApiAuth;
  /** /media/broadcasts: announcements' images, public for the platforms to fetch; null without PUBLIC_BASE_URL. */
  media: Router | null;
  /** Removes uploaded images no broadcast took within a day (housekeeping); null without images. */
  removeUnusedImages: ((now: Date) => Promise<number>) | null;
}

/** Builds the staff services over the database (the CLI uses them too, without HTTP). */
export function buildStaffServices(db: Database, config: Pick<Config, "console">): StaffServices {
  const audit = new AuditTrail(createAuditStore(db.prisma));
  const staff = createStaffStore(db.prisma);
  const sessions = createSessionStore(db.prisma);
  const departments = createDepartmentStore(db.prisma);
  const organisation = createOrganisationStore(db.prisma);
  return {
    audit,
    departments,
    organisation,
    organisationSettings: new OrganisationSettings({ organisation, departments, audit }),
    categories: new FeedbackCategories({ categories: createCategoryStore(db.prisma), departments, audit }),
    routingRules: new RoutingRulesAdmin({ rules: createRoutingRuleStore(db.prisma), departments, categories: createCategoryStore(db.prisma), audit }),
    calendarAdmin: new CalendarAdmin({ calendar: buildCalendarService(db), audit }),
    auth: new StaffAuth({
      staff,
      sessions,
      attempts: createSignInAttemptStore(db.prisma),
      secrets: staffSecrets,
      audit,
      sessionPolicy: { idleMinutes: config.console.sessionIdleMinutes, maxHours: config.console.sessionMaxHours },
    }),
    staffAccounts: new StaffAccounts({ staff, sessions, departments, secrets: staffSecrets, audit }),
    apiTokens: new ApiTokens({ tokens: createApiTokenStore(db.prisma), secrets: staffSecrets, audit }),
  };
}

/** Builds the console router and the API's token check, with the pages' services over the news engine and the ticket desk. */
export function buildStaffConsole(db: Database, config: Config, parts: { news: News; desk: Omit<DeskParts, "audit"> }): StaffConsole {
  const staff = buildStaffServices(db, config);
  // images go out by their public address, so without one editors cannot attach any
  const images = config.publicBaseUrl ? new StoredBroadcastImages(parts.desk.files, config.publicBaseUrl) : null;
  const services: ConsoleServices = { ...staff, ...buildEditorServices(db, parts.news, config, staff.audit, images), ...buildDesk(db, config, { ...parts.desk, audit: staff.audit }),
    ...buildKnowledgeBaseServices(db, config, staff.audit) };
  return {
    services,
    router: createConsoleRouter({
      services,
      routes: CONSOLE_ROUTES,
      secureCookies: config.https,
      sessionMaxHours: config.console.sessionMaxHours,
      // the keyed hash of the logs: throttling needs to recognise an address, not to know it
      clientKey: (ip) => hashId(`client:${ip}`),
    }),
    apiAuth: createApiAuth(services.apiTokens),
    media: images ? broadcastMediaRouter(images) : null,
    removeUnusedImages: images ? (now) => removeUnusedImages(images, new PrismaBroadcastStore(db.prisma), now) : null,
  };
}
