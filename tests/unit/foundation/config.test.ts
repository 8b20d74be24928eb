import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, describeVariables, loadConfig } from "../../../src/config.js";

const base = { isTTY: false };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, base);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("has working defaults with an empty environment", () => {
    const config = loadConfig({}, base);
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe("./data");
    expect(config.telegram.apiRoot).toBe("https://api.telegram.org");
    expect(config.telegram.mode).toBe("polling");
    expect(config.telegram.globalRatePerSec).toBe(25);
    expect(config.zalo.openApiBase).toBe("https://openapi.zalo.me");
    expect(config.zalo.buttons).toBe("off");
    expect([...config.roles].sort()).toEqual(["scheduler", "web", "worker"]);
  });

  it("sends staff e-mail only when a mail server is set, from an address on its host unless one is given", () => {
    expect(loadConfig({}, base).smtp).toBeUndefined();
    expect(loadConfig({}, base).reminders).toEqual({ acceptHours: 2, answerDays: 1 });
    expect(loadConfig({ SMTP_URL: "smtp://u:p@mail.example.vn:587" }, base).smtp).toEqual({ url: "smtp://u:p@mail.example.vn:587", from: "motcua@mail.example.vn" });
    expect(loadConfig({ SMTP_URL: "smtps://mail.example.vn", SMTP_FROM: "Phường Hòa An <motcua@example.vn>" }, base).smtp?.from).toBe("Phường Hòa An <motcua@example.vn>");
  });

  it("defaults Telegram to webhook mode when a public URL is set", () => {
    const config = loadConfig({ PUBLIC_BASE_URL: "https://bot.example.vn/" }, base);
    expect(config.telegram.mode).toBe("webhook");
    expect(config.publicBaseUrl).toBe("https://bot.example.vn");
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "not a url" }, "DATABASE_URL"],
    [{ DATABASE_URL: "mysql://x@y/z" }, "DATABASE_URL"],
    [{ ROLES: "web,cook" }, "ROLES"],
    [{ TELEGRAM_MODE: "push" }, "TELEGRAM_MODE"],
    [{ TELEGRAM_WEBHOOK_SECRET: "short" }, "TELEGRAM_WEBHOOK_SECRET"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ ADMIN_PASSWORD: "123" }, "ADMIN_PASSWORD"],
    [{ TELEGRAM_API_ROOT: "ftp://x" }, "TELEGRAM_API_ROOT"],
    [{ SMTP_URL: "mail.example.vn:587" }, "SMTP_URL"],
    [{ SMTP_URL: "https://mail.example.vn" }, "SMTP_URL"],
    [{ SMTP_FROM: "not an address" }, "SMTP_FROM"],
    [{ FEEDBACK_REMIND_ACCEPT_HOURS: "-1" }, "FEEDBACK_REMIND_ACCEPT_HOURS"],
  ])("rejects %o naming %s", (env, variable) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${variable}: expected`));
  });

  it("reports every bad variable, one line each", () => {
    const problems = problemsOf({ PORT: "x", DATABASE_URL: "y", ROLES: "z" });
    expect(problems.map((p) => p.split(":")[0]).sort()).toEqual(["DATABASE_URL", "PORT", "ROLES"]);
  });

  it("is mirrored in .env.example with a description for every variable", () => {
    const example = readFileSync(new URL("../../../.env.example", import.meta.url), "utf8");
    for (const { name, description } of describeVariables()) {
      expect(description, name).not.toBe("");
      expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, "m"));
    }
  });
});
