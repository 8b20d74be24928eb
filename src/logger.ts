import { createHmac, randomBytes } from "node:crypto";
import { pino, type DestinationStream, type Logger as PinoLogger, type LoggerOptions } from "pino";

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
export function createLogger(opts: { level: string; pretty: boolean; hashSecret?: string }, destination?: DestinationStream): Logger {
  if (opts.hashSecret) setLogHashSecret(opts.hashSecret);
  const options: LoggerOptions = {
    level: opts.level,
    redact: { paths: REDACT, censor: "[redacted]" },
    base: { service: "motcua" },
    ...(opts.pretty && !destination ? { transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service" } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Key of {@link hashId}. Platform ids are short numbers, so a plain hash could be reversed by trying them all; a
 * keyed hash cannot without the key. Random per process unless LOG_HASH_SECRET makes it stable across processes.
 */
let hashKey: Buffer = randomBytes(32);

/** Sets the key of {@link hashId} (from LOG_HASH_SECRET), so all replicas log the same hash for one citizen. */
export function setLogHashSecret(secret: string): void {
  hashKey = Buffer.from(secret, "utf8");
}

/** A short keyed hash of a citizen identifier: logs correlate events without holding the id itself. */
export function hashId(id: string): string {
  return createHmac("sha256", hashKey).update(id).digest("hex").slice(0, 12);
}
