import { z } from "zod";
import { parseQuietHours, type QuietHours } from "./core/news/local-time.js";

/**
 * The only place that reads process.env. Every variable of DESIGN.md §4 is described here and mirrored in
 * .env.example; invalid values stop the process with exit code 2 and one line per bad variable.
 */

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

/** An optional URL with one of `protocols` and a host. */
const serverUrl = (protocols: readonly string[], message: string) =>
  optionalText.refine(
    (v) => {
      if (v === undefined) return true;
      try {
        const u = new URL(v);
        return protocols.includes(u.protocol) && u.hostname !== "";
      } catch {
        return false;
      }
    },
    { message },
  );

const postgresUrl = serverUrl(["postgresql:", "postgres:"], "expected a PostgreSQL URL like postgresql://user:password@host:5432/database, or unset for the embedded database");

const httpUrl = (what: string) =>
  optionalText.refine(
    (v) => {
      if (v === undefined) return true;
      try {
        const u = new URL(v);
        return u.protocol === "http:" || u.protocol === "https:";
      } catch {
        return false;
      }
    },
    { message: `expected an http(s) URL (${what})` },
  );

/** A number from `min` to `max`, with a default when unset. */
const numberIn = (min: number, max: number, fallback: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? fallback : v.trim()))
    .refine((v) => /^\d+(\.\d+)?$/.test(v) && Number(v) >= min && Number(v) <= max, { message: `expected a number from ${min} to ${max}` })
    .transform(Number);

const ROLE_NAMES = ["web", "worker", "scheduler"] as const;
export type ProcessRole = (typeof ROLE_NAMES)[number];

