/**
 * A broadcast's figures when it reached nobody (#13 walkthrough point 2): the page says so and why, and never that
 * it was sent.
 */
import { h, type VNode } from "preact";
import { describe, expect, it } from "vitest";
import type { BroadcastProgress } from "../../../src/core/news/types.js";
import { Figures } from "../../../src/http/console/pages/news/views/figures.js";
import { toHtml } from "../../../src/http/console/render.js";

const at = new Date("2026-12-05T01:00:00Z");

function progress(recipients: number, sent: number, status: BroadcastProgress["broadcast"]["status"] = "done"): BroadcastProgress {
  return {
    broadcast: {
      id: "b1", orgId: "o1", kind: "announcement", status, title: "Lịch cắt điện", body: "…", link: null, imageUrl: null, topicIds: [], procedureCode: null, urgent: false,
      newsItemId: null, createdVia: "console", createdById: null, scheduledAt: null, startedAt: at, finishedAt: status === "done" ? at : null, cancelledAt: null, recipients, createdAt: at,
    },
    recipients, sent, failed: 0, blocked: 0, failureReasons: [], heldForWindow: 0, waiting: 0, pending: recipients - sent, cancelled: 0, ratePerSec: 0, unsubscribedAfter: 0, byChannel: [],
  };
}

const render = (p: BroadcastProgress, channelsConnected: boolean) => toHtml(h(Figures, { p, timeZone: "Asia/Ho_Chi_Minh", canCancel: true, channelsConnected }) as VNode, "t");

describe("the figures of a broadcast that reached nobody", () => {
  it("says no channel is connected when none is", () => {
    const html = render(progress(0, 0), false);
    expect(html).toContain("Không ai nhận");
    expect(html).toContain("chưa kênh nào (Zalo, Telegram) được kết nối");
    expect(html).not.toContain("Đã gửi xong");
  });

  it("says nobody subscribed when channels are connected", () => {
    const html = render(progress(0, 0), true);
    expect(html).toContain("Không ai nhận");
    expect(html).toContain("chưa có người dân nào đăng ký nhận tin");
    expect(html).not.toContain("chưa kênh nào");
    expect(html).not.toContain("Đã gửi xong");
  });

  it("is the usual 'sent' for a broadcast with recipients", () => {
    const html = render(progress(3, 3), true);
    expect(html).toContain("Đã gửi xong");
    expect(html).not.toContain("Không ai nhận");
  });
});
