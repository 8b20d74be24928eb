/**
 * Tickets, their reporters, timeline, photos and routing examples in PostgreSQL/PGlite. Implements the core
 * `TicketStore` port. Every change is one transaction: the version compare-and-bump, the fields, the event, the
 * notices for the reporters' chats (Delivery rows, purpose ticket_update) and the routing example — so a crash
 * never leaves a status change without its event or its notice, and a notice is never queued twice.
 */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { AppError } from "../../core/shared/app-error.js";
import { runningDeadline, ticketSearchText } from "../../core/feedback/deadlines.js";
import { OPEN_STATUSES, type Ticket, type TicketEvent, type TicketReporter } from "../../core/feedback/ticket.js";
import type { ChangeResult, DuplicateQuery, NewTicket, NewTicketEvent, PendingPhoto, TicketChange, TicketStore, TicketSummary } from "../../core/feedback/ports.js";

type Tx = Prisma.TransactionClient;
type TicketRow = Prisma.FeedbackTicketGetPayload<object>;

/** Plain ticket from a row. */
export function toTicket(r: TicketRow): Ticket {
  return {
    id: r.id,
    code: r.code,
    orgId: r.orgId,
    status: r.status,
    version: r.version,
    citizenId: r.citizenId,
    identityId: r.identityId,
    departmentId: r.departmentId,
    categoryId: r.categoryId,
    urgent: r.urgent,
    text: r.text,
    address: r.address,
    latitude: r.latitude,
    longitude: r.longitude,
    streetKey: r.streetKey,
    isPublic: r.isPublic,
    routedBy: r.routedBy as Ticket["routedBy"],
    routingConfidence: r.routingConfidence,
    answer: r.answer,
    acceptDueAt: r.acceptDueAt,
    answerDueAt: r.answerDueAt,
    dueAt: r.dueAt,
    reopenedAt: r.reopenedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    answeredAt: r.answeredAt,
    resolvedAt: r.resolvedAt,
    closedAt: r.closedAt,
    rating: r.rating,
    sourceKey: r.sourceKey,
  };
}

function eventData(ticketId: string, e: NewTicketEvent): Prisma.TicketEventUncheckedCreateInput {
  return {
    ticketId,
    type: e.type,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorType: e.actor.kind,
    actorStaffId: e.actor.kind === "staff" ? e.actor.staffId : null,
    note: e.note ?? null,
    ...(e.data ? { data: e.data as Prisma.InputJsonObject } : {}),
    public: e.public,
    sourceKey: e.sourceKey ?? null,
  };
}

function photoRows(ticketId: string, photos: PendingPhoto[]): Prisma.AttachmentCreateManyInput[] {
  return photos.map((p) => ({ ticketId, kind: "photo", channel: p.channel, platformFileId: p.platformFileId, url: p.url ?? null, status: "pending" as const }));
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}

export class PrismaTicketStore implements TicketStore {
  constructor(private readonly prisma: PrismaClient) {}

