/**
 * A citizen's report becomes a ticket: routed (rules, then the classifier; below the confidence threshold, triage),
 * with its accept-by deadline, or — when the same problem is already open nearby — linked to that ticket as one
 * more reporter. Submitting the same inbound message twice returns the first outcome (exactly one ticket).
 */
import { AppError } from "../shared/app-error.js";
import { boxAround, distanceMeters, sameStreet, streetKeyOf, streetPrefix } from "./places.js";
import type { CategoryInfo, Directory, NewTicketEvent, PendingPhoto } from "./ports.js";
import type { RoutingDecision } from "./routing-decision.js";
import { departmentName, requiredText, type FeedbackDeps } from "./ticket-change.js";
import type { RoutedBy, Ticket, TicketStatus } from "./ticket.js";
import { newTrackingCode } from "./tracking-code.js";

/** Longest report accepted (a long story fits; a pasted document does not). */
export const MAX_REPORT_CHARS = 4000;
export const MAX_PHOTOS = 5;

export interface ReportInput {
  citizenId: string | null;
  identityId: string | null;
  text: string;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  photos?: PendingPhoto[];
  /** The citizen agreed the report (without personal data) may be shown publicly. */
  isPublic: boolean;
  /** Set when the citizen came from the emergency reply and asked for a ticket. */
  urgent?: boolean;
  consents?: Array<{ purpose: string; channel: string; textVersion: string; expiresAt: Date | null }>;
  /** The inbound event that confirmed the report ("telegram:812"). */
  sourceKey?: string | null;
}

export type ReportOutcome =
  | { kind: "created"; ticket: Ticket; departmentName: string | null }
  /** The same problem was already reported and still open: the citizen now follows that ticket. */
  | { kind: "linked"; ticket: Ticket; departmentName: string | null };

/**
 * Files a report.
 *
 * @throws AppError `ticket_text_required` / `ticket_text_too_long` for empty or oversized text.
 */
export async function submitReport(deps: FeedbackDeps, input: ReportInput): Promise<ReportOutcome> {
  const text = requiredText(input.text, MAX_REPORT_CHARS);
  const dir = await deps.directory.load();
  const nameOf = (t: Ticket) => (t.departmentId ? departmentName(dir, t.departmentId) : null);
  if (input.sourceKey) {
    const earlier = await deps.store.findBySource(input.sourceKey);
    if (earlier) return { kind: earlier.sourceKey === input.sourceKey ? "created" : "linked", ticket: earlier, departmentName: nameOf(earlier) };
  }
  const now = (deps.clock ?? (() => new Date()))();
  const decision = deps.router.route(text);
  const urgent = Boolean(input.urgent) || decision.urgent;
  const category = categoryFor(dir, decision, urgent);
  const address = input.address?.trim() || null;
  const streetKey = streetKeyOf(address) ?? streetKeyOf(text);
  const latitude = input.latitude ?? null;
  const longitude = input.longitude ?? null;
  const photos = (input.photos ?? []).slice(0, MAX_PHOTOS);

  const duplicate = category ? await findDuplicate(deps, dir.orgId, category.id, { latitude, longitude, streetKey }, now) : null;
  if (duplicate) {
    await deps.store.addReporter(
      duplicate.id,
      { citizenId: input.citizenId, identityId: input.identityId, text, address, latitude, longitude, sourceKey: input.sourceKey ?? null, photos },
      { type: "link", fromStatus: duplicate.status, toStatus: duplicate.status, actor: { kind: "system" }, public: false, data: { reporters: "+1" } },
    );
    return { kind: "linked", ticket: duplicate, departmentName: nameOf(duplicate) };
  }

  const department = decision.departmentCode ? dir.departments.find((d) => d.code === decision.departmentCode && d.active) : undefined;
  const confident = department !== undefined && decision.confidence >= deps.settings.triageBelow;
  const status: TicketStatus = confident ? "routed" : "triage";
  const routedBy: RoutedBy = confident ? decision.by : "triage";
  const policy = category?.deadlines;
  const acceptDueAt = policy ? await deps.workingTime.addWorkingHours(now, urgent ? policy.urgentAcceptHours : policy.acceptHours) : null;
  const events: NewTicketEvent[] = [
    { type: "create", fromStatus: null, toStatus: "received", actor: input.citizenId ? { kind: "citizen", citizenId: input.citizenId } : { kind: "system" }, public: true },
    {
      type: "route",
      fromStatus: "received",
      toStatus: status,
      actor: { kind: "system" },
      public: true,
      // what the router suggested, for triage to see even when it was not confident enough
      data: { by: decision.by, suggested: decision.departmentCode, category: decision.categoryCode, confidence: round(decision.confidence), urgent },
    },
  ];
  for (let attempt = 0; ; attempt++) {
    try {
      const { ticket } = await deps.store.create({
        orgId: dir.orgId,
        code: newTrackingCode(now),
        citizenId: input.citizenId,
        identityId: input.identityId,
        text,
        address,
        latitude,
        longitude,
        streetKey,
        isPublic: input.isPublic,
        urgent,
        categoryId: category?.id ?? null,
        departmentId: confident ? department.id : null,
        status,
        routedBy,
        routingConfidence: decision.confidence,
        acceptDueAt,
        sourceKey: input.sourceKey ?? null,
        photos,
        consents: input.consents ?? [],
        events,
      });
      return { kind: "created", ticket, departmentName: nameOf(ticket) };
    } catch (err) {
      // 29,791 codes a month: a collision is rare but possible; draw another
      if (err instanceof AppError && err.code === "ticket_code_taken" && attempt < 8) continue;
      throw err;
    }
  }
}

