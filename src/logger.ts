import { createHash } from "node:crypto";
import { pino, type Logger as PinoLogger } from "pino";

export type Logger = PinoLogger;

/** Paths whose values never reach a log line: secrets, tokens and personal data. */
const REDACT = [
  "token",
  "*.token",
  "accessToken",
  "*.accessToken",
  "refreshToken",
  "*.refreshToken",
  "password",
  "*.password",
  "secret",
  "*.secret",
  "authorization",
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-zevent-signature"]',
  "text",
  "*.text",
  "phone",
  "*.phone",
];

/** Creates the process logger: JSON in production, readable in a terminal. */
export function createLogger(opts: { level: string; pretty: boolean }): Logger {
  return pino({
    level: opts.level,
    redact: { paths: REDACT, censor: "[redacted]" },
    base: { service: "motcua" },
    ...(opts.pretty ? { transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service" } } } : {}),
  });
}

/** A short, stable hash of a citizen identifier: logs correlate events without holding the id itself. */
export function hashId(id: string): string {
  return createHash("sha256").update(`motcua:${id}`).digest("hex").slice(0, 12);
}
