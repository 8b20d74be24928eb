import type { Config } from "../config.js";
import type { AuditTrail } from "../core/audit/audit-trail.js";
import type { CalendarService } from "../core/calendar/calendar-service.js";
import type { ReminderLeads } from "../core/feedback/desk/deadline-state.js";
import { ReplyTemplates } from "../core/feedback/desk/reply-templates.js";
import { TicketDesk } from "../core/feedback/desk/ticket-desk.js";
import type { FeedbackService } from "../core/feedback/feedback-service.js";
import type { PipelineLogger } from "../core/conversation/message-pipeline.js";
import type { Database } from "../db/database.js";
import { PrismaDeadlineAlertStore } from "../db/repositories/deadline-alert-repository.js";
import { PrismaFeedbackDirectory } from "../db/repositories/feedback-directory-repository.js";
import { PrismaReplyTemplateStore } from "../db/repositories/reply-template-repository.js";
import { PrismaStaffEmailOutbox } from "../db/repositories/staff-email-repository.js";
import { PrismaTicketDetails } from "../db/repositories/ticket-details-repository.js";
import { PrismaTicketQueueStore } from "../db/repositories/ticket-queue-repository.js";
import type { DeadlineJobDeps } from "../jobs/deadline-job.js";
import { SmtpMailer } from "../mail/smtp-mailer.js";
import type { FileStorage } from "../core/shared/file-storage.js";
import { StoredTicketPhotos } from "../storage/ticket-photo-files.js";

/** What the department desk needs from the rest of the process. */
export interface DeskParts {
  /** The process's ticket core (the conversation's, so a question to a citizen primes their chat). */
  feedback: FeedbackService;
  /** The process's one calendar service. */
  calendar: CalendarService;
  audit: AuditTrail;
  /** Where ticket photos are stored (DATA_DIR/uploads by default). */
  files: FileStorage;
}

/** The department console's services (issue #13). */
export interface Desk {
  tickets: TicketDesk;
  replyTemplates: ReplyTemplates;
}

/** Reminder leads from the configuration. */
export function reminderLeadsOf(config: Pick<Config, "reminders">): ReminderLeads {
  return { acceptHours: config.reminders.acceptHours, answerDays: config.reminders.answerDays };
}

/** Builds the desk's services over the database. */
export function buildDesk(db: Database, config: Pick<Config, "reminders">, parts: DeskParts): Desk {
  const directory = new PrismaFeedbackDirectory(db.prisma);
  const replyTemplates = new ReplyTemplates({
    store: new PrismaReplyTemplateStore(db.prisma),
    audit: parts.audit,
    departments: async () => (await directory.load()).departments,
  });
  const tickets = new TicketDesk({
    feedback: parts.feedback,
    queue: new PrismaTicketQueueStore(db.prisma),
    details: new PrismaTicketDetails(db.prisma),
    directory,
    calendarFor: (orgId) => parts.calendar.calendarFor(orgId),
    templates: replyTemplates,
    audit: parts.audit,
    leads: reminderLeadsOf(config),
    photos: new StoredTicketPhotos(parts.files),
  });
  return { tickets, replyTemplates };
}

/** The deadline job's dependencies (the scheduler role runs it); with a mailer when SMTP is configured. */
export function buildDeadlineJob(db: Database, config: Pick<Config, "reminders" | "smtp" | "publicBaseUrl">, calendar: CalendarService, logger: PipelineLogger): DeadlineJobDeps & { close(): void } {
  const mailer = config.smtp ? new SmtpMailer(config.smtp) : undefined;
  return {
    watch: {
      alerts: new PrismaDeadlineAlertStore(db.prisma),
      directory: new PrismaFeedbackDirectory(db.prisma),
      calendarFor: (orgId) => calendar.calendarFor(orgId),
      leads: reminderLeadsOf(config),
      mailEnabled: mailer !== undefined,
      consoleBaseUrl: config.publicBaseUrl ?? null,
    },
    outbox: new PrismaStaffEmailOutbox(db.prisma),
    ...(mailer ? { mailer } : {}),
    logger,
    close: () => mailer?.close(),
  };
}
