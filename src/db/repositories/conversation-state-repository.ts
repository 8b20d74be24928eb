import type { ConversationStateStore, DialogueState, FlowData, StoredDialogueState } from "../../core/conversation/state.js";
import { sqlStatement, type SqlRunner } from "../sql.js";
import { AdaptiveBatcher } from "./adaptive-batcher.js";

interface Replace {
  identityId: string;
  next: DialogueState;
  expectedVersion: number;
}

const LOAD = sqlStatement(`
  SELECT "flow", "step", "data", "version", "expiresAt" FROM "ConversationState" WHERE "identityId" = $1::uuid`);

const INSERT = sqlStatement(`
  INSERT INTO "ConversationState" ("identityId", "flow", "step", "data", "version", "expiresAt", "updatedAt")
  VALUES ($1::uuid, $2, $3, $4::jsonb, 0, $5::timestamptz, now())
  ON CONFLICT ("identityId") DO NOTHING`);

const DELETE = sqlStatement(`
  DELETE FROM "ConversationState" WHERE "identityId" = $1::uuid AND "version" = $2::int`);

const REPLACE_MANY = sqlStatement(`
  UPDATE "ConversationState" s
  SET "flow" = v."flow", "step" = v."step", "data" = v."data"::jsonb, "expiresAt" = v."expiresAt"::timestamptz,
      "version" = s."version" + 1, "updatedAt" = now()
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
       AS v("identityId", "flow", "step", "data", "expiresAt", "version")
  WHERE s."identityId" = v."identityId"::uuid AND s."version" = v."version"
  RETURNING s."identityId"::text AS "identityId"`);

/** A ConversationState row (or the same columns joined elsewhere) as the core type. */
export function toDialogueState(row: { flow: string; step: string; data: unknown; version: number; expiresAt: Date | string }): StoredDialogueState {
  const raw: unknown = typeof row.data === "string" ? JSON.parse(row.data) : row.data;
  const data = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as FlowData) : {};
  return { flow: row.flow, step: row.step, data, expiresAt: new Date(row.expiresAt), version: row.version };
}

/**
 * Dialogue state in PostgreSQL, one row per identity, written with a compare-and-swap on `version` so two replicas
 * handling the same citizen cannot both win. Implements the core `ConversationStateStore` port. Every message reads
 * and writes it, so each operation is one plain SQL statement on the driver (src/db/sql.ts), and concurrent
 * replacements share one (adaptive batch; each row keeps its own version check).
 */
export class PgConversationStateStore implements ConversationStateStore {
  private readonly replaces = new AdaptiveBatcher<Replace, boolean>((items) => this.replaceMany(items), 2);

  constructor(private readonly sql: SqlRunner) {}

  async load(identityId: string): Promise<StoredDialogueState | null> {
    const [row] = await this.sql.rows<{ flow: string; step: string; data: unknown; version: number; expiresAt: Date }>(LOAD, [identityId]);
    return row ? toDialogueState(row) : null;
  }

  async save(identityId: string, next: DialogueState | null, expectedVersion: number | null): Promise<boolean> {
    if (expectedVersion === null) {
      if (next === null) return true;
      return (await this.sql.count(INSERT, [identityId, next.flow, next.step, JSON.stringify(next.data), next.expiresAt])) === 1;
    }
    if (next === null) return (await this.sql.count(DELETE, [identityId, expectedVersion])) === 1;
    return this.replaces.submit({ identityId, next, expectedVersion });
  }

  private async replaceMany(items: Replace[]): Promise<boolean[]> {
    const rows = await this.sql.rows<{ identityId: string }>(REPLACE_MANY, [
      items.map((i) => i.identityId),
      items.map((i) => i.next.flow),
      items.map((i) => i.next.step),
      items.map((i) => JSON.stringify(i.next.data)),
      items.map((i) => i.next.expiresAt.toISOString()),
      items.map((i) => i.expectedVersion),
    ]);
    const won = new Set(rows.map((r) => r.identityId));
    return items.map((i) => won.has(i.identityId));
  }
}
