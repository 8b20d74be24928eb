import { FeedbackService } from "../core/feedback/feedback-service.js";
import { FeedbackRouting } from "../core/feedback/routing/router.js";
import { RoutingRules } from "../core/feedback/routing/rules.js";
import { loadNewestRoutingModel, retrainRouting, urgencyBasis, type RoutingModelStore } from "../core/feedback/routing/retraining.js";
import type { CitizenPrompts, FeedbackSettings } from "../core/feedback/ticket-change.js";
import type { WorkingTime } from "../core/feedback/ports.js";
import { weekdaysOnlyWorkingTime } from "../core/feedback/working-time.js";
import { ChatInfoPrompts } from "../core/conversation/flows/info-prompts.js";
import type { Database } from "../db/database.js";
import { PgConversationStateStore } from "../db/repositories/conversation-state-repository.js";
import { PrismaFeedbackDirectory } from "../db/repositories/feedback-directory-repository.js";
import { createRoutingModelStore, createRoutingRepository } from "../db/repositories/routing-repository.js";
import { ownUrgencyDetector, ownUrgencyExamples } from "./urgency.js";
import { PrismaTicketStore } from "../db/repositories/ticket-repository.js";

/** The feedback half of the service: the ticket core, its store and the router it uses. */
export interface Feedback {
  service: FeedbackService;
  store: PrismaTicketStore;
  router: FeedbackRouting;
  /** Reloads the administrator's routing rules (after an edit in the console). */
  reloadRules(): Promise<void>;
  /** The organisation's routing examples and models (null: no organisation yet). */
  routingModels: RoutingModelStore | null;
  /** Swaps the newest stored routing model into the router when it is not the one in use. */
  reloadClassifier(): Promise<void>;
}

/**
 * Builds the feedback service over the database.
 *
 * @param workingTime - the organisation's working calendar; the weekdays-only stand-in until the calendar is wired.
 * @param prompts - lets the chat take a citizen's next message as the answer to an officer's question.
 * @param orgId - the organisation whose routing examples train the classifier (default: the first one). With no
 *   stored model yet, or one whose urgency model learnt other own files than this release's, one is trained from
 *   the examples before the service starts.
 */
export async function buildFeedback(
  db: Database,
  settings: FeedbackSettings,
  opts: { workingTime?: WorkingTime; prompts?: CitizenPrompts; orgId?: string } = {},
): Promise<Feedback> {
  const routing = createRoutingRepository(db.prisma);
  const router = new FeedbackRouting(new RoutingRules(await routing.loadRules()), null, await ownUrgencyDetector());
  const orgId = opts.orgId ?? (await db.prisma.organisation.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } }))?.id;
  const routingModels = orgId ? createRoutingModelStore(db.prisma, orgId, () => ownUrgencyExamples()) : null;
  let modelInUse: string | null = null;
  const reloadClassifier = async () => {
    if (routingModels) modelInUse = await loadNewestRoutingModel(routingModels, router, modelInUse);
  };
  if (routingModels) {
    // the first model, or one whose urgency learnt other files than this release's
    const latest = await routingModels.latestModel();
    if (!latest || latest.urgency?.basis !== urgencyBasis(await ownUrgencyExamples())) await retrainRouting(routingModels);
  }
  await reloadClassifier();
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
    routingModels,
    reloadClassifier,
  };
}

/**
 * The ticket core as the chat and the console share it in one process: on the organisation's working calendar, and
 * with an officer's question making the citizen's next chat message its answer.
 */
export function buildChatFeedback(db: Database, settings: FeedbackSettings, workingTime: WorkingTime, orgId?: string): Promise<Feedback> {
  return buildFeedback(db, settings, { workingTime, prompts: new ChatInfoPrompts(new PgConversationStateStore(db.sql)), ...(orgId ? { orgId } : {}) });
}
