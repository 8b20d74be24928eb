/**
 * Subscriptions in the chat: `/nhantin` shows what the citizen receives and the topics as buttons (numbered where
 * the platform has none) to add or drop one; `/nhantin tatca` takes every topic; `/nhantin <chủ đề>` one topic;
 * `/dungnhantin` stops everything in one step, as does the stop button under every news message. A second screen
 * sets how news comes (at once or one daily digest), quiet hours and procedure-change alerts. Topics are data.
 */
import type { Choice, InboundMessage } from "../../channels/contract.js";
import { MAX_CHOICES } from "../../channels/contract.js";
import { formatQuietHours, type QuietHours } from "../../news/local-time.js";
import { STOP_ALL_CHOICE } from "../../news/messages.vi.js";
import type { SubscriberStore, TopicStore } from "../../news/ports.js";
import { SUB_MSG } from "../../news/subscription-texts.vi.js";
import type { NewsSubscription, Topic } from "../../news/types.js";
import { reply, type Flow, type FlowContext, type FlowInput, type FlowStep } from "../flow.js";
import { foldForIntent } from "../intents.js";

const PREFIX = "n";
const L = SUB_MSG.labels;

export interface NewsFlowOptions {
  subscribers: SubscriberStore;
  topics: TopicStore;
  /** The organisation's quiet hours for subscribers who keep the default (null: none). */
  defaultQuietHours: QuietHours | null;
  digestHour: number;
}

export class NewsFlow implements Flow {
  readonly name = "news";
  readonly prefix = PREFIX;

  constructor(private readonly opts: NewsFlowOptions) {}

  /**
   * Enters from `/nhantin` (mode "subscribe", optional topic in `args`), `/nhantin tatca` (mode "all") or
   * `/dungnhantin` (mode "unsubscribe", optional topic in `args`).
   */
  async start(ctx: FlowContext, input: FlowInput): Promise<FlowStep> {
    const id = ctx.identity.id;
    const topics = await this.opts.topics.list();
    if (input.mode === "all") return this.subscribeAll(id, ctx.now, topics);
    const typed = (input.args ?? "").trim();
    const topic = typed ? findTopic(topics, typed) : undefined;
    if (input.mode === "unsubscribe") {
      if (topic) return this.dropTopic(id, topic, ctx.now, topics);
      const wasActive = await this.opts.subscribers.stopAll(id, ctx.now);
      return reply({ kind: "text", text: wasActive ? SUB_MSG.stopped : SUB_MSG.notSubscribed });
    }
    if (topics.length === 0) return reply({ kind: "text", text: SUB_MSG.noTopics });
    if (topic) {
      const sub = await this.opts.subscribers.subscribe(id, { all: false, topicIds: [topic.id] }, ctx.now);
      return this.topicsScreen(sub, topics, SUB_MSG.subscribed([topic.name]));
    }
    const sub = await this.opts.subscribers.get(id);
    return this.topicsScreen(sub, topics, typed ? SUB_MSG.unknownTopic(typed) : undefined);
  }

  /** Handles the flow's buttons (`n:…`), which work at any time, also from old messages. */
  async handle(ctx: FlowContext, message: InboundMessage): Promise<FlowStep | null> {
    if (message.kind !== "choice" || !message.data.startsWith(`${PREFIX}:`)) return null;
    const id = ctx.identity.id;
    const [, action, arg] = message.data.split(":");
    const subs = this.opts.subscribers;
    switch (action) {
      case "stop":
        return this.start(ctx, { mode: "unsubscribe" });
      case "all":
        return this.subscribeAll(id, ctx.now, await this.opts.topics.list());
      case "t": {
        const topics = await this.opts.topics.list();
        const topic = topics.find((t) => t.code === arg);
        const sub = await subs.get(id);
        if (!topic) return this.topicsScreen(sub, topics);
        if (sub && sub.stoppedAt === null && (sub.allTopics || sub.topicIds.includes(topic.id))) return this.dropTopic(id, topic, ctx.now, topics);
        return this.topicsScreen(await subs.subscribe(id, { all: false, topicIds: [topic.id] }, ctx.now), topics, SUB_MSG.subscribed([topic.name]));
      }
      case "topics":
        return this.topicsScreen(await subs.get(id), await this.opts.topics.list());
      case "set":
        return this.settingsScreen(await subs.get(id));
      case "mode": {
        const digest = arg === "digest";
        const sub = await subs.setMode(id, digest ? "digest" : "immediate");
        return this.settingsScreen(sub, digest ? SUB_MSG.modeDigest(this.opts.digestHour) : SUB_MSG.modeNow);
      }
      case "quiet": {
        const sub = await subs.setQuietHours(id, arg === "off" ? "off" : null);
        const quiet = this.quietText(sub);
        return this.settingsScreen(sub, quiet ? SUB_MSG.quietOn(quiet) : SUB_MSG.quietOff);
      }
      case "alerts": {
        const on = arg === "on";
        return this.settingsScreen(await subs.setProcedureAlerts(id, on, ctx.now), on ? SUB_MSG.alertsOn : SUB_MSG.alertsOff);
      }
      case "done":
        return reply({ kind: "text", text: SUB_MSG.done });
      default:
        return this.topicsScreen(await subs.get(id), await this.opts.topics.list());
    }
  }

