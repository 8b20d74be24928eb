import { describe, expect, it } from "vitest";
import { previewTelegram } from "../../../bots/telegram/preview.js";
import { zaloPreviewer } from "../../../bots/zalo/preview.js";
import { renderTelegram } from "../../../bots/telegram/render.js";
import { renderForZalo } from "../../../bots/zalo/render.js";
import type { AuditEntry } from "../../../src/core/audit/audit-trail.js";
import { BroadcastDesk, type AnnouncementInput, type BroadcastImageStore } from "../../../src/core/news/broadcast-desk.js";
import type { BroadcastService } from "../../../src/core/news/broadcast-service.js";
import { broadcastOutbound, composeBroadcastMessage } from "../../../src/core/news/compose.js";
import type { Broadcast, BroadcastDraft, BroadcastProgress } from "../../../src/core/news/types.js";
import { AppError } from "../../../src/core/shared/app-error.js";
import type { Actor } from "../../../src/core/staff/actor.js";
import type { StaffRole } from "../../../src/core/staff/roles.js";

const ORG = "00000000-0000-4000-8000-00000000000a";
const NOW = new Date("2026-05-04T03:00:00Z");
const TOPICS = [
  { id: "10000000-0000-4000-8000-000000000001", code: "thong-bao", name: "Thông báo" },
  { id: "10000000-0000-4000-8000-000000000002", code: "lua-dao", name: "Cảnh báo lừa đảo" },
];
const staff = (role: StaffRole): Actor => ({ kind: "staff", id: `staff-${role}`, orgId: ORG, email: `${role}@ward.vn`, fullName: role, roles: [role], departmentIds: [] });

function input(over: Partial<AnnouncementInput> = {}): AnnouncementInput {
  return { title: "Lịch cắt điện", body: "Ngày mai cắt điện từ 8h đến 11h.", link: "", imageUrl: null, audience: "all", topicIds: [], urgent: false, urgentConfirmed: false, when: "now", scheduledAt: null, ...over };
}

function world(images: BroadcastImageStore | null = null) {
  const created: BroadcastDraft[] = [];
  const audit: AuditEntry[] = [];
  const cancelled: string[] = [];
  const broadcast = (over: Partial<Broadcast> = {}): Broadcast =>
    ({ id: "b-1", orgId: ORG, kind: "announcement", status: "sending", title: "t", body: "b", link: null, imageUrl: null, topicIds: [], procedureCode: null, urgent: false, newsItemId: null, createdVia: "console", createdById: null, scheduledAt: null, startedAt: NOW, finishedAt: null, cancelledAt: null, recipients: 3, createdAt: NOW, ...over }) as Broadcast;
  const progressOf = (b: Broadcast) => ({ broadcast: b, sent: 1 }) as BroadcastProgress;
  const service: Pick<BroadcastService, "create" | "cancel" | "progress" | "history" | "reach"> = {
    create: async (d) => (created.push(d), { id: `b-${created.length}`, created: true, recipients: d.scheduledAt ? null : 42 }),
    cancel: async (id) => (cancelled.push(id), broadcast({ id, status: "cancelled" })),
    progress: async (id) => {
      if (id === "other-org") return progressOf(broadcast({ id, orgId: "someone-else" }));
      if (id === "missing") throw new AppError("broadcast_not_found", "no", 404);
      return progressOf(broadcast({ id }));
    },
    history: async () => [],
    reach: async (topicIds, urgent) => [{ channel: "telegram", now: topicIds.length + (urgent ? 10 : 1), afterQuietHours: 0, atNextMessage: 0, inDigest: 0 }],
  };
  const desk = new BroadcastDesk({
    orgId: ORG,
    broadcasts: service,
    topics: { list: async () => TOPICS },
    previewers: new Map([
      ["telegram", previewTelegram],
      ["zalo", zaloPreviewer({ buttons: false })],
    ]),
    channels: ["telegram"],
    audit: { record: async (e) => void audit.push(e) },
    images,
    clock: () => NOW,
  });
  return { desk, created, audit, cancelled };
}

async function problemsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).httpStatus).toBe(422);
  return { ...(error as AppError).fields };
}

