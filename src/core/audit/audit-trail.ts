/**
 * The audit log service (DESIGN.md §7): who did what, when, to which entity, with its state before and after.
 * Every configuration change, every lockout and every view of a citizen's personal data is recorded here. Entries
 * hold ids and settings; callers never pass citizen message bodies or secrets (password hashes, tokens).
 */
import type { Actor } from "../staff/actor.js";

/** A JSON value as stored in the log. */
export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue | undefined };

/** One entry to write. `action` is dotted, entity first: "department.update", "ticket.personal_data_view". */
export interface AuditEntry {
  actor: Actor;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: AuditValue;
  after?: AuditValue;
  detail?: AuditValue;
}

/** An entry as stored. */
export interface AuditRecord {
  id: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  detail: unknown;
  createdAt: Date;
}

/** Filters of the audit page; all optional, combined with AND. */
export interface AuditQuery {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  /** Entries older than this id (keyset paging, newest first). */
  beforeId?: string;
  limit?: number;
}

export interface AuditStore {
  append(row: Omit<AuditRecord, "id" | "createdAt"> & { createdAt: Date }): Promise<void>;
  list(query: AuditQuery): Promise<AuditRecord[]>;
  /** Distinct action names, for the filter list. */
  actions(): Promise<string[]>;
}

/** Who an actor is, as the log stores it. */
export function auditActorOf(actor: Actor): { actorType: string; actorId: string | null; actorLabel: string } {
  switch (actor.kind) {
    case "staff":
      return { actorType: "staff", actorId: actor.id, actorLabel: actor.email };
    case "api_token":
      return { actorType: "api_token", actorId: actor.id, actorLabel: actor.name };
    case "operator":
      return { actorType: "operator", actorId: null, actorLabel: actor.label };
  }
}

export class AuditTrail {
  constructor(
    private readonly store: AuditStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Writes one entry.
   *
   * @param entry - actor, action, entity and the before/after state.
   */
  async record(entry: AuditEntry): Promise<void> {
    await this.store.append({
      ...auditActorOf(entry.actor),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      detail: entry.detail ?? null,
      createdAt: this.clock(),
    });
  }

  /**
   * Entries matching the filters, newest first.
   *
   * @param query - filters and paging (at most 200 per page).
   */
  list(query: AuditQuery): Promise<AuditRecord[]> {
    return this.store.list({ ...query, limit: Math.min(Math.max(query.limit ?? 50, 1), 200) });
  }

  /** The action names present in the log. */
  actions(): Promise<string[]> {
    return this.store.actions();
  }
}

/**
 * The fields that differ between two states, for a compact before/after: unchanged fields are left out.
 *
 * @param before - the state before the change.
 * @param after - the state after.
 */
export function changedFields<T extends Record<string, AuditValue | undefined>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof T>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
