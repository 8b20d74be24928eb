/**
 * The core services console pages call, built by the composition root (src/wiring/console.ts). A console that
 * adds pages (tickets, news) adds its services here and in the wiring.
 */
import type { AuditTrail } from "../../core/audit/audit-trail.js";
import type { CalendarAdmin } from "../../core/calendar/calendar-admin.js";
import type { FeedbackCategories } from "../../core/organisation/feedback-categories.js";
import type { RoutingRulesAdmin } from "../../core/organisation/routing-rules-admin.js";
import type { OrganisationSettings } from "../../core/organisation/organisation-settings.js";
import type { BroadcastDesk } from "../../core/news/broadcast-desk.js";
import type { NewsDesk } from "../../core/news/news-desk.js";
import type { DepartmentStore, OrganisationStore } from "../../core/organisation/ports.js";
import type { ApiTokens } from "../../core/staff/api-tokens.js";
import type { StaffAccounts } from "../../core/staff/staff-accounts.js";
import type { StaffAuth } from "../../core/staff/staff-auth.js";
import type { ReplyTemplates } from "../../core/feedback/desk/reply-templates.js";
import type { TicketDesk } from "../../core/feedback/desk/ticket-desk.js";
import type { ImportJobs } from "../../core/procedures/desk/import-jobs.js";
import type { KnowledgeBaseDesk } from "../../core/procedures/desk/knowledge-base-desk.js";
import type { UnansweredQuestions } from "../../core/unanswered/unanswered-questions.js";

/** Accounts, sign-in, tokens and the audit log (also what the command line uses). */
export interface StaffServices {
  auth: StaffAuth;
  organisation: OrganisationStore;
  departments: DepartmentStore;
  staffAccounts: StaffAccounts;
  apiTokens: ApiTokens;
  audit: AuditTrail;
  /** The administrator's profile and department pages. */
  organisationSettings: OrganisationSettings;
  /** The administrator's feedback categories page. */
  categories: FeedbackCategories;
  /** The administrator's routing rules page. */
  routingRules: RoutingRulesAdmin;
  /** The administrator's working calendar page. */
  calendarAdmin: CalendarAdmin;
}

export interface ConsoleServices extends StaffServices {
  /** The editor's broadcasts: compose, preview, send, cancel, figures, history. */
  broadcasts: BroadcastDesk;
  /** Incoming news (approve, edit, skip, send) and the feeds (state, pause). */
  news: NewsDesk;
  /** The department desk: queue, ticket page, actions, contacts, photos, deadline badge (issue #13). */
  tickets: TicketDesk;
  replyTemplates: ReplyTemplates;
  /** Procedures, "thử câu hỏi" and local words (issue #10 point 5). */
  knowledgeBase: KnowledgeBaseDesk;
  /** Imports by upload: dry run, then apply, with progress. */
  procedureImports: ImportJobs;
  /** Questions the bot could not answer well, masked and grouped (issue #10 point 6). */
  unanswered: UnansweredQuestions;
}
