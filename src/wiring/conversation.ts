import type { ChannelAdapter } from "../core/channels/contract.js";
import { ConversationEngine } from "../core/conversation/engine.js";
import { FeedbackFlow } from "../core/conversation/flows/feedback-flow.js";
import { PersonalDataFlow } from "../core/conversation/flows/personal-data-flow.js";
import { NewsFlow } from "../core/conversation/flows/news-flow.js";
import type { QuietHours } from "../core/news/local-time.js";
import { PrismaSubscriberStore, PrismaTopicStore } from "../db/repositories/news/subscriber-repository.js";
import { PrismaProcedureInterestLog } from "../db/repositories/news/procedure-interest-repository.js";
import { TrackingFlow } from "../core/conversation/flows/tracking-flow.js";
import type { CitizenFeedback } from "../core/conversation/flows/feedback-ports.js";
import { PrismaCitizenPhoneBook } from "../db/repositories/citizen-phone-repository.js";
import { ProcedureQaFlow } from "../core/conversation/flows/procedure-qa-flow.js";
import { KnowledgeBaseAnswers } from "../core/conversation/knowledge-base-answers.js";
import { MessagePipeline } from "../core/conversation/message-pipeline.js";
import type { WardContact } from "../core/conversation/messages.vi.js";
import type { InFlightWork } from "../core/shared/in-flight.js";
import type { ConversationFigures } from "../core/conversation/figures.js";
import type { Database } from "../db/database.js";
import { PgConversationStateStore } from "../db/repositories/conversation-state-repository.js";
import { PrismaDeliveryQueue } from "../db/repositories/delivery-repository.js";
import { PrismaIdentityStore } from "../db/repositories/identity-repository.js";
import { PgInboundEventStore } from "../db/repositories/inbound-event-repository.js";
import { createProcedureRepository } from "../db/repositories/procedure-repository.js";
import { createLocalWordStore } from "../db/repositories/local-word-repository.js";
import { createUnansweredStore } from "../db/repositories/unanswered-repository.js";
import { UnansweredQuestions } from "../core/unanswered/unanswered-questions.js";
import type { Logger } from "../logger.js";

/**
 * Messages of different citizens handled at once per channel (one citizen's stay in order). Chosen with bench/webhook
 * (`--parallel`): 8 left the database idle between round trips (0.32x the echo bot when measured), 16 gave 0.35x,
 * 32 about 0.4x; the PostgreSQL pool (16) keeps connections free for acknowledgements.
 */
const MESSAGES_HANDLED_AT_ONCE = 32;

/** The channel-independent half of the service: knowledge base, dialogue engine and the stores behind them. */
export interface Conversation {
  engine: ConversationEngine;
  identities: PrismaIdentityStore;
  deliveries: PrismaDeliveryQueue;
  knowledgeBase: KnowledgeBaseAnswers;
  /** A message pipeline around one channel adapter (each channel has its own, sharing engine and stores). */
  pipelineFor(adapter: ChannelAdapter): MessagePipeline;
  /**
   * Rebuilds the search index when procedures changed in the database (an import while the service runs), and
   * re-reads the organisation's contact (name, phone, address, office hours edited in the console) in place.
   */
  refreshKnowledgeBase(): Promise<boolean>;
}

/** Settings of the conversation that have a measured default and are only changed to measure another one. */
export interface ConversationTuning {
  /** Messages of different citizens handled at once per channel (default {@link MESSAGES_HANDLED_AT_ONCE}). */
  messagesHandledAtOnce?: number;
}

/** The organisation's news settings the subscription dialogue states (config.news). */
export interface ConversationNewsSettings {
  quietHours: QuietHours | null;
  digestHour: number;
}

/**
 * Builds the conversation from the database: loads the active procedures and the organisation's contact.
 *
 * @param feedback - the ticket core; with it the chat takes reports (/phananh) and follows them (/tracuu).
 */