const envSchema = z.object({
  PORT: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? "3000" : v.trim()))
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 0 && Number(v) <= 65535, { message: "expected a port number from 0 to 65535" })
    .transform(Number)
    .describe("HTTP port (default 3000; 0 picks a free port)"),
  DATABASE_URL: postgresUrl.describe("PostgreSQL URL; unset = embedded PGlite in DATA_DIR"),
  DATA_DIR: optionalText.transform((v) => v ?? "./data").describe("where the embedded database and uploads live"),
  PUBLIC_BASE_URL: httpUrl("the service's external address, e.g. https://motcua.example.gov.vn").describe("external URL for links and webhook registration"),
  TELEGRAM_BOT_TOKEN: optionalText
    .refine((v) => v === undefined || /^\d+:[A-Za-z0-9_-]{20,}$/.test(v), { message: "expected a bot token like 123456:ABC... from @BotFather" })
    .describe("Telegram bot token"),
  TELEGRAM_WEBHOOK_SECRET: optionalText
    .refine((v) => v === undefined || /^[A-Za-z0-9_-]{16,256}$/.test(v), { message: "expected 16-256 characters of A-Z, a-z, 0-9, _ or -" })
    .describe("secret Telegram sends in X-Telegram-Bot-Api-Secret-Token"),
  TELEGRAM_API_ROOT: httpUrl("Telegram Bot API root").transform((v) => v ?? "https://api.telegram.org").describe("Telegram Bot API root"),
  TELEGRAM_MODE: z.enum(["webhook", "polling"], { message: "expected webhook or polling" }).optional().describe("webhook (default with PUBLIC_BASE_URL) or polling"),
  TELEGRAM_GLOBAL_RATE: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? "25" : v.trim()))
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 30, { message: "expected messages per second from 1 to 30" })
    .transform(Number)
    .describe("Telegram messages per second across all chats (Telegram allows about 30)"),
  ZALO_APP_ID: optionalText.describe("Zalo app id"),
  ZALO_APP_SECRET: optionalText.describe("Zalo app secret key (OAuth)"),
  ZALO_OA_SECRET_KEY: optionalText.describe("Zalo OA secret key (webhook signature)"),
  ZALO_REFRESH_TOKEN: optionalText.describe("first Zalo refresh token; seeds the stored, rotating one"),
  ZALO_OPENAPI_BASE: httpUrl("Zalo Open API base").transform((v) => v ?? "https://openapi.zalo.me").describe("Zalo Open API base URL"),
  ZALO_OAUTH_BASE: httpUrl("Zalo OAuth base").transform((v) => v ?? "https://oauth.zaloapp.com").describe("Zalo OAuth base URL"),
  ZALO_BUTTONS: z.enum(["off", "on"], { message: "expected off or on" }).optional().transform((v) => v ?? "off").describe("send Zalo button templates (unverified without a real OA; off = numbered text choices)"),
  ZALO_RATE_PER_MINUTE: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? "600" : v.trim()))
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10_000, { message: "expected messages per minute from 1 to 10000" })
    .transform(Number)
    .describe("Zalo news messages per minute across all workers (default 600)"),
  NEWS_QUIET_HOURS: optionalText
    .transform((v) => v ?? "21:00-07:00")
    .refine((v) => parseQuietHours(v) !== undefined, { message: "expected HH:MM-HH:MM (e.g. 21:00-07:00) or off" })
    .describe("hours without non-urgent news for subscribers who did not choose their own, in the organisation's time zone"),
  NEWS_DIGEST_HOUR: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? "18" : v.trim()))
    .refine((v) => /^\d{1,2}$/.test(v) && Number(v) <= 23, { message: "expected an hour from 0 to 23" })
    .transform(Number)
    .describe("local hour of the daily news digest (default 18)"),
  ADMIN_EMAIL: optionalText
    .refine((v) => v === undefined || /^[^@\s]+@[^@\s]+$/.test(v), { message: "expected an e-mail address" })
    .describe("bootstrap administrator e-mail"),
  ADMIN_PASSWORD: optionalText
    .refine((v) => v === undefined || v.length >= 10, { message: "expected at least 10 characters" })
    .describe("bootstrap administrator password (generated and printed once when unset)"),
  ROLES: optionalText
    .transform((v) => (v ?? ROLE_NAMES.join(",")).split(",").map((r) => r.trim()).filter(Boolean))
    .refine((roles) => roles.length > 0 && roles.every((r) => (ROLE_NAMES as readonly string[]).includes(r)), {
      message: "expected a comma list of web, worker, scheduler",
    })
    .describe("process roles: comma list of web,worker,scheduler"),
  METRICS_TOKEN: optionalText
    .refine((v) => v === undefined || v.length >= 16, { message: "expected at least 16 characters" })
    .describe("bearer token /metrics requires (Authorization: Bearer <token>); unset: /metrics is open"),
  CONSOLE_SESSION_IDLE_MINUTES: numberIn(5, 24 * 60, "60").describe("a console session unused this long ends (default 60 minutes)"),
  CONSOLE_SESSION_MAX_HOURS: numberIn(1, 24 * 30, "12").describe("a console session ends this long after sign-in, used or not (default 12 hours)"),
  UNANSWERED_RETENTION_DAYS: numberIn(1, 3650, "90").describe("days the unanswered questions (masked) are kept for the console's page before housekeeping deletes them"),
  LOG_HASH_SECRET: optionalText
    .refine((v) => v === undefined || v.length >= 16, { message: "expected at least 16 characters" })
    .describe("key for the hashes of citizen ids in logs; set it to correlate logs across processes (random per process otherwise)"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { message: "expected fatal, error, warn, info, debug, trace or silent" })
    .optional()
    .transform((v) => v ?? "info")
    .describe("log level"),
  NODE_ENV: optionalText.describe("production switches logs to JSON"),
  FEEDBACK_TRIAGE_BELOW: numberIn(0, 1, "0.75").describe("routing confidence below which a report goes to triage (Văn phòng), 0–1"),
  FEEDBACK_REOPEN_DAYS: numberIn(0, 365, "7").describe("days after an answer or resolution during which the citizen may reopen a ticket"),
  FEEDBACK_DUPLICATE_METERS: numberIn(0, 5000, "100").describe("a report this close to an open ticket of the same category is linked to it (metres)"),
  FEEDBACK_DUPLICATE_DAYS: numberIn(1, 365, "30").describe("how far back to look for an open ticket of the same problem (days)"),
  FEEDBACK_REMIND_ACCEPT_HOURS: numberIn(0, 40, "2").describe("working hours before an accept deadline when the department is reminded (default 2)"),
  FEEDBACK_REMIND_ANSWER_DAYS: numberIn(0, 10, "1").describe("working days before an answer deadline when the department is reminded (default 1)"),
  SMTP_URL: serverUrl(["smtp:", "smtps:"], "expected smtp://user:password@host:587 or smtps://user:password@host:465").describe("mail server for deadline reminders to staff; unset: reminders show in the console only"),
  SMTP_FROM: optionalText
    .refine((v) => v === undefined || /^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/.test(v), { message: "expected an address, e.g. motcua@phuong.gov.vn or Phường Hòa An <motcua@phuong.gov.vn>" })
    .describe("sender of staff e-mails (default motcua@ the SMTP host)"),
});

