/**
 * What the ticket page reads besides the ticket core: photos, the messages sent to the reporters with their
 * delivery outcome, deadline alerts, the reporters' contacts (shown only on request, audited by the service) and
 * staff names for the timeline. Implements the core `TicketDetailsReader` port.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { QueueScope, ReporterContact, StoredPhoto, TicketAlert, TicketDetailsReader, TicketMessage, TicketPhoto } from "../../core/feedback/desk/ports.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
/** Characters of a sent message staff see to tell messages apart. */
const PREVIEW_CHARS = 120;

export class PrismaTicketDetails implements TicketDetailsReader {
  constructor(private readonly prisma: PrismaClient) {}

  async photos(ticketId: string): Promise<TicketPhoto[]> {
    const rows = await this.prisma.attachment.findMany({ where: { ticketId, kind: "photo" }, orderBy: { createdAt: "asc" }, select: { id: true, status: true, channel: true, eventId: true, createdAt: true } });
    return rows.map((r) => ({ id: r.id, status: r.status, channel: r.channel, eventId: r.eventId === null ? null : String(r.eventId), createdAt: r.createdAt }));
  }

  async photo(ticketId: string, photoId: string): Promise<StoredPhoto | null> {
    if (!UUID.test(photoId)) return null;
    const row = await this.prisma.attachment.findFirst({ where: { id: photoId, ticketId, status: "stored" }, select: { storagePath: true, mimeType: true } });
    return row?.storagePath && row.mimeType ? { storagePath: row.storagePath, mimeType: row.mimeType } : null;
  }

  async messages(ticketId: string): Promise<TicketMessage[]> {
    const rows = await this.prisma.delivery.findMany({
      where: { ticketId },
      orderBy: { id: "asc" },
      select: { id: true, identityId: true, status: true, lastError: true, attempts: true, payload: true, createdAt: true, sentAt: true, identity: { select: { channel: true } } },
    });
    return rows.map((r) => ({
      id: String(r.id),
      channel: r.identity.channel,
      identityId: r.identityId,
      status: r.status,
      lastError: r.lastError,
      attempts: r.attempts,
      preview: previewOf(r.payload),
      createdAt: r.createdAt,
      sentAt: r.sentAt,
    }));
  }

  async alerts(ticketId: string): Promise<TicketAlert[]> {
    const rows = await this.prisma.deadlineAlert.findMany({ where: { ticketId }, orderBy: { id: "asc" } });
    return rows.map((r) => ({ kind: r.kind, stage: r.stage, dueAt: r.dueAt, createdAt: r.createdAt }));
  }

  async contacts(ticketId: string): Promise<ReporterContact[]> {
    const [ticket, reporters] = await Promise.all([
      this.prisma.feedbackTicket.findUnique({ where: { id: ticketId }, select: { identityId: true, citizenId: true } }),
      this.prisma.ticketReporter.findMany({
        where: { ticketId },
        orderBy: { createdAt: "asc" },
        select: { id: true, identityId: true, citizenId: true, address: true, citizen: { select: { fullName: true, phone: true, address: true, erasedAt: true } } },
      }),
    ]);
    return reporters.map((r) => {
      const erased = !r.citizen || r.citizen.erasedAt !== null;
      return {
        reporterId: r.id,
        owner: r.identityId !== null ? r.identityId === ticket?.identityId : r.citizenId !== null && r.citizenId === ticket?.citizenId,
        fullName: erased ? null : r.citizen!.fullName,
        phone: erased ? null : r.citizen!.phone,
        address: erased ? null : (r.citizen!.address ?? r.address),
        erased,
      };
    });
  }

  async staffNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.prisma.staffAccount.findMany({ where: { id: { in: ids.filter((id) => UUID.test(id)) } }, select: { id: true, fullName: true } });
    return new Map(rows.map((r) => [r.id, r.fullName]));
  }

  async alertCount(scope: QueueScope, stages: ReadonlyArray<"reminder" | "overdue">): Promise<number> {
    // an alert counts while the deadline it was raised for is still the ticket's running one
    const rows = await this.prisma.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS "n" FROM "FeedbackTicket" t
      WHERE t."dueAt" IS NOT NULL
        AND (${scope.all} OR t."departmentId" = ANY(${scope.all ? [] : [...scope.departmentIds]}::uuid[]))
        AND EXISTS (SELECT 1 FROM "DeadlineAlert" a WHERE a."ticketId" = t."id" AND a."dueAt" = t."dueAt" AND a."stage"::text = ANY(${[...stages]}::text[]))`;
    return rows[0]?.n ?? 0;
  }
}

/** The start of a stored outbound message (the ticket's own notice, which staff may read), without its emoji. */
function previewOf(payload: unknown): string {
  const p = payload as { text?: unknown; caption?: unknown } | null;
  const text = typeof p?.text === "string" ? p.text : typeof p?.caption === "string" ? p.caption : "";
  const lines = text.split("\n").map((l) => l.replace(/^[^\p{L}\p{N}]+/u, "").trim()).filter(Boolean);
  const start = lines.slice(0, 2).join(" ");
  return start.length > PREVIEW_CHARS ? `${start.slice(0, PREVIEW_CHARS - 1)}…` : start;
}