  async create(t: NewTicket): Promise<{ ticket: Ticket; created: boolean }> {
    try {
      const row = await this.prisma.$transaction(async (tx) => {
        const ticket = await tx.feedbackTicket.create({
          data: {
            code: t.code,
            orgId: t.orgId,
            citizenId: t.citizenId,
            identityId: t.identityId,
            text: t.text,
            address: t.address,
            latitude: t.latitude,
            longitude: t.longitude,
            streetKey: t.streetKey,
            isPublic: t.isPublic,
            urgent: t.urgent,
            categoryId: t.categoryId,
            departmentId: t.departmentId,
            status: t.status,
            routedBy: t.routedBy,
            routingConfidence: t.routingConfidence,
            acceptDueAt: t.acceptDueAt,
            dueAt: runningDeadline({ status: t.status, acceptDueAt: t.acceptDueAt, answerDueAt: null })?.dueAt ?? null,
            searchText: ticketSearchText(t),
            sourceKey: t.sourceKey,
          },
        });
        await tx.ticketReporter.create({
          data: { ticketId: ticket.id, citizenId: t.citizenId, identityId: t.identityId, text: t.text, address: t.address, latitude: t.latitude, longitude: t.longitude, sourceKey: t.sourceKey },
        });
        for (const e of t.events) await tx.ticketEvent.create({ data: eventData(ticket.id, e) });
        if (t.photos.length) await tx.attachment.createMany({ data: photoRows(ticket.id, t.photos) });
        if (t.citizenId) {
          const citizenId = t.citizenId;
          for (const c of t.consents) {
            await tx.consentRecord.create({ data: { citizenId, ticketId: ticket.id, purpose: c.purpose as Prisma.ConsentRecordCreateInput["purpose"], channel: c.channel, textVersion: c.textVersion, expiresAt: c.expiresAt } });
          }
        }
        return ticket;
      });
      return { ticket: toTicket(row), created: true };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // the same inbound event created it meanwhile (a concurrent re-run), or the random code was taken
      const earlier = t.sourceKey ? await this.findBySource(t.sourceKey) : null;
      if (earlier) return { ticket: earlier, created: false };
      throw new AppError("ticket_code_taken", "tracking code already used", 409, err);
    }
  }

  async get(id: string): Promise<Ticket | null> {
    if (!/^[0-9a-f-]{36}$/iu.test(id)) return null;
    const row = await this.prisma.feedbackTicket.findUnique({ where: { id } });
    return row ? toTicket(row) : null;
  }

  async getByCode(code: string): Promise<Ticket | null> {
    const row = await this.prisma.feedbackTicket.findUnique({ where: { code } });
    return row ? toTicket(row) : null;
  }

  async findBySource(sourceKey: string): Promise<Ticket | null> {
    const own = await this.prisma.feedbackTicket.findUnique({ where: { sourceKey } });
    if (own) return toTicket(own);
    const linked = await this.prisma.ticketReporter.findUnique({ where: { sourceKey }, include: { ticket: true } });
    return linked ? toTicket(linked.ticket) : null;
  }

  async reporters(ticketId: string): Promise<TicketReporter[]> {
    const ticket = await this.prisma.feedbackTicket.findUnique({ where: { id: ticketId }, select: { identityId: true } });
    const rows = await this.prisma.ticketReporter.findMany({
      where: { ticketId },
      include: { identity: { select: { channel: true, lastInteractionAt: true, reachable: true } } },
      orderBy: { createdAt: "asc" },
    });
    return rows.map((r) => ({
      id: r.id,
      citizenId: r.citizenId,
      // a citizen who blocked the bot is not sent updates (Telegram 403 would only fail them)
      identityId: r.identity?.reachable === false ? null : r.identityId,
      channel: r.identity?.channel ?? null,
      lastInteractionAt: r.identity?.lastInteractionAt ?? null,
      text: r.text,
      createdAt: r.createdAt,
      owner: r.identityId !== null && r.identityId === ticket?.identityId,
    }));
  }

  async eventExists(sourceKey: string): Promise<boolean> {
    return (await this.prisma.ticketEvent.count({ where: { sourceKey } })) > 0;
  }

  async events(ticketId: string, opts: { publicOnly?: boolean } = {}): Promise<TicketEvent[]> {
    const rows = await this.prisma.ticketEvent.findMany({ where: { ticketId, ...(opts.publicOnly ? { public: true } : {}) }, orderBy: { id: "asc" } });
    return rows.map((r) => ({
      id: String(r.id),
      type: r.type as TicketEvent["type"],
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      actorType: r.actorType as TicketEvent["actorType"],
      actorStaffId: r.actorStaffId,
      note: r.note,
      data: (r.data as Record<string, unknown> | null) ?? null,
      public: r.public,
      createdAt: r.createdAt,
    }));
  }

