import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, hashId, setLogHashSecret } from "../../../src/logger.js";

describe("logging of citizen data", () => {
  it("hashes ids with a key: stable for one key, different across keys, never the id itself", () => {
    setLogHashSecret("first-secret-0123456789");
    const a = hashId("123456789");
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(hashId("123456789")).toBe(a);
    expect(hashId("123456780")).not.toBe(a);
    setLogHashSecret("other-secret-0123456789");
    expect(hashId("123456789")).not.toBe(a);
  });

  it("redacts secrets, message texts and phone numbers", () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = createLogger({ level: "info", pretty: false }, sink);
    logger.info({ token: "123:SECRET", text: "tôi muốn hỏi", citizen: { phone: "0912345678" }, password: "pw" }, "x");
    const line = lines.join("");
    expect(line).toContain("[redacted]");
    for (const secret of ["123:SECRET", "tôi muốn hỏi", "0912345678", '"pw"']) expect(line).not.toContain(secret);
  });
});
