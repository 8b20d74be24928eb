import { FeedbackService } from "../core/feedback/feedback-service.js";
import { FeedbackRouting } from "../core/feedback/routing/router.js";
import { RoutingRules } from "../core/feedback/routing/rules.js";
import { detectUrgency } from "../core/feedback/routing/urgency.js";
import type { CitizenPrompts, FeedbackSettings } from "../core/feedback/ticket-change.js";
import type { WorkingTime } from "../core/feedback/ports.js";
import { weekdaysOnlyWorkingTime } from "../core/feedback/working-time.js";
import type { Database } from "../db/database.js";
import { PrismaFeedbackDirectory } from "../db/repositories/feedback-directory-repository.js";
import { createRoutingRepository } from "../db/repositories/routing-repository.js";
import { PrismaTicketStore } from "../db/repositories/ticket-repository.js";

/** The feedback half of the service: the ticket core, its store and the router it uses. */
export interface Feedback {
  service: FeedbackService;
  store: PrismaTicketStore;
  router: FeedbackRouting;
  /** Reloads the administrator's routing rules (after an edit in the console). */
  reloadRules(): Promise<void>;
}

/**
 * Builds the feedback service over the database.
 *
 * @param workingTime - the organisation's working calendar; the weekdays-only stand-in until the calendar is wired.
 * @param prompts - lets the chat take a citizen's next message as the answer to an officer's question.
 */
export async function buildFeedback(db: Database, settings: FeedbackSettings, opts: { workingTime?: WorkingTime; prompts?: CitizenPrompts } = {}): Promise<Feedback> {
  const routing = createRoutingRepository(db.prisma);
  const router = new FeedbackRouting(new RoutingRules(await routing.loadRules()), null, detectUrgency);
  const store = new PrismaTicketStore(db.prisma);
  const service = new FeedbackService({
    store,
    directory: new PrismaFeedbackDirectory(db.prisma),
    router,
    workingTime: opts.workingTime ?? weekdaysOnlyWorkingTime,
    settings,
    ...(opts.prompts ? { prompts: opts.prompts } : {}),
  });
  return {
    service,
    store,
    router,
    reloadRules: async () => router.setRules(new RoutingRules(await routing.loadRules())),
  };
}