describe("the editor's broadcast desk", () => {
  it("previews exactly what the adapters send, split per platform, with the platforms not connected marked", async () => {
    const { desk } = world();
    const body = Array.from({ length: 8 }, (_, i) => `Đoạn ${i + 1}. ${"Người dân chú ý theo dõi thông tin. ".repeat(8)}`).join("\n\n");
    const preview = await desk.preview(staff("editor"), input({ body, link: "https://cong.example.vn/tin/1" }));
    const message = composeBroadcastMessage({ kind: "announcement", title: "Lịch cắt điện", body, link: "https://cong.example.vn/tin/1", urgent: false });
    const [telegram, zalo] = preview.platforms;
    expect(telegram).toMatchObject({ channel: "telegram", limit: 4096, connected: true });
    expect(zalo).toMatchObject({ channel: "zalo", limit: 2000, connected: false });
    expect(telegram!.parts.map((p) => (p.kind === "text" ? p.text : ""))).toEqual(renderTelegram("1", message).map((c) => c.payload.text));
    expect(zalo!.parts.map((p) => (p.kind === "text" ? p.text : ""))).toEqual(renderForZalo(message, { buttons: false }).map((o) => (o.type === "text" ? o.text : "")));
    expect(zalo!.parts.length).toBeGreaterThan(1);
    expect(telegram!.parts.at(-1)).toMatchObject({ buttons: ["🔕 Dừng nhận tin", "Xem chi tiết"] });
    expect(preview.reach).toEqual([{ channel: "telegram", now: 1, afterQuietHours: 0, atNextMessage: 0, inDigest: 0 }]);
    expect(preview.problems).toEqual({});
  });

  it("shows the image first when it is one of the stored ones, and ignores any other address", async () => {
    const images: BroadcastImageStore = { maxBytes: 5 << 20, store: async () => ({ url: "" }), owns: (url) => url.startsWith("https://motcua.example/media/"), exists: async (url) => !url.endsWith("gone.png") };
    const { desk } = world(images);
    const ours = await desk.preview(staff("editor"), input({ imageUrl: "https://motcua.example/media/broadcasts/a.png" }));
    expect(ours.platforms[0]!.parts[0]).toEqual({ kind: "image", url: "https://motcua.example/media/broadcasts/a.png" });
    const foreign = await desk.preview(staff("editor"), input({ imageUrl: "https://evil.example/x.png" }));
    expect(foreign.platforms[0]!.parts[0]!.kind).toBe("text");
    expect(foreign.problems).toEqual({ image: "invalid" });
  });

  it("refuses to send an image that was removed while the form stayed open, and sends one still stored", async () => {
    const images: BroadcastImageStore = { maxBytes: 5 << 20, store: async () => ({ url: "" }), owns: (url) => url.startsWith("https://motcua.example/media/"), exists: async (url) => !url.endsWith("gone.png") };
    const { desk, created } = world(images);
    expect(await problemsOf(desk.submit(staff("editor"), input({ imageUrl: "https://motcua.example/media/broadcasts/gone.png" })))).toEqual({ image: "image_gone" });
    expect(created).toEqual([]);
    await desk.submit(staff("editor"), input({ imageUrl: "https://motcua.example/media/broadcasts/kept.png" }));
    expect(created[0]).toMatchObject({ imageUrl: "https://motcua.example/media/broadcasts/kept.png" });
  });

  it("asks for topics before counting a topic audience, and counts only the organisation's topics", async () => {
    const { desk } = world();
    expect((await desk.preview(staff("editor"), input({ audience: "topics" }))).reach).toBeNull();
    const reach = await desk.preview(staff("editor"), input({ audience: "topics", topicIds: [TOPICS[0]!.id, "not-ours"] }));
    expect(reach.reach?.[0]?.now).toBe(2);
    expect(reach.problems).toEqual({ topics: "unknown" });
  });

  it("refuses what cannot be sent, field by field", async () => {
    const { desk, created } = world();
    const editor = staff("editor");
    expect(await problemsOf(desk.submit(editor, input({ title: "  ", body: "" })))).toEqual({ title: "required", body: "required" });
    expect(await problemsOf(desk.submit(editor, input({ title: "x".repeat(201), body: "y".repeat(8_001) })))).toEqual({ title: "too_long", body: "too_long" });
    expect(await problemsOf(desk.submit(editor, input({ link: "javascript:alert(1)" })))).toEqual({ link: "not_http" });
    expect(await problemsOf(desk.submit(editor, input({ audience: "topics" })))).toEqual({ topics: "none_chosen" });
    expect(await problemsOf(desk.submit(editor, input({ when: "later", scheduledAt: null })))).toEqual({ scheduledAt: "required" });
    expect(await problemsOf(desk.submit(editor, input({ when: "later", scheduledAt: new Date(NOW.getTime() - 60_000) })))).toEqual({ scheduledAt: "past" });
    expect(await problemsOf(desk.submit(editor, input({ when: "later", scheduledAt: new Date(NOW.getTime() + 91 * 86_400_000) })))).toEqual({ scheduledAt: "too_far" });
    expect(await problemsOf(desk.submit(editor, input({ urgent: true })))).toEqual({ urgentConfirmed: "confirm_urgent" });
    expect(created).toEqual([]);
  });

  it("sends a confirmed urgent announcement to chosen topics, with the text as typed in a browser, and audits it", async () => {
    const { desk, created, audit } = world();
    const sent = await desk.submit(staff("editor"), input({ title: " Cảnh báo\r\nlũ ", body: "Dòng 1\r\nDòng 2\r\n", audience: "topics", topicIds: [TOPICS[1]!.id], urgent: true, urgentConfirmed: true }));
    expect(sent).toEqual({ id: "b-1", recipients: 42 });
    expect(created[0]).toMatchObject({ orgId: ORG, kind: "announcement", title: "Cảnh báo lũ", body: "Dòng 1\nDòng 2", topicIds: [TOPICS[1]!.id], urgent: true, createdVia: "console", createdById: "staff-editor" });
    expect(created[0]!.scheduledAt).toBeUndefined();
    expect(audit).toEqual([expect.objectContaining({ action: "broadcast.send", entityId: "b-1", detail: expect.objectContaining({ urgent: true, recipients: 42, topics: [TOPICS[1]!.id] }) })]);
  });

  it("schedules for everyone, and the audit says so", async () => {
    const { desk, created, audit } = world();
    const at = new Date(NOW.getTime() + 3_600_000);
    expect(await desk.submit(staff("admin"), input({ when: "later", scheduledAt: at }))).toEqual({ id: "b-1", recipients: null });
    expect(created[0]).toMatchObject({ topicIds: [], scheduledAt: at });
    expect(audit[0]).toMatchObject({ action: "broadcast.schedule", detail: { topics: "all", scheduledAt: at.toISOString() } });
  });

  it("lets leaders read and nobody else but editors and admins send or cancel", async () => {
    const { desk, cancelled, audit } = world();
    for (const role of ["leader", "officer", "triage"] as const) {
      await expect(desk.submit(staff(role), input())).rejects.toMatchObject({ httpStatus: 403 });
      await expect(desk.preview(staff(role), input())).rejects.toMatchObject({ httpStatus: 403 });
      await expect(desk.cancel(staff(role), "b-9")).rejects.toMatchObject({ httpStatus: 403 });
    }
    await expect(desk.figures(staff("leader"), "b-9")).resolves.toMatchObject({ sent: 1 });
    await expect(desk.history(staff("leader"), { limit: 10 })).resolves.toEqual([]);
    for (const role of ["officer", "triage"] as const) {
      await expect(desk.figures(staff(role), "b-9")).rejects.toMatchObject({ httpStatus: 403 });
      await expect(desk.history(staff(role), { limit: 10 })).rejects.toMatchObject({ httpStatus: 403 });
    }
    expect(cancelled).toEqual([]);
    await desk.cancel(staff("editor"), "b-9");
    expect(cancelled).toEqual(["b-9"]);
    expect(audit[0]).toMatchObject({ action: "broadcast.cancel", entityId: "b-9", before: { status: "sending", sent: 1 }, after: { status: "cancelled" } });
  });

  it("treats another organisation's broadcast as unknown", async () => {
    const { desk, cancelled } = world();
    await expect(desk.figures(staff("editor"), "other-org")).rejects.toMatchObject({ httpStatus: 404 });
    await expect(desk.cancel(staff("editor"), "other-org")).rejects.toMatchObject({ httpStatus: 404 });
    await expect(desk.figures(staff("editor"), "missing")).rejects.toMatchObject({ httpStatus: 404 });
    expect(cancelled).toEqual([]);
  });

  it("sends a broadcast's image before its text, as the worker does", () => {
    const message = composeBroadcastMessage({ kind: "news", title: "T", body: "B", urgent: false });
    expect(broadcastOutbound({ imageUrl: "https://x.example/a.png", message })).toEqual([{ kind: "photo", url: "https://x.example/a.png" }, message]);
    expect(broadcastOutbound({ imageUrl: null, message })).toEqual([message]);
  });
});