export interface Config {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  publicBaseUrl?: string;
  telegram: { botToken?: string; webhookSecret?: string; apiRoot: string; mode: "webhook" | "polling"; globalRatePerSec: number };
  zalo: { appId?: string; appSecret?: string; oaSecretKey?: string; refreshToken?: string; openApiBase: string; oauthBase: string; buttons: "off" | "on"; ratePerMinute: number };
  news: { quietHours: QuietHours | null; digestHour: number };
  admin: { email?: string; password?: string };
  /** Reached over https (PUBLIC_BASE_URL): console cookies are Secure, pages ask browsers to upgrade requests. */
  https: boolean;
  /** Staff console sessions. */
  console: { sessionIdleMinutes: number; sessionMaxHours: number };
  /** Days the masked unanswered questions are kept for the console (housekeeping deletes older ones). */
  unanswered: { retentionDays: number };
  roles: Set<ProcessRole>;
  /** Ticket core settings (src/core/feedback/ticket-change.ts FeedbackSettings). */
  feedback: { triageBelow: number; reopenWithinDays: number; duplicateRadiusMeters: number; duplicateWithinDays: number };
  /** The department console's deadline reminders (src/core/feedback/desk/deadline-state.ts ReminderLeads). */
  reminders: { acceptHours: number; answerDays: number };
  /** Mail server for staff e-mails; unset: reminders and escalations show in the console only. */
  smtp?: { url: string; from: string };
  logLevel: string;
  logHashSecret?: string;
  /** Bearer token /metrics requires; unset: open (keep it off the public network then). */
  metricsToken?: string;
  /** Human-readable logs (a terminal) or JSON (production). */
  prettyLogs: boolean;
}

/** Thrown for invalid configuration; `problems` holds one line per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
  }
}

/**
 * Reads `./.env` into the environment when the file exists (variables already set win), as `.env.example`
 * suggests. Node's own parser: no dependency.
 */
export function loadDotEnvFile(path = ".env"): void {
  try {
    process.loadEnvFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new ConfigError([`.env: ${(error as Error).message}`]);
  }
}

/** Parses the environment into a Config, or throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { isTTY?: boolean } = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0] ?? "config")}: ${i.message}`);
    throw new ConfigError([...new Set(problems)]);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, ""),
    telegram: {
      botToken: e.TELEGRAM_BOT_TOKEN,
      webhookSecret: e.TELEGRAM_WEBHOOK_SECRET,
      apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ""),
      mode: e.TELEGRAM_MODE ?? (e.PUBLIC_BASE_URL ? "webhook" : "polling"),
      globalRatePerSec: e.TELEGRAM_GLOBAL_RATE,
    },
    zalo: {
      appId: e.ZALO_APP_ID,
      appSecret: e.ZALO_APP_SECRET,
      oaSecretKey: e.ZALO_OA_SECRET_KEY,
      refreshToken: e.ZALO_REFRESH_TOKEN,
      openApiBase: e.ZALO_OPENAPI_BASE.replace(/\/+$/, ""),
      oauthBase: e.ZALO_OAUTH_BASE.replace(/\/+$/, ""),
      buttons: e.ZALO_BUTTONS,
      ratePerMinute: e.ZALO_RATE_PER_MINUTE,
    },
    news: { quietHours: parseQuietHours(e.NEWS_QUIET_HOURS) ?? null, digestHour: e.NEWS_DIGEST_HOUR },
    admin: { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD },
    https: e.PUBLIC_BASE_URL?.startsWith("https:") ?? false,
    console: { sessionIdleMinutes: e.CONSOLE_SESSION_IDLE_MINUTES, sessionMaxHours: e.CONSOLE_SESSION_MAX_HOURS },
    unanswered: { retentionDays: e.UNANSWERED_RETENTION_DAYS },
    roles: new Set(e.ROLES as ProcessRole[]),
    feedback: { triageBelow: e.FEEDBACK_TRIAGE_BELOW, reopenWithinDays: e.FEEDBACK_REOPEN_DAYS, duplicateRadiusMeters: e.FEEDBACK_DUPLICATE_METERS, duplicateWithinDays: e.FEEDBACK_DUPLICATE_DAYS },
    reminders: { acceptHours: e.FEEDBACK_REMIND_ACCEPT_HOURS, answerDays: e.FEEDBACK_REMIND_ANSWER_DAYS },
    ...(e.SMTP_URL ? { smtp: { url: e.SMTP_URL, from: e.SMTP_FROM ?? `motcua@${new URL(e.SMTP_URL).hostname}` } } : {}),
    logLevel: e.LOG_LEVEL,
    logHashSecret: e.LOG_HASH_SECRET,
    metricsToken: e.METRICS_TOKEN,
    prettyLogs: e.NODE_ENV !== "production" && (options.isTTY ?? process.stdout.isTTY === true),
  };
}

/** The variables with their descriptions, for `.env.example` checks and documentation. */
export function describeVariables(): Array<{ name: string; description: string }> {
  return Object.entries(envSchema.shape).map(([name, schema]) => ({ name, description: schema.description ?? "" }));
}