/** The category a decision names, or the urgent category, or the first active category of its department. */
function categoryFor(dir: Directory, decision: RoutingDecision, urgent: boolean): CategoryInfo | undefined {
  if (decision.categoryCode) {
    const named = dir.categories.find((c) => c.code === decision.categoryCode);
    if (named) return named;
  }
  const dept = dir.departments.find((d) => d.code === decision.departmentCode);
  if (!dept) return urgent ? dir.categories.find((c) => c.urgent) : undefined;
  return dir.categories.find((c) => c.departmentId === dept.id && c.urgent === urgent) ?? dir.categories.find((c) => c.departmentId === dept.id);
}

/** The oldest open ticket of the same category within the configured distance, or on the same street. */
async function findDuplicate(deps: FeedbackDeps, orgId: string, categoryId: string, where: { latitude: number | null; longitude: number | null; streetKey: string | null }, now: Date): Promise<Ticket | null> {
  if ((where.latitude === null || where.longitude === null) && !where.streetKey) return null;
  const radius = deps.settings.duplicateRadiusMeters;
  const box = where.latitude !== null ? boxAround(where.latitude, radius) : null;
  const candidates = await deps.store.duplicateCandidates({
    orgId,
    categoryId,
    streetPrefix: where.streetKey ? streetPrefix(where.streetKey) : null,
    box: box && where.latitude !== null && where.longitude !== null ? { minLat: where.latitude - box.dLat, maxLat: where.latitude + box.dLat, minLon: where.longitude - box.dLon, maxLon: where.longitude + box.dLon } : null,
    since: new Date(now.getTime() - deps.settings.duplicateWithinDays * 24 * 3600_000),
  });
  for (const c of candidates) {
    if (where.streetKey && c.streetKey && sameStreet(c.streetKey, where.streetKey)) return c;
    if (where.latitude !== null && where.longitude !== null && c.latitude !== null && c.longitude !== null) {
      if (distanceMeters({ latitude: where.latitude, longitude: where.longitude }, { latitude: c.latitude, longitude: c.longitude }) <= radius) return c;
    }
  }
  return null;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
