import { describe, expect, it } from "vitest";
import { channelErrorFromHttp, channelErrorFromZalo } from "../../../bots/zalo/errors.js";
import { digestOf } from "../../../bots/zalo/held-first.js";
import { renderForZalo } from "../../../bots/zalo/render.js";
import { canSendNow, windowClosesAt } from "../../../src/core/channels/interaction-window.js";

const choices = [
  { label: "Đăng ký khai sinh", data: "p:1.001193:overview" },
  { label: "Khai sinh có yếu tố nước ngoài", data: "p:1.001695:overview" },
  { label: "Gặp cán bộ", data: "m:human" },
];

describe("renderForZalo", () => {
  it("renders choices as numbered text by default", () => {
    const out = renderForZalo({ kind: "text", text: "Bạn hỏi thủ tục nào?", choices }, { buttons: false });
    expect(out).toHaveLength(1);
    expect(out[0]).toEqual({ type: "text", text: "Bạn hỏi thủ tục nào?\n\n1. Đăng ký khai sinh\n2. Khai sinh có yếu tố nước ngoài\n3. Gặp cán bộ\n\nTrả lời 1, 2 hoặc 3 để chọn." });
  });

  it("renders buttons with a choice payload when enabled, numbered text when more than five", () => {
    const out = renderForZalo({ kind: "text", text: "Chọn:", choices, links: [{ label: "Cổng DVC", url: "https://dichvucong.gov.vn" }] }, { buttons: true });
    expect(out).toEqual([
      {
        type: "buttons",
        text: "Chọn:",
        buttons: [
          { type: "oa.query.hide", title: "Đăng ký khai sinh", payload: "#c:p:1.001193:overview" },
          { type: "oa.query.hide", title: "Khai sinh có yếu tố…", payload: "#c:p:1.001695:overview" },
          { type: "oa.query.hide", title: "Gặp cán bộ", payload: "#c:m:human" },
          { type: "oa.open.url", title: "Cổng DVC", payload: { url: "https://dichvucong.gov.vn" } },
        ],
      },
    ]);
    const six = Array.from({ length: 6 }, (_, i) => ({ label: `Mục ${i + 1}`, data: `m:${i}` }));
    const many = renderForZalo({ kind: "text", text: "Chọn:", choices: six }, { buttons: true });
    expect(many[0]).toMatchObject({ type: "text" });
    expect((many[0] as { text: string }).text).toContain("Trả lời 1, 2, 3, 4, 5 hoặc 6");
  });

  it("splits text over 2,000 characters on paragraph boundaries", () => {
    const para = (c: string) => c.repeat(900);
    const out = renderForZalo({ kind: "text", text: [para("a"), para("b"), para("c")].join("\n\n") }, { buttons: false });
    expect(out.map((o) => (o as { text: string }).text.length).every((n) => n <= 2000)).toBe(true);
    expect(out).toHaveLength(2);
    expect((out[0] as { text: string }).text).toBe(`${para("a")}\n\n${para("b")}`);
    expect((out[1] as { text: string }).text).toBe(para("c"));
  });

  it("asks for contact with Zalo's request-user-info card and for location with instructions", () => {
    expect(renderForZalo({ kind: "request_contact", text: "Cho xin số điện thoại để cán bộ liên hệ." }, { buttons: false })).toEqual([
      { type: "request_user_info", title: "Chia sẻ thông tin liên hệ", subtitle: "Cho xin số điện thoại để cán bộ liên hệ." },
    ]);
    const loc = renderForZalo({ kind: "request_location", text: "Gửi vị trí nơi có sự cố." }, { buttons: false });
    expect((loc[0] as { text: string }).text).toMatch(/Gửi vị trí nơi có sự cố\.\n\n.*"Vị trí"/u);
  });
});

describe("Zalo error mapping", () => {
  it.each([
    [-230, "outside_window"],
    [-232, "outside_window"],
    [-32, "rate_limited"],
    [-213, "forbidden"],
    [-217, "forbidden"],
    [-227, "invalid_recipient"],
    [-201, "bad_request"],
    [-200, "unavailable"],
  ] as const)("maps %i to %s", (code, kind) => {
    expect(channelErrorFromZalo(code, "x").kind).toBe(kind);
  });

  it("maps HTTP failures and honours Retry-After", () => {
    expect(channelErrorFromHttp(429, "7")).toMatchObject({ kind: "rate_limited", retryAfterSec: 7 });
    expect(channelErrorFromHttp(502, null).kind).toBe("unavailable");
    expect(channelErrorFromHttp(400, null).kind).toBe("bad_request");
  });
});

describe("interaction window", () => {
  const now = new Date("2026-11-20T00:00:00Z");
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  it("allows Zalo sends within 7 days (minus a safety hour) and never without an interaction", () => {
    expect(canSendNow("zalo", daysAgo(6.9), now)).toBe(true);
    expect(canSendNow("zalo", daysAgo(7), now)).toBe(false);
    expect(canSendNow("zalo", null, now)).toBe(false);
    expect(canSendNow("telegram", null, now)).toBe(true);
    expect(windowClosesAt("zalo", daysAgo(0))?.getTime()).toBe(now.getTime() + 7 * 86_400_000 - 3_600_000);
  });
});

describe("digestOf", () => {
  it("gathers held news into one message", () => {
    const d = digestOf([
      { kind: "text", text: "Lịch tiêm chủng", links: [{ label: "Xem", url: "https://p/1" }] },
      { kind: "text", text: "Cắt điện" },
    ]);
    expect(d.kind).toBe("text");
    expect(d.kind === "text" && d.text).toBe("📰 2 tin mới trong thời gian bạn chưa nhắn cho chúng tôi:\n\n• Lịch tiêm chủng\nXem: https://p/1\n\n• Cắt điện");
  });
});