  private async subscribeAll(id: string, now: Date, topics: Topic[]): Promise<FlowStep> {
    if (topics.length === 0) return reply({ kind: "text", text: SUB_MSG.noTopics });
    const sub = await this.opts.subscribers.subscribe(id, { all: true }, now);
    return this.topicsScreen(sub, topics, SUB_MSG.subscribedAll);
  }

  private async dropTopic(id: string, topic: Topic, now: Date, topics: Topic[]): Promise<FlowStep> {
    const sub = await this.opts.subscribers.unsubscribeTopic(id, topic.id, now);
    return this.topicsScreen(sub, topics, SUB_MSG.unsubscribedTopic(topic.name));
  }

  /** What the citizen receives, and one button per topic (on/off), every topic, and the settings. */
  private topicsScreen(sub: NewsSubscription | null, topics: Topic[], lead?: string): FlowStep {
    const active = sub && sub.stoppedAt === null ? sub : null;
    const on = (t: Topic) => active !== null && (active.allTopics || active.topicIds.includes(t.id));
    const names = topics.filter(on).map((t) => t.name);
    const subscribed = names.length > 0 || (active?.procedureAlerts ?? false);
    const status = [SUB_MSG.current(names, active?.allTopics ?? false)];
    if (subscribed && active) status.push(SUB_MSG.how(active.mode === "digest", this.opts.digestHour, this.quietText(active)));
    const extra: Choice[] = [...(active?.allTopics ? [] : [{ label: L.all, data: `${PREFIX}:all` }]), { label: L.settings, data: `${PREFIX}:set` }];
    const topicChoices = topics.slice(0, MAX_CHOICES - extra.length).map((t) => ({ label: on(t) ? L.topicOn(t.name) : L.topicOff(t.name), data: `${PREFIX}:t:${t.code}` }));
    const text = [lead, status.join(" "), SUB_MSG.intro, subscribed ? SUB_MSG.stopHint : undefined].filter((p): p is string => Boolean(p)).join("\n\n");
    return reply({ kind: "text", text, choices: [...topicChoices, ...extra] });
  }

  private settingsScreen(sub: NewsSubscription | null, lead?: string): FlowStep {
    const digest = sub?.mode === "digest";
    const quiet = this.quietText(sub);
    const defaultQuiet = this.opts.defaultQuietHours ? formatQuietHours(this.opts.defaultQuietHours) : null;
    const choices: Choice[] = [
      digest ? { label: L.modeToNow, data: `${PREFIX}:mode:now` } : { label: L.modeToDigest(this.opts.digestHour), data: `${PREFIX}:mode:digest` },
      ...(quiet ? [{ label: L.quietToOff, data: `${PREFIX}:quiet:off` }] : defaultQuiet ? [{ label: L.quietToOn(defaultQuiet), data: `${PREFIX}:quiet:default` }] : []),
      sub?.procedureAlerts && sub.stoppedAt === null ? { label: L.alertsToOff, data: `${PREFIX}:alerts:off` } : { label: L.alertsToOn, data: `${PREFIX}:alerts:on` },
      { label: L.topics, data: `${PREFIX}:topics` },
      { label: L.stop, data: STOP_ALL_CHOICE },
      { label: L.done, data: `${PREFIX}:done` },
    ];
    const how = SUB_MSG.how(digest, this.opts.digestHour, quiet);
    return reply({ kind: "text", text: [lead, how, SUB_MSG.settingsIntro].filter(Boolean).join("\n\n"), choices });
  }

  /** The subscriber's quiet hours as text ("21:00–07:00"), or null when none apply. */
  private quietText(sub: NewsSubscription | null): string | null {
    const setting = sub?.quietHours ?? null;
    if (setting === "off") return null;
    if (setting === null) return this.opts.defaultQuietHours ? formatQuietHours(this.opts.defaultQuietHours) : null;
    return setting;
  }
}

/** The topic a citizen typed: its code, or its name with or without diacritics. */
function findTopic(topics: Topic[], typed: string): Topic | undefined {
  const folded = foldForIntent(typed).replace(/[\s-]+/gu, "");
  return topics.find((t) => t.code.replace(/-/gu, "") === folded || foldForIntent(t.name).replace(/\s+/gu, "") === folded);
}

