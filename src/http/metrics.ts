import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { ChannelName, InboundMessage } from "../core/channels/contract.js";
import type { ConversationFigures } from "../core/conversation/figures.js";
import type { ConversationOutcome } from "../core/conversation/flow.js";
import type { StoredOutcomeSource } from "../core/shared/stored-outcomes.js";
import { registerChannelMetrics, type ChannelStatusSource } from "./channel-metrics.js";
import { registerStoredOutcomeMetrics } from "./stored-outcome-metrics.js";

/**
 * Prometheus metrics of one process: Node's process metrics, HTTP requests by route, the bot's own figures
 * (messages, questions, emergencies: counted here as they happen), the channels' states, and the stored outcomes of
 * feedback, deliveries and broadcasts (counted in the database at scrape time).
 */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route" | "status">;
  /** The counting port the message pipeline and the conversation engine report to. */
  figures: ConversationFigures;
}

/** What the metrics read at scrape time. */
export interface MetricsSources {
  channelStatus?: ChannelStatusSource;
  storedOutcomes?: StoredOutcomeSource;
}

/** Creates the registry and its metrics. */
export function createMetrics(sources: MetricsSources = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "motcua_" });
  const httpRequests = new Counter({
    name: "motcua_http_requests_total",
    help: "HTTP requests by method, route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "motcua_http_request_duration_seconds",
    help: "HTTP request duration by method, route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const figures = registerConversationFigures(registry);
  if (sources.channelStatus) registerChannelMetrics(registry, sources.channelStatus);
  if (sources.storedOutcomes) registerStoredOutcomeMetrics(registry, sources.storedOutcomes);
  return { registry, httpRequests, httpDuration, figures };
}

/** The label each counted outcome is shown under. */
const QUESTION_OUTCOME: Record<Exclude<ConversationOutcome, "emergency">, string> = {
  qa_answered: "answered",
  qa_clarified: "clarified",
  qa_declined: "declined",
};

function registerConversationFigures(registry: Registry): ConversationFigures {
  const messages = new Counter({
    name: "motcua_messages_received_total",
    help: "Messages from citizens stored for the first time, by channel and kind (text, command, choice, photo, ...)",
    labelNames: ["channel", "kind"] as const,
    registers: [registry],
  });
  const questions = new Counter({
    name: "motcua_questions_total",
    help: "Procedure questions by channel and outcome: answered, clarified (asked which procedure) or declined",
    labelNames: ["channel", "outcome"] as const,
    registers: [registry],
  });
  const emergencies = new Counter({
    name: "motcua_emergencies_total",
    help: "Messages recognised as an emergency and answered with the emergency numbers, by channel",
    labelNames: ["channel"] as const,
    registers: [registry],
  });
  return {
    messageReceived: (channel: ChannelName, kind: InboundMessage["kind"]) => messages.inc({ channel, kind }),
    outcome: (channel: ChannelName, outcome: ConversationOutcome) => {
      if (outcome === "emergency") emergencies.inc({ channel });
      else questions.inc({ channel, outcome: QUESTION_OUTCOME[outcome] });
    },
  };
}
