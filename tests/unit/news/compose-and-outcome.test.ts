import { describe, expect, it } from "vitest";
import { ChannelError } from "../../../src/core/channels/contract.js";
import { splitText } from "../../../src/core/channels/render.js";
import { composeBroadcastMessage, composeDigest, shorten } from "../../../src/core/news/compose.js";
import { NEWS_MSG, STOP_ALL_CHOICE } from "../../../src/core/news/messages.vi.js";
import { partsOf } from "../../../src/core/news/news-sender.js";
import { failureOutcome, MAX_RATE_LIMITED_ATTEMPTS } from "../../../src/core/news/send-outcome.js";

const now = new Date("2026-05-04T03:00:00Z");

describe("news messages", () => {
  it("carries heading, text as typed, a link button, a stop button and how to stop", () => {
    const m = composeBroadcastMessage({ kind: "announcement", title: "Cắt điện", body: "<b>Ngày mai</b> cắt điện.", link: "https://x.vn/a", urgent: true });
    expect(m).toMatchObject({ kind: "text", links: [{ url: "https://x.vn/a" }], choices: [{ data: STOP_ALL_CHOICE }] });
    expect(m.kind === "text" && m.text).toBe(`⚠️ KHẨN: Cắt điện\n\n<b>Ngày mai</b> cắt điện.\n\n${NEWS_MSG.footer}`);
  });

  it("bundles a digest with short excerpts and links, and leaves a single item as it is", () => {
    const item = (title: string, body: string) => ({ title, link: `https://x.vn/${title}`, message: composeBroadcastMessage({ kind: "news", title, body, urgent: false }) });
    const one = item("Một", "Câu một.");
    expect(composeDigest([one])).toBe(one.message);
    const long = "Câu rất dài về lịch tiêm chủng. ".repeat(30);
    const d = composeDigest([one, item("Hai", long)]);
    const text = d.kind === "text" ? d.text : "";
    expect(text.startsWith(NEWS_MSG.digestHeading(2))).toBe(true);
    expect(text).toContain("• Một\nCâu một.\nhttps://x.vn/Một");
    expect(text).toContain("• Hai\nCâu rất dài");
    expect(text.length).toBeLessThan(900);
    expect(text).not.toContain(NEWS_MSG.footer);
  });

  it("shortens at a sentence end, else at a word", () => {
    expect(shorten("Một câu. Hai câu dài hơn nhiều.", 20)).toBe("Một câu.");
    expect(shorten("mot hai ba bon nam sau bay", 12)).toBe("mot hai ba…");
  });

  it("splits at a sentence end rather than mid-sentence, and never leaves a heading alone", () => {
    const text = `Tiêu đề\n\n${"Câu này có nội dung. ".repeat(20).trim()}`;
    const parts = splitText(text, 200);
    expect(parts[0]?.startsWith("Tiêu đề")).toBe(true);
    expect(parts.slice(0, -1).every((p) => p.endsWith("."))).toBe(true);
    expect(parts.every((p) => p.length <= 200)).toBe(true);
    expect(partsOf({ kind: "text", text }, "zalo")).toBe(1);
    expect(partsOf({ kind: "text", text: "x ".repeat(3000) }, "telegram")).toBe(2);
  });
});

describe("what a failed send means", () => {
  it("waits retry_after, backs off, holds, or stops for good", () => {
    expect(failureOutcome("1", new ChannelError("rate_limited", "telegram 429", 12), 1, now)).toMatchObject({ status: "retry", nextAttemptAt: new Date(now.getTime() + 12_000) });
    expect(failureOutcome("1", new ChannelError("rate_limited", "429", 1), MAX_RATE_LIMITED_ATTEMPTS, now).status).toBe("failed");
    expect(failureOutcome("1", new ChannelError("unavailable", "telegram 502"), 3, now)).toMatchObject({ status: "retry", nextAttemptAt: new Date(now.getTime() + 20_000), lastError: "unavailable: telegram 502" });
    expect(failureOutcome("1", new ChannelError("unavailable", "x"), 8, now).status).toBe("failed");
    expect(failureOutcome("1", new ChannelError("forbidden", "telegram 403"), 1, now).status).toBe("blocked");
    expect(failureOutcome("1", new ChannelError("outside_window", "zalo -230"), 1, now)).toMatchObject({ status: "held", attempted: true });
    expect(failureOutcome("1", new ChannelError("bad_request", "telegram 400"), 1, now).status).toBe("failed");
  });
});
