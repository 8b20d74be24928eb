/**
 * Announcement images nobody sent: an upload no broadcast refers to is removed from storage after a day by the
 * housekeeping job; images of sent, scheduled or cancelled broadcasts stay, and so does a fresh upload whose form may
 * still be open. Real database, real files on disk.
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { removeUnusedImages } from "../../../src/core/news/unused-images.js";
import type { Database } from "../../../src/db/database.js";
import { PrismaBroadcastStore } from "../../../src/db/repositories/news/broadcast-repository.js";
import { runHousekeeping } from "../../../src/jobs/housekeeping.js";
import { StoredBroadcastImages } from "../../../src/storage/broadcast-image-files.js";
import { LocalFileStorage } from "../../../src/storage/local-file-storage.js";
import { PNG_BYTES } from "../../fakes/zalo-api.js";
import { backendName, openTestDb } from "../../support/db.js";
import { createNewsOrg, type NewsOrg } from "../../support/news.js";

const NOW = new Date("2026-05-06T03:00:00Z");
const HOUR = 3_600_000;
let db: Database;
let org: NewsOrg;
const root = mkdtempSync(path.join(os.tmpdir(), "motcua-unused-images-"));
const images = new StoredBroadcastImages(new LocalFileStorage(root), "https://motcua.example.gov.vn");

/** Stores an image and dates its file `ageHours` before NOW. */
async function upload(ageHours: number): Promise<{ url: string; name: string }> {
  const stored = await images.store(PNG_BYTES);
  if (!("url" in stored)) throw new Error("refused");
  const name = stored.url.split("/").pop()!;
  const at = new Date(NOW.getTime() - ageHours * HOUR);
  utimesSync(path.join(root, "broadcasts", name), at, at);
  return { url: stored.url, name };
}

function onDisk(): string[] {
  return readdirSync(path.join(root, "broadcasts")).sort();
}

beforeAll(async () => {
  db = await openTestDb();
  org = await createNewsOrg(db);
});

afterAll(async () => {
  await db?.close();
  rmSync(root, { recursive: true, force: true });
});

describe(`announcement images no broadcast took (${backendName})`, () => {
  it("removes day-old uploads no broadcast refers to, keeps the others, and a second run removes nothing", async () => {
    const store = new PrismaBroadcastStore(db.prisma);
    const abandoned = await upload(30);
    const sent = await upload(72);
    const scheduled = await upload(48);
    const fresh = await upload(2);
    const message = { kind: "text" as const, text: "Thông báo" };
    await store.create({ orgId: org.orgId, kind: "announcement", title: "Đã gửi", body: "…", imageUrl: sent.url, topicIds: [], urgent: false, createdVia: "console" }, message);
    const later = await store.create(
      { orgId: org.orgId, kind: "announcement", title: "Hẹn giờ", body: "…", imageUrl: scheduled.url, topicIds: [], urgent: false, createdVia: "console", scheduledAt: new Date(NOW.getTime() + 24 * HOUR) },
      message,
    );
    await store.cancel(later.id, NOW);

    expect(await removeUnusedImages(images, store, NOW)).toBe(1);
    expect(onDisk()).toEqual([sent.name, scheduled.name, fresh.name].sort());
    expect(await images.exists(abandoned.url)).toBe(false);
    expect(await images.exists(fresh.url)).toBe(true);
    expect(await removeUnusedImages(images, store, NOW)).toBe(0);
  });

  it("runs in the hourly housekeeping and says how many it removed", async () => {
    const old = await upload(25);
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    const auth = { removeExpired: async () => ({ sessions: 0, attempts: 0 }) };
    await runHousekeeping(auth, logger, undefined, (now) => removeUnusedImages(images, new PrismaBroadcastStore(db.prisma), now), () => NOW);
    expect(onDisk()).not.toContain(old.name);
    expect(lines.map((l) => JSON.parse(l) as { unusedImages?: number; msg: string })).toEqual([expect.objectContaining({ unusedImages: 1, msg: "housekeeping removed expired rows" })]);
  });

  it("lists no temporary file of a write in progress, and an empty store lists nothing", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "motcua-unused-empty-"));
    const files = new LocalFileStorage(dir);
    expect(await files.list("broadcasts")).toEqual([]);
    await files.put("broadcasts/a.png", PNG_BYTES, "image/png");
    writeFileSync(path.join(dir, "broadcasts", "b.png.0a1b2c.part"), PNG_BYTES);
    expect((await files.list("broadcasts")).map((f) => f.storagePath)).toEqual(["broadcasts/a.png"]);
  });
});
