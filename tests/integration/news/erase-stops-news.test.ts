/**
 * `/xoadulieu` on a real database stops every kind of news, not only topic subscriptions: a citizen who took every
 * topic (`/nhantin tatca`) or procedure-change alerts gets nothing after erasing, news already queued for them is
 * cancelled, the procedures they asked about are forgotten, and `/dulieu` says so. Others keep their news.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MSG } from "../../../src/core/conversation/messages.vi.js";
import { BroadcastService } from "../../../src/core/news/broadcast-service.js";
import type { BroadcastDraft } from "../../../src/core/news/types.js";
import type { Database } from "../../../src/db/database.js";
import { PrismaIdentityStore } from "../../../src/db/repositories/identity-repository.js";
import { PrismaBroadcastStore } from "../../../src/db/repositories/news/broadcast-repository.js";
import { PrismaProcedureInterestLog } from "../../../src/db/repositories/news/procedure-interest-repository.js";
import { backendName, openTestDb } from "../../support/db.js";
import { addSubscribers, createNewsOrg, type NewsOrg } from "../../support/news.js";

const CODE = "9.700001";
let db: Database;
let org: NewsOrg;
let identities: PrismaIdentityStore;
const clock = new Date("2026-05-04T03:00:00Z");

const news = () =>
  new BroadcastService({ store: new PrismaBroadcastStore(db.prisma), channels: ["telegram"], timeZone: "Asia/Ho_Chi_Minh", defaultQuietHours: null, digestHour: 18, clock: () => clock });

function draft(over: Partial<BroadcastDraft> = {}): BroadcastDraft {
  return { orgId: org.orgId, kind: "announcement", title: "Lịch tiêm chủng", body: "Thứ Bảy tiêm chủng tại trạm y tế.", topicIds: [], urgent: false, createdVia: "cli", ...over };
}

async function identityOf(externalId: string) {
  return db.prisma.channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: "telegram", externalId } } });
}

async function recipientsOf(broadcastId: string): Promise<string[]> {
  const rows = await db.prisma.delivery.findMany({ where: { broadcastId, status: { not: "cancelled" } }, include: { identity: true } });
  return rows.map((r) => r.identity.externalId).sort();
}

beforeAll(async () => {
  db = await openTestDb();
  org = await createNewsOrg(db);
  identities = new PrismaIdentityStore(db.prisma, db.sql);
  await addSubscribers(db, { channel: "telegram", count: 2, prefix: "er-all-", all: true, procedureAlerts: true, lastInteractionAt: clock });
  const interests = new PrismaProcedureInterestLog(db.prisma);
  for (const id of ["er-all-1", "er-all-2"]) await interests.record((await identityOf(id)).id, CODE, clock);
});

afterAll(async () => {
  await db?.close();
});

describe(`erasing personal data stops news (${backendName})`, () => {
  it("shows every-topic news and procedure alerts in /dulieu before erasing", async () => {
    const view = await identities.personalData((await identityOf("er-all-1")).id);
    expect(view).toMatchObject({ allTopics: true, procedureAlerts: true, proceduresAsked: 1 });
    const text = MSG.personalData(view!);
    expect(text).toContain("Đang nhận tin: tất cả chủ đề");
    expect(text).toContain("Báo khi thủ tục bạn đã hỏi thay đổi: có");
  });

  it("cancels queued news, removes every news setting and the procedures asked about, and leaves others alone", async () => {
    const queued = await news().create(draft());
    expect(await recipientsOf(queued.id)).toEqual(["er-all-1", "er-all-2"]);

    const erased = await identityOf("er-all-1");
    await identities.erase(erased.id, clock);
    await identities.erase(erased.id, clock); // idempotent: a repeated confirmation does no harm

    expect(await recipientsOf(queued.id)).toEqual(["er-all-2"]);
    const cancelled = await db.prisma.delivery.findFirstOrThrow({ where: { broadcastId: queued.id, identityId: erased.id } });
    expect([cancelled.status, cancelled.lastError]).toEqual(["cancelled", "erased"]);
    expect(await db.prisma.newsSubscriber.count({ where: { identityId: erased.id } })).toBe(0);
    expect(await db.prisma.procedureInterest.count({ where: { identityId: erased.id } })).toBe(0);

    const later = await news().create(draft({ title: "Lịch cắt nước" }));
    expect(await recipientsOf(later.id)).toEqual(["er-all-2"]);
    const alert = await news().create(draft({ kind: "procedure_alert", procedureCode: CODE, title: "Thủ tục thay đổi" }));
    expect(await recipientsOf(alert.id)).toEqual(["er-all-2"]);
  });

  it("says in /dulieu that nothing is received any more", async () => {
    const view = await identities.personalData((await identityOf("er-all-1")).id);
    expect(view).toMatchObject({ allTopics: false, procedureAlerts: false, proceduresAsked: 0, erasedAt: clock });
    const text = MSG.personalData(view!);
    expect(text).toContain("Đang nhận tin: không");
    expect(text).not.toContain("Báo khi thủ tục");
  });
});