export async function buildConversation(
  db: Database,
  logger: Logger,
  inFlight?: InFlightWork,
  tuning: ConversationTuning = {},
  figures?: ConversationFigures,
  news: ConversationNewsSettings = { quietHours: null, digestHour: 18 },
  feedback?: CitizenFeedback,
): Promise<Conversation> {
  const procedures = createProcedureRepository(db.prisma);
  const localWords = createLocalWordStore(db.prisma);
  // procedures and the ward's local words (both edited in the console) make one version: either change reloads
  const currentVersion = async () => `${await procedures.version()}|${await localWords.version()}`;
  let version = await currentVersion();
  const knowledgeBase = new KnowledgeBaseAnswers(await procedures.listActive(), { preferLevel: await organisationLevel(db), localWords: await localWords.list() });
  const unanswered = new UnansweredQuestions(createUnansweredStore(db.prisma));
  logger.info({ procedures: knowledgeBase.size }, "procedure knowledge base loaded");
  const contact = await organisationContact(db);
  const identities = new PrismaIdentityStore(db.prisma, db.sql);
  const deliveries = new PrismaDeliveryQueue(db.prisma);
  const events = new PgInboundEventStore(db.sql);
  const engine = new ConversationEngine({
    states: new PgConversationStateStore(db.sql),
    contact,
    flows: {
      qa: new ProcedureQaFlow(knowledgeBase, contact, new PrismaProcedureInterestLog(db.prisma), { offerReports: feedback !== undefined }),
      personalData: new PersonalDataFlow(identities),
      news: new NewsFlow({ subscribers: new PrismaSubscriberStore(db.prisma), topics: new PrismaTopicStore(db.prisma, (await firstOrganisation(db))?.id ?? ""), defaultQuietHours: news.quietHours, digestHour: news.digestHour }),
      ...(feedback ? { feedback: new FeedbackFlow(feedback, new PrismaCitizenPhoneBook(db.prisma), contact), tracking: new TrackingFlow(feedback) } : {}),
    },
    onOutcome: (outcome, message) => {
      figures?.outcome(message.channel, outcome);
      // a declined question goes, masked, to the console's unanswered page; its loss must not fail the reply
      const question = message.kind === "text" ? message.text : message.kind === "command" ? message.args : "";
      if (outcome === "qa_declined" && question) {
        unanswered.record(question, "declined", message.channel).catch((err: unknown) => logger.warn({ err }, "unanswered question not stored"));
      }
    },
    onEscalation: (question, message, reason) => {
      unanswered.record(question, reason, message.channel).catch((err: unknown) => logger.warn({ err }, "unanswered question not stored"));
    },
  });
  return {
    engine,
    identities,
    deliveries,
    knowledgeBase,
    pipelineFor: (adapter) =>
      new MessagePipeline({ adapter, engine, identities, events, deliveries, logger, maxConcurrent: tuning.messagesHandledAtOnce ?? MESSAGES_HANDLED_AT_ONCE, ...(figures ? { figures } : {}), ...(inFlight ? { track: (w) => inFlight.track(w) } : {}) }),
    refreshKnowledgeBase: async () => {
      refreshContact(contact, await organisationContact(db));
      const current = await currentVersion();
      if (current === version) return false;
      knowledgeBase.replace(await procedures.listActive(), await localWords.list());
      version = current;
      logger.info({ procedures: knowledgeBase.size }, "procedure knowledge base reloaded");
      return true;
    },
  };
}

async function firstOrganisation(db: Database) {
  return db.prisma.organisation.findFirst({ orderBy: { createdAt: "asc" } });
}

async function organisationLevel(db: Database): Promise<"xa" | "tinh"> {
  return (await firstOrganisation(db))?.level ?? "xa";
}

/** Replaces the fields of the contact object the engine and flows share, so they read the new profile at once. */
function refreshContact(shared: WardContact, fresh: WardContact): void {
  for (const key of ["phone", "address", "hours"] as const) delete shared[key];
  Object.assign(shared, fresh);
}

/** The reception desk citizens are pointed to (name, phone, address, hours), from the organisation row. */
async function organisationContact(db: Database): Promise<WardContact> {
  const org = await firstOrganisation(db);
  if (!org) return { name: "Bộ phận một cửa" };
  return {
    name: `UBND ${org.name}`.replace(/^UBND (UBND )/u, "$1"),
    ...(org.phone ? { phone: org.phone } : {}),
    ...(org.address ? { address: org.address } : {}),
    ...(org.officeHours ? { hours: org.officeHours } : {}),
  };
}