  async apply(change: TicketChange): Promise<ChangeResult> {
    return this.prisma.$transaction(async (tx) => {
      if (change.event.sourceKey && (await tx.ticketEvent.count({ where: { sourceKey: change.event.sourceKey } })) > 0) {
        const current = await tx.feedbackTicket.findUnique({ where: { id: change.ticketId } });
        return current ? { kind: "replayed" as const, ticket: toTicket(current) } : { kind: "not_found" as const };
      }
      const updated = await tx.feedbackTicket.updateMany({
        where: { id: change.ticketId, version: change.expectedVersion },
        data: { ...change.patch, version: { increment: 1 } },
      });
      const current = await tx.feedbackTicket.findUnique({ where: { id: change.ticketId } });
      if (!current) return { kind: "not_found" as const };
      if (updated.count === 0) return { kind: "conflict" as const, ticket: toTicket(current) };
      const event = await tx.ticketEvent.create({ data: eventData(change.ticketId, change.event) });
      await this.queueNotices(tx, change);
      if (change.example?.departmentId === null) {
        // an urgency mark: the ticket's one urgency label, and its routing examples agree with it
        await tx.routingExample.updateMany({ where: { ticketId: current.id, source: "staff", departmentId: { not: null } }, data: { urgent: change.example.urgent } });
        await tx.routingExample.deleteMany({ where: { ticketId: current.id, source: "staff", departmentId: null } });
      }
      if (change.example) await tx.routingExample.create({ data: { orgId: current.orgId, ticketId: current.id, source: "staff", ...change.example } });
      if (change.photo) {
        await tx.attachment.create({ data: { ticketId: current.id, eventId: event.id, kind: "photo", channel: "staff", status: "stored", ...change.photo } });
      }
      return { kind: "applied" as const, ticket: toTicket(current) };
    });
  }

  private async queueNotices(tx: Tx, change: TicketChange): Promise<void> {
    if (!change.notices.length) return;
    await tx.delivery.createMany({
      data: change.notices.map((n) => ({
        identityId: n.identityId,
        purpose: "ticket_update" as const,
        ticketId: change.ticketId,
        payload: n.payload as unknown as Prisma.InputJsonObject,
        status: n.held ? ("held" as const) : ("pending" as const),
        ...(n.held ? { lastError: "outside_window" } : {}),
      })),
    });
  }

  async duplicateCandidates(q: DuplicateQuery): Promise<Ticket[]> {
    const near: Prisma.FeedbackTicketWhereInput[] = [];
    if (q.streetPrefix) near.push({ streetKey: { startsWith: q.streetPrefix } });
    if (q.box) near.push({ latitude: { gte: q.box.minLat, lte: q.box.maxLat }, longitude: { gte: q.box.minLon, lte: q.box.maxLon } });
    if (!near.length) return [];
    const rows = await this.prisma.feedbackTicket.findMany({
      where: { orgId: q.orgId, categoryId: q.categoryId, status: { in: [...OPEN_STATUSES] }, createdAt: { gte: q.since }, OR: near },
      orderBy: { createdAt: "asc" },
      take: 20,
    });
    return rows.map(toTicket);
  }

  async addReporter(ticketId: string, r: Parameters<TicketStore["addReporter"]>[1], event: NewTicketEvent): Promise<boolean> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        if (r.identityId && (await tx.ticketReporter.count({ where: { ticketId, identityId: r.identityId } })) > 0) return false;
        const { photos: _photos, ...reporter } = r;
        await tx.ticketReporter.create({ data: { ticketId, ...reporter } });
        await tx.ticketEvent.create({ data: eventData(ticketId, event) });
        if (r.photos.length) await tx.attachment.createMany({ data: photoRows(ticketId, r.photos) });
        return true;
      });
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  async listForCitizen(citizenId: string, limit: number): Promise<TicketSummary[]> {
    const rows = await this.prisma.feedbackTicket.findMany({
      where: { reporters: { some: { citizenId } } },
      include: { department: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: limit,
    });
    return rows.map((r) => ({ code: r.code, status: r.status, text: r.text, createdAt: r.createdAt, departmentName: r.department?.name ?? null }));
  }

  async isReporter(ticketId: string, citizenId: string): Promise<boolean> {
    return (await this.prisma.ticketReporter.count({ where: { ticketId, citizenId } })) > 0;
  }
}
